package co.secop.robot.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * «Soportes»: a .zip that opens as a ZIP and fits the portal's limit, or a non-empty folder the robot will
 * zip. Relative paths are resolved against the spreadsheet's folder; surrounding quotes (Windows' «Copiar
 * como ruta de acceso») are removed.
 */
final class SupportsChecker {

    private final long maxZipBytes;
    private final Path baseFolder;
    /** The payment sheet: never part of its own supports. */
    private final List<Path> sheetFile;

    SupportsChecker(long maxZipBytes, Path baseFolder) {
        this(maxZipBytes, baseFolder, null);
    }

    SupportsChecker(long maxZipBytes, Path baseFolder, Path sheetFile) {
        this.maxZipBytes = maxZipBytes;
        this.baseFolder = baseFolder;
        this.sheetFile = sheetFile == null ? List.of() : List.of(sheetFile);
    }

    /**
     * What {@code validar} points out about supports that are valid: a folder outside the sheet's folder (all of it
     * goes to the entity), and a ZIP that would hold a spreadsheet or a {@code robot.log}. Each in Spanish,
     * starting «aviso:».
     */
    List<String> warnings(Path supports) {
        List<String> warnings = new java.util.ArrayList<>();
        Path base = baseFolder.toAbsolutePath().normalize();
        if (Files.isDirectory(supports)
                && !supports.toAbsolutePath().normalize().startsWith(base)) {
            warnings.add("aviso: la carpeta de soportes «" + supports + "» está fuera de la carpeta de la hoja («"
                    + base + "»); todo lo que tiene se envía a la entidad: revise que sea la correcta");
        }
        List<String> names = new java.util.ArrayList<>();
        try {
            if (Files.isDirectory(supports)) {
                for (Path file : SupportFiles.forPortal(supports, sheetFile)) {
                    names.add(SupportFiles.entryName(supports, file));
                }
            } else if (SupportFiles.isZip(supports)) {
                try (ZipFile zip = new ZipFile(supports.toFile())) {
                    zip.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return warnings; // what cannot be read was already said by check()
        }
        List<String> suspicious =
                names.stream().filter(SupportFiles::suspicious).limit(5).toList();
        if (!suspicious.isEmpty()) {
            warnings.add("aviso: el ZIP de soportes llevaría "
                    + String.join(
                            ", ", suspicious.stream().map(n -> "«" + n + "»").toList())
                    + " (una hoja de cálculo o un registro del robot); revise que deba ir a la entidad");
        }
        return warnings;
    }

    Path check(String text) {
        Path path = resolve(text);
        if (Files.isDirectory(path)) {
            checkFolder(path);
        } else if (!Files.exists(path)) {
            throw new IllegalArgumentException("no existe «" + path + "»");
        } else if (!SupportFiles.isZip(path)) {
            throw new IllegalArgumentException("«" + path.getFileName() + "» no es un archivo .zip ni una carpeta; "
                    + "el portal solo recibe los soportes en un .zip (indique el .zip o la carpeta con los "
                    + "documentos)");
        } else {
            checkZip(path);
        }
        return path;
    }

    Path resolve(String text) {
        String cleaned = text.strip();
        if (cleaned.length() >= 2 && cleaned.startsWith("\"") && cleaned.endsWith("\"")) {
            cleaned = cleaned.substring(1, cleaned.length() - 1).strip();
        }
        try {
            return baseFolder.resolve(cleaned).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("«" + text.strip() + "» no es una ruta de archivo válida");
        }
    }

    private void checkFolder(Path folder) {
        try {
            if (SupportFiles.forPortal(folder, sheetFile).isEmpty()) {
                List<String> links = SupportFiles.links(folder);
                throw new IllegalArgumentException("la carpeta «" + folder + "» está vacía; ponga en ella los "
                        + "soportes o indique un .zip"
                        + (links.isEmpty()
                                ? ""
                                : " (los enlaces simbólicos " + String.join(", ", links)
                                        + " no se siguen: copie allí los archivos)"));
            }
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(
                    e.getCause() instanceof java.nio.file.AccessDeniedException denied
                            ? "n"
                                    + SupportFiles.unreadable(Path.of(denied.getFile()), denied)
                                            .substring(1)
                            : "no se pudo leer la carpeta «" + folder + "»: "
                                    + e.getCause().getMessage());
        }
        checkZippedSize(folder);
    }

    /** Zips the folder as the batch will, in a temporary folder, to check the portal's limit now. */
    private void checkZippedSize(Path folder) {
        Path work = null;
        try {
            work = Files.createTempDirectory("secop-validar-");
            new SupportsPackager(maxZipBytes).forPortal(sheetFile).packageSupports(folder, work);
        } catch (SupportsException e) {
            String message = e.getMessage();
            String lowered = (Character.toLowerCase(message.charAt(0)) + message.substring(1)).replaceFirst("\\.$", "");
            throw new IllegalArgumentException(lowered.replace(
                    "el archivo «" + folder.getFileName() + ".zip»",
                    "la carpeta «" + folder.getFileName() + "» comprimida"));
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "no se pudo comprimir la carpeta «" + folder + "» para medirla: " + e.getMessage());
        } finally {
            if (work != null) {
                deleteQuietly(work);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private void checkZip(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.size() == 0) {
                throw new IllegalArgumentException("el archivo «" + zip.getFileName() + "» es un ZIP vacío");
            }
        } catch (ZipException e) {
            throw new IllegalArgumentException("«" + zip.getFileName() + "» no es un ZIP válido (está dañado o "
                    + "solo tiene la extensión .zip); comprima de nuevo los soportes");
        } catch (IOException e) {
            throw new IllegalArgumentException("no se pudo leer «" + zip + "»: " + e.getMessage());
        }
        long size;
        try {
            size = Files.size(zip);
        } catch (IOException e) {
            throw new IllegalArgumentException("no se pudo leer «" + zip + "»: " + e.getMessage());
        }
        if (size > maxZipBytes) {
            throw new IllegalArgumentException(SupportsPackager.tooBig(zip, size, maxZipBytes));
        }
    }
}
