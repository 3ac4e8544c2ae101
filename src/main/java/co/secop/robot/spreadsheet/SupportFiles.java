package co.secop.robot.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which files of a supports folder go into the ZIP: regular files at any depth, sorted by their path inside
 * the folder, without hidden files ({@code .DS_Store}), Office lock files ({@code ~$informe.docx}) and
 * Windows' {@code Thumbs.db} / {@code desktop.ini}.
 */
final class SupportFiles {

    private SupportFiles() {
    }

    static List<Path> in(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !isJunk(folder.relativize(file)))
                    .sorted(Comparator.comparing(file -> entryName(folder, file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name inside the ZIP: relative path with '/' separators. */
    static String entryName(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    static boolean isZip(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static boolean isJunk(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return true;
            }
        }
        String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals("thumbs.db") || name.equals("desktop.ini");
    }
}
