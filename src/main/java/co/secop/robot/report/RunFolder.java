package co.secop.robot.report;

import co.secop.robot.format.OwnerOnly;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The folder where one run leaves its results: {@code resultados.xlsx}, {@code reporte.html},
 * {@code robot.log} and the {@code evidencias/} subfolder.
 *
 * <p>With {@code --salida DIR} the folder is {@code DIR}; otherwise a fresh
 * {@code <base>/<yyyy-MM-dd_HH-mm-ss>/} (base {@value #DEFAULT_BASE}, relative to the working directory).
 */
public final class RunFolder {

    public static final String DEFAULT_BASE = "resultados";
    public static final String EVIDENCE_DIR = "evidencias";
    public static final String RESULTS_WORKBOOK = "resultados.xlsx";
    public static final String HTML_REPORT = "reporte.html";
    public static final String LOG_FILE = "robot.log";

    static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");
    private static final int MAX_SAME_SECOND_RUNS = 100;

    private final Path root;

    private RunFolder(Path root) {
        this.root = root;
    }

    /**
     * Creates the run folder.
     *
     * @param output    the folder given with {@code --salida}, or null
     * @param base      where timestamped folders go when there is no {@code --salida}; null = {@value #DEFAULT_BASE}
     * @param startedAt names the timestamped folder
     * @throws ReportException (Spanish message) when the folder cannot be created or written
     */
    public static RunFolder create(Path output, Path base, LocalDateTime startedAt) {
        Path root =
                output != null ? output : newTimestampedFolder(base == null ? Path.of(DEFAULT_BASE) : base, startedAt);
        createWritable(root);
        createWritable(root.resolve(EVIDENCE_DIR));
        return new RunFolder(root);
    }

    /** {@code --salida DIR} when given, else a timestamped folder under {@value #DEFAULT_BASE}. */
    public static RunFolder create(Path output, LocalDateTime startedAt) {
        return create(output, null, startedAt);
    }

    public Path root() {
        return root;
    }

    public Path resultsWorkbook() {
        return root.resolve(RESULTS_WORKBOOK);
    }

    public Path htmlReport() {
        return root.resolve(HTML_REPORT);
    }

    public Path evidenceDir() {
        return root.resolve(EVIDENCE_DIR);
    }

    public Path logFile() {
        return root.resolve(LOG_FILE);
    }

    /**
     * The path as seen from the run folder ({@code evidencias/fila-3.png}), as reports and
     * {@link co.secop.robot.batch.RowOutcome#evidence()} want it. A relative path that does not start with
     * the run folder is taken as already relative to it.
     */
    public Path relativize(Path path) {
        Path normalized = path.normalize();
        if (normalized.isAbsolute()) {
            return root.toAbsolutePath().normalize().relativize(normalized);
        }
        Path relativeRoot = root.normalize();
        if (!relativeRoot.isAbsolute() && normalized.startsWith(relativeRoot)) {
            return relativeRoot.relativize(normalized);
        }
        return normalized;
    }

    @Override
    public String toString() {
        return root.toString();
    }

    private static Path newTimestampedFolder(Path base, LocalDateTime startedAt) {
        createWritable(base);
        String name = FOLDER_NAME.format(startedAt);
        for (int attempt = 1; attempt <= MAX_SAME_SECOND_RUNS; attempt++) {
            Path candidate = base.resolve(attempt == 1 ? name : name + "_" + attempt);
            try {
                return OwnerOnly.restrict(Files.createDirectory(candidate));
            } catch (FileAlreadyExistsException taken) {
                // another run started in the same second: try the next suffix
            } catch (IOException | RuntimeException e) {
                throw cannotCreate(candidate, e);
            }
        }
        throw new ReportException("No se pudo crear una carpeta de resultados nueva en «" + base
                + "»: ya existen demasiadas con el nombre " + name + ".");
    }

    private static void createWritable(Path dir) {
        try {
            OwnerOnly.folder(dir);
        } catch (java.io.UncheckedIOException e) {
            throw cannotCreate(dir, e.getCause());
        } catch (RuntimeException e) {
            throw cannotCreate(dir, e);
        }
        if (!Files.isWritable(dir)) {
            throw new ReportException("No se puede escribir en la carpeta de resultados «" + dir.toAbsolutePath()
                    + "». Revise los permisos o indique otra carpeta con --salida.");
        }
        probeWrite(dir);
    }

    /** Files.isWritable can say yes on read-only mounts or Windows folders: write a real file to be sure. */
    private static void probeWrite(Path dir) {
        try {
            Path probe = Files.createTempFile(dir, ".escritura-", ".tmp");
            Files.delete(probe);
        } catch (IOException | RuntimeException e) {
            throw new ReportException(
                    "No se puede escribir en la carpeta de resultados «" + dir.toAbsolutePath() + "» (" + reason(e)
                            + "). Revise los permisos o indique otra carpeta con --salida.",
                    e);
        }
    }

    private static ReportException cannotCreate(Path dir, Exception e) {
        Path blocking = firstFileOnTheWay(dir.toAbsolutePath().normalize());
        String why = blocking != null ? "«" + blocking + "» es un archivo, no una carpeta" : reason(e);
        return new ReportException(
                "No se pudo crear la carpeta de resultados «" + dir.toAbsolutePath() + "» (" + why
                        + "). Revise la ruta y los permisos, o indique otra carpeta con --salida.",
                e);
    }

    private static Path firstFileOnTheWay(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permiso denegado";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "la ruta no existe";
        }
        if (e instanceof java.nio.file.FileSystemException fse) {
            return fse.getReason() != null ? fse.getReason() : "error del sistema de archivos";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
