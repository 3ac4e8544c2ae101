package co.secop.robot.browser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class path of Selenium Grid, resolved by Maven from {@code src/grid/pom.xml} (never the robot's
 * own class path: the Grid and the robot's client may be on different Selenium versions) and kept in
 * {@code target/grid/classpath.txt} until that pom changes or a jar goes missing.
 */
final class GridClasspath {

    private static final Logger LOG = LoggerFactory.getLogger(GridClasspath.class);
    static final String POM = "src/grid/pom.xml";
    private static final long MAVEN_MINUTES = 10;

    private GridClasspath() {}

    /**
     * @param home the project's folder (the one with {@code src/grid/pom.xml})
     * @throws BrowserUnavailableException (Spanish) when Maven is missing or cannot resolve the Grid
     */
    static String resolve(Path home) {
        Path pom = home.resolve(POM).toAbsolutePath().normalize();
        if (!Files.isRegularFile(pom)) {
            throw new BrowserUnavailableException("No se encontró " + pom + ": el Selenium Grid se arma desde ese"
                    + " archivo de Maven (ejecute el robot desde su carpeta, con ./secop).");
        }
        Path cache =
                home.resolve("target").resolve("grid").resolve("classpath.txt").toAbsolutePath();
        return cached(cache, pom).orElseGet(() -> resolveWithMaven(pom, cache));
    }

    private static java.util.Optional<String> cached(Path cache, Path pom) {
        try {
            if (!Files.isRegularFile(cache)
                    || Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(pom)) < 0) {
                return java.util.Optional.empty();
            }
            String classpath = Files.readString(cache, StandardCharsets.UTF_8).strip();
            boolean complete = !classpath.isEmpty()
                    && Arrays.stream(classpath.split(File.pathSeparator))
                            .allMatch(jar -> Files.isRegularFile(Path.of(jar)));
            return complete ? java.util.Optional.of(classpath) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String resolveWithMaven(Path pom, Path cache) {
        try {
            Files.createDirectories(cache.getParent());
            Path partial = Files.createTempFile(cache.getParent(), "classpath-", ".txt");
            // Offline first (the jars are usually in ~/.m2 already), then with the registry.
            if (!maven(pom, partial, true) && !maven(pom, partial, false)) {
                Files.deleteIfExists(partial);
                throw new BrowserUnavailableException("Maven no pudo armar el Selenium Grid de " + pom + " (vea "
                        + cache.resolveSibling("maven.log") + "). Revise la conexión con el repositorio de Maven.");
            }
            Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Files.readString(cache, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new BrowserUnavailableException(
                    "No se pudo guardar la ruta de clases del Selenium Grid en " + cache + ": " + e.getMessage(), e);
        }
    }

    private static boolean maven(Path pom, Path output, boolean offline) throws IOException {
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-q", "-B"));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of(
                "-f", pom.toString(), "dependency:build-classpath", "-Dmdep.outputFile=" + output.toAbsolutePath()));
        LOG.info("Armando la ruta de clases del Selenium Grid: {}", String.join(" ", command));
        Path log = output.resolveSibling("maven.log");
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new BrowserUnavailableException(
                    "No se encontró Maven (mvn), que hace falta para iniciar el Selenium"
                            + " Grid. Instálelo (Debian: apt-get install maven).",
                    e);
        }
        try {
            if (!process.waitFor(MAVEN_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
        return process.exitValue() == 0 && Files.size(output) > 0;
    }

    private static String mavenExecutable() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "mvn.cmd" : "mvn";
    }
}
