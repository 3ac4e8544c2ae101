package co.secop.robot.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A traced run as support receives it: the run folder, or the ZIP the contractor sent. A ZIP is looked at before
 * anything is written: its directory must name {@code traza/traza.json}, hold at most {@link #MAX_ENTRIES} entries
 * and {@link #MAX_BYTES} once expanded, and no entry may point outside it ({@code ../}, an absolute path). Then
 * only what the replay needs — the trace, and the screenshots and pages of the row replayed — is extracted, into a
 * temporary folder that {@link #close()} removes whatever happened.
 */
public final class TraceArchive implements AutoCloseable {

    static final int MAX_ENTRIES = 20_000;
    static final long MAX_BYTES = 1L << 30;
    private static final int MAX_DEPTH = 4;

    /** The ZIP cannot be replayed, and why, in Spanish: a mistake of the file, not of the robot. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private final ZipFile zip;
    private final String prefix;
    private final Path folder;
    private final Path runFolder;

    private TraceArchive(ZipFile zip, String prefix, Path folder) {
        this.zip = zip;
        this.prefix = prefix;
        this.folder = folder;
        this.runFolder = folder.resolve("ejecucion");
    }

    public static boolean isZip(Path path) {
        return Files.isRegularFile(path)
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * Reads the directory of {@code file} and extracts its trace into a new temporary folder.
     *
     * @throws Refused when the ZIP is unreadable, has no trace, is too big, or has an entry outside itself
     */
    public static TraceArchive open(Path file) throws IOException {
        return open(file, MAX_BYTES);
    }

    /** {@link #open(Path)} with another cap on the expanded size. */
    static TraceArchive open(Path file, long maxBytes) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new Refused("«" + file + "» no es un ZIP que se pueda leer (" + e.getMessage() + ").");
        }
        try {
            String prefix = inspect(file, zip, maxBytes);
            TraceArchive archive = new TraceArchive(zip, prefix, Files.createTempDirectory("secop-reproducir-"));
            try {
                archive.extract(TraceFile.FOLDER + "/" + TraceFile.FILE_NAME);
                return archive;
            } catch (IOException | RuntimeException e) {
                archive.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The run's folder inside the temporary one: its trace, and the step files of {@link #extractRow}. */
    public Path runFolder() {
        return runFolder;
    }

    /** Extracts the screenshots and pages of one row's steps (those the ZIP has). */
    public void extractRow(TraceRow row) throws IOException {
        for (TraceStep step : row.steps()) {
            for (String name : java.util.Arrays.asList(step.screenshot(), step.page())) {
                if (name != null && zip.getEntry(prefix + name.replace('\\', '/')) != null) {
                    extract(name.replace('\\', '/'));
                }
            }
        }
    }

    /** Removes the temporary folder and everything extracted. */
    @Override
    public void close() throws IOException {
        try {
            zip.close();
        } finally {
            if (Files.exists(folder)) {
                try (Stream<Path> all = Files.walk(folder)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /** Checks the directory; returns the folder inside the ZIP that holds {@code traza/traza.json}. */
    private static String inspect(Path file, ZipFile zip, long maxBytes) throws Refused {
        if (zip.size() > MAX_ENTRIES) {
            throw new Refused("El ZIP «" + file + "» tiene " + zip.size() + " archivos (máximo " + MAX_ENTRIES
                    + "): no parece una ejecución del robot.");
        }
        long total = 0;
        List<String> traces = new ArrayList<>();
        String trace = TraceFile.FOLDER + "/" + TraceFile.FILE_NAME;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName().replace('\\', '/');
            if (outside(name)) {
                throw new Refused("El ZIP «" + file + "» tiene una ruta fuera de su carpeta («" + entry.getName()
                        + "»): no se descomprime. Pida al contratista el ZIP que hace el robot con --traza.");
            }
            total += Math.max(0, entry.getSize());
            if (total > maxBytes) {
                throw new Refused("El ZIP «" + file + "» ocupa más de " + (maxBytes >> 20)
                        + " MB descomprimido: no parece una ejecución del robot.");
            }
            if ((name.equals(trace) || name.endsWith("/" + trace)) && name.split("/").length <= MAX_DEPTH + 2) {
                traces.add(name.substring(0, name.length() - trace.length()));
            }
        }
        return traces.stream()
                .min(Comparator.comparingInt(String::length))
                .orElseThrow(() -> new Refused("El ZIP «" + file + "» no tiene traza (" + trace + ")."));
    }

    private static boolean outside(String name) {
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** One entry of the run into the temporary folder, never more bytes than its directory said. */
    private void extract(String name) throws IOException {
        ZipEntry entry = zip.getEntry(prefix + name);
        if (entry == null || entry.isDirectory()) {
            return;
        }
        Path target = runFolder.resolve(name).normalize();
        if (!target.startsWith(runFolder)) {
            throw new Refused("La traza nombra un archivo fuera de su carpeta: " + name);
        }
        Files.createDirectories(target.getParent());
        long allowed = entry.getSize() < 0 ? MAX_BYTES : entry.getSize();
        try (InputStream in = zip.getInputStream(entry);
                OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long written = 0;
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                written += n;
                if (written > allowed) {
                    throw new Refused("El archivo «" + entry.getName() + "» del ZIP es más grande de lo que dice"
                            + " su directorio: no se descomprime.");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** The folder under {@code root} (or {@code root} itself) that holds {@code traza/traza.json}. */
    public static Optional<Path> findRun(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
            return files.filter(p -> p.endsWith(Path.of(TraceFile.FOLDER, TraceFile.FILE_NAME)))
                    .map(p -> p.getParent().getParent())
                    .sorted(Comparator.comparingInt(Path::getNameCount))
                    .findFirst();
        }
    }
}
