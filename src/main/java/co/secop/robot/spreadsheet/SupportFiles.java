package co.secop.robot.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which files of a supports folder go into the ZIP: regular files at any depth, sorted by their path inside
 * the folder. Symbolic links (and shortcuts to other folders) are never followed: only files that really are
 * inside the folder go, so a link cannot put {@code /etc/passwd} in the ZIP. Also left out: hidden files ({@code .DS_Store}), Office lock files ({@code ~$informe.docx}) and
 * Windows' {@code Thumbs.db} / {@code desktop.ini}.
 */
final class SupportFiles {

    private SupportFiles() {}

    static List<Path> in(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            Path real = folder.toRealPath();
            return walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> isInside(real, file))
                    .filter(file -> !isJunk(folder.relativize(file)))
                    .sorted(Comparator.comparing(file -> entryName(folder, file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files of a contractor's supports folder that go to the entity: those of {@link #in}, without the robot's
     * own folders (a run folder with its {@code robot.log}, a journal folder) and without {@code leftOut} (the
     * payment sheet itself).
     */
    static List<Path> forPortal(Path folder, Collection<Path> leftOut) {
        Set<Path> excluded = new HashSet<>();
        leftOut.forEach(p -> excluded.add(p.toAbsolutePath().normalize()));
        Path base = folder.toAbsolutePath().normalize();
        List<Path> robotFolders = robotFolders(base);
        return in(folder).stream()
                .filter(file -> !excluded.contains(file.toAbsolutePath().normalize()))
                .filter(file -> robotFolders.stream()
                        .noneMatch(dir -> file.toAbsolutePath().normalize().startsWith(dir)))
                .toList();
    }

    /** Folders the robot wrote: a run folder ({@code robot.log}, {@code resumen.json}) or a journal folder. */
    static List<Path> robotFolders(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(dir -> Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS))
                    .filter(SupportFiles::robotFolder)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean robotFolder(Path dir) {
        if (Files.isRegularFile(dir.resolve("robot.log")) || Files.isRegularFile(dir.resolve("resumen.json"))) {
            return true;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .anyMatch(name -> name.endsWith(".json.lock") || name.endsWith(".json.anterior"));
        } catch (IOException e) {
            return false;
        }
    }

    /** A spreadsheet or a log: worth a word before it goes to the entity. */
    static boolean suspicious(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx")
                || lower.endsWith(".xlsm")
                || lower.endsWith(".xls")
                || lower.endsWith(".ods")
                || lower.endsWith(".csv")
                || lower.equals("robot.log")
                || lower.endsWith("/robot.log");
    }

    /** «No se pudo leer «informe.pdf» (sin permiso de lectura)». */
    static String unreadable(Path file, IOException e) {
        String why = e instanceof java.nio.file.AccessDeniedException
                ? "sin permiso de lectura"
                : (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return "No se pudo leer «" + file.toAbsolutePath() + "» (" + why + ")";
    }

    /** The symbolic links in the folder (never followed), as paths relative to it. */
    static List<String> links(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isSymbolicLink)
                    .map(link -> entryName(folder, link))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isInside(Path realFolder, Path file) {
        try {
            return file.toRealPath(LinkOption.NOFOLLOW_LINKS).startsWith(realFolder)
                    && file.toRealPath().startsWith(realFolder);
        } catch (IOException e) {
            return false;
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
