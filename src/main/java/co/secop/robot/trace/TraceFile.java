package co.secop.robot.trace;

import co.secop.robot.format.OwnerOnly;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/** {@code traza/traza.json} in a run's folder. */
public final class TraceFile {

    public static final String FOLDER = "traza";
    public static final String FILE_NAME = "traza.json";
    /** In a replay's folder: the original run's trace of the replayed row, to compare both side by side. */
    public static final String ORIGINAL = "original";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private TraceFile() {}

    public static Path in(Path runFolder) {
        return runFolder.resolve(FOLDER).resolve(FILE_NAME);
    }

    public static Optional<List<TraceRow>> read(Path runFolder) {
        Path file = in(runFolder);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), new TypeReference<List<TraceRow>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la traza " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the original run's trace of {@code row} in {@code replayFolder/original/}: its JSON and the
     * screenshots and pages it names, so the replay's report shows both runs even after the original
     * folder (e.g. an unzipped copy) is gone.
     */
    public static void keepOriginal(Path originalRun, TraceRow row, Path replayFolder) throws IOException {
        Path target = replayFolder.resolve(ORIGINAL);
        for (TraceStep step : row.steps()) {
            for (String file : java.util.Arrays.asList(step.screenshot(), step.page())) {
                if (file == null) {
                    continue;
                }
                Path source = originalRun.resolve(file).normalize();
                Path copy = target.resolve(file).normalize();
                if (source.startsWith(originalRun.normalize())
                        && copy.startsWith(target.normalize())
                        && Files.isRegularFile(source)) {
                    Files.createDirectories(copy.getParent());
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        write(target, List.of(row));
    }

    static void write(Path runFolder, List<TraceRow> rows) {
        Path file = in(runFolder);
        try {
            OwnerOnly.folder(file.getParent());
            Path partial = file.resolveSibling(FILE_NAME + ".tmp");
            Files.write(partial, JSON.writeValueAsBytes(rows));
            OwnerOnly.restrict(partial);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir la traza " + file + ": " + e.getMessage(), e);
        }
    }
}
