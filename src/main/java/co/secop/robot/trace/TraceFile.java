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

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private TraceFile() {
    }

    public static Path in(Path runFolder) {
        return runFolder.resolve(FOLDER).resolve(FILE_NAME);
    }

    public static Optional<List<TraceRow>> read(Path runFolder) {
        Path file = in(runFolder);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), new TypeReference<List<TraceRow>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la traza " + file + ": " + e.getMessage(), e);
        }
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
