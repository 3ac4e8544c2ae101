package co.secop.robot.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes what the robot writes (results, log, evidence, trace, journal, e-mail records) readable by its owner
 * only: files {@code 0600}, folders {@code 0700}. On a file system without POSIX permissions (Windows) it does
 * nothing: there the user's profile folder already belongs to the user.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {}

    /**
     * Creates the folder and its missing parents; the ones it creates are 0700. A folder that already
     * existed keeps its permissions (it may be the user's own, e.g. the one given with {@code --salida}).
     */
    public static Path folder(Path dir) {
        try {
            Path absolute = dir.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                return dir;
            }
            Path firstMissing = absolute;
            while (firstMissing.getParent() != null && !Files.exists(firstMissing.getParent())) {
                firstMissing = firstMissing.getParent();
            }
            Files.createDirectories(absolute);
            if (POSIX) {
                for (Path p = absolute; p != null && p.startsWith(firstMissing); p = p.getParent()) {
                    Files.setPosixFilePermissions(p, FOLDER);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo crear la carpeta " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Restricts an existing file (0600) or folder (0700); a symbolic link is left alone. */
    public static Path restrict(Path path) {
        if (!POSIX || !Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            return path;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "No se pudieron restringir los permisos de " + path + ": " + e.getMessage(), e);
        }
    }

    /** {@link #restrict} on everything inside a folder (not the folder itself, which may be the user's). */
    public static Path restrictInside(Path root) {
        if (!POSIX || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return root;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(p -> !p.equals(root)).forEach(OwnerOnly::restrict);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "No se pudieron restringir los permisos de " + root + ": " + e.getMessage(), e);
        }
    }
}
