package co.secop.robot.spreadsheet;

import co.secop.robot.format.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the .zip to upload for a row's «Soportes»: the .zip itself, or a ZIP made from a folder.
 *
 * <p>Folder ZIPs are deterministic: the same files give the same bytes (entries sorted by path, UTF-8
 * names, every entry dated {@link #ENTRY_TIME}); hidden files, Office lock files ({@code ~$...}),
 * {@code Thumbs.db} and {@code desktop.ini} are left out.
 */
public final class SupportsPackager {

    /** The portal's upload limit (10 MB, as SECOP II says: 10 × 1024 × 1024 bytes). */
    private static final Logger LOG = LoggerFactory.getLogger(SupportsPackager.class);

    public static final long PORTAL_MAX_BYTES = 10L * 1024 * 1024;
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final long maxZipBytes;
    /** Empty: every file of the folder (a run folder for support). Present: a contractor's supports. */
    private final Optional<Set<Path>> forPortal;

    public SupportsPackager(long maxZipBytes) {
        this(maxZipBytes, Optional.empty());
    }

    private SupportsPackager(long maxZipBytes, Optional<Set<Path>> forPortal) {
        if (maxZipBytes <= 0) {
            throw new IllegalArgumentException("maxZipBytes must be positive: " + maxZipBytes);
        }
        this.maxZipBytes = maxZipBytes;
        this.forPortal = forPortal;
    }

    /**
     * This packager for a payment's supports, sent to the entity: a folder's ZIP leaves out the robot's own folders
     * (runs, journals) and {@code leftOut} (the payment sheet).
     */
    public SupportsPackager forPortal(Collection<Path> leftOut) {
        return new SupportsPackager(maxZipBytes, Optional.of(Set.copyOf(leftOut)));
    }

    public SupportsPackager() {
        this(PORTAL_MAX_BYTES);
    }

    /**
     * @param zipOrFolder a .zip (returned as is) or a folder (zipped into {@code workDir/<folder-name>.zip},
     *                    replacing an older one; give each row its own workDir if two rows' folders can share a name)
     * @return the .zip to upload, checked against the size limit
     */
    public Path packageSupports(Path zipOrFolder, Path workDir) throws SupportsException {
        Path zip;
        if (Files.isDirectory(zipOrFolder)) {
            zip = zipFolder(zipOrFolder, workDir);
        } else if (Files.isRegularFile(zipOrFolder) && SupportFiles.isZip(zipOrFolder)) {
            zip = zipOrFolder;
        } else if (!Files.exists(zipOrFolder)) {
            throw new SupportsException("No existe «" + zipOrFolder.toAbsolutePath() + "».");
        } else {
            throw new SupportsException("«" + zipOrFolder.getFileName() + "» no es un archivo .zip ni una carpeta; "
                    + "el portal solo recibe los soportes en un .zip.");
        }
        checkSize(zip);
        return zip;
    }

    /** Fails with a Spanish message when the file is over the limit. */
    public void checkSize(Path zip) throws SupportsException {
        long size;
        try {
            size = Files.size(zip);
        } catch (IOException e) {
            throw new SupportsException("No se pudo leer «" + zip.toAbsolutePath() + "».", e);
        }
        if (size > maxZipBytes) {
            throw new SupportsException(capitalized(tooBig(zip, size, maxZipBytes)) + ".");
        }
    }

    public long maxZipBytes() {
        return maxZipBytes;
    }

    static String tooBig(Path zip, long size, long max) {
        return "el archivo «" + zip.getFileName() + "» pesa " + FileSizes.describe(size) + " y el portal admite "
                + "como máximo " + FileSizes.describe(max) + "; divida o reduzca los soportes (por ejemplo, "
                + "escanee en menor resolución)";
    }

    private Path zipFolder(Path folder, Path workDir) throws SupportsException {
        Path source = folder.toAbsolutePath().normalize();
        List<Path> files;
        try {
            files = forPortal.isPresent() ? SupportFiles.forPortal(source, forPortal.get()) : SupportFiles.in(source);
        } catch (UncheckedIOException e) {
            throw new SupportsException(
                    e.getCause() instanceof java.nio.file.AccessDeniedException denied
                            ? SupportFiles.unreadable(Path.of(denied.getFile()), denied) + "."
                            : "No se pudo leer la carpeta «" + source + "».",
                    e.getCause());
        }
        Path target = workDir.toAbsolutePath().normalize().resolve(zipName(source));
        files = files.stream().filter(file -> !file.equals(target)).toList();
        if (files.isEmpty()) {
            throw new SupportsException("La carpeta «" + source + "» está vacía; ponga en ella los soportes.");
        }
        List<String> links = SupportFiles.links(source);
        if (!links.isEmpty()) {
            LOG.warn(
                    "La carpeta de soportes {} tiene enlaces simbólicos que no se incluyen en el ZIP: {}",
                    source,
                    links);
        }
        try {
            OwnerOnly.folder(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".soportes-", ".zip.part");
            try {
                writeZip(source, files, partial);
                OwnerOnly.restrict(partial);
                move(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new SupportsException(
                    "No se pudo comprimir la carpeta «" + source + "» en «" + target + "»: " + e.getMessage(), e);
        }
        return target;
    }

    private static String zipName(Path folder) {
        Path name = folder.getFileName();
        return (name == null ? "soportes" : name.toString()) + ".zip";
    }

    private static void writeZip(Path folder, List<Path> files, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(SupportFiles.entryName(folder, file));
                entry.setTimeLocal(ENTRY_TIME);
                zipOut.putNextEntry(entry);
                // never through a link, even one put there after the folder was listed
                try (InputStream in = open(file)) {
                    in.transferTo(zipOut);
                }
                zipOut.closeEntry();
            }
        }
    }

    private static InputStream open(Path file) throws IOException {
        try {
            return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException(SupportFiles.unreadable(file, e), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String capitalized(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
