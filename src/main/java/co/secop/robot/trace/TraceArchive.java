package co.secop.robot.trace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A traced run as support receives it: the run folder, or the ZIP the contractor sent. A ZIP is unpacked
 * into a temporary folder (never outside it) and the run is the folder in it that holds
 * {@code traza/traza.json}, whether the ZIP has the run's files at its root or inside a folder.
 */
public final class TraceArchive {

    private static final int MAX_DEPTH = 4;

    private TraceArchive() {}

    public static boolean isZip(Path path) {
        return Files.isRegularFile(path)
                && path.getFileName()
                        .toString()
                        .toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".zip");
    }

    /** Unpacks {@code zip} into {@code into} and returns the run folder inside, if the ZIP has a trace. */
    public static Optional<Path> unzip(Path zip, Path into) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        try (InputStream file = Files.newInputStream(zip);
                ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = root.resolve(entry.getName().replace('\\', '/')).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("el ZIP tiene una ruta fuera de su carpeta: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return findRun(root);
    }

    /** The folder under {@code root} (or {@code root} itself) that holds {@code traza/traza.json}. */
    public static Optional<Path> findRun(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
            return files.filter(p -> p.endsWith(Path.of(TraceFile.FOLDER, TraceFile.FILE_NAME)))
                    .map(p -> p.getParent().getParent())
                    .sorted(java.util.Comparator.comparingInt(Path::getNameCount))
                    .findFirst();
        }
    }
}
