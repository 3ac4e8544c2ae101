package co.secop.robot.simulator.seed;

import co.secop.robot.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the seed from a file on disk or, by default, from the classpath. */
public final class SeedLoader {

    public static final String CLASSPATH_RESOURCE = "config/simulador-semilla.json";

    private SeedLoader() {}

    public static SeedFile load(Path seedFile) {
        try (InputStream in = open(seedFile)) {
            return SimulatorJson.mapper()
                    .readerFor(SeedFile.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in);
        } catch (IOException e) {
            String where = seedFile == null ? "classpath:" + CLASSPATH_RESOURCE : seedFile.toString();
            throw new UncheckedIOException(
                    "No se pudo leer la semilla del simulador (" + where + "): " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path seedFile) throws IOException {
        if (seedFile != null) {
            return Files.newInputStream(seedFile);
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(CLASSPATH_RESOURCE);
        if (in == null) {
            in = SeedLoader.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE);
        }
        if (in == null) {
            throw new IOException("no existe el recurso " + CLASSPATH_RESOURCE);
        }
        return in;
    }
}
