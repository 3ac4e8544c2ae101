package co.secop.robot.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** {@code ./secop cargar} in a child JVM, for the tests that kill a run and start it again. */
public final class ChildRuns {

    private ChildRuns() {}

    /**
     * {@code java -cp <this classpath> -Dsecop.home=... <properties> co.secop.robot.cli.SecopCli <arguments>} in
     * {@code workDir}, standard error and output to {@code output}.
     */
    public static ProcessBuilder secopCli(Path workDir, List<String> properties, List<String> arguments, Path output) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dsecop.home=" + System.getProperty("secop.home", System.getProperty("user.dir")));
        command.addAll(properties);
        command.add("co.secop.robot.cli.SecopCli");
        command.addAll(arguments);
        return new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
    }

    /** Waits until the run's log says it signed in; true when the run ended first. */
    public static boolean awaitSignIn(Process run, Path runLog, Duration atMost) throws Exception {
        long limit = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < limit) {
            if (Files.isRegularFile(runLog)
                    && new String(Files.readAllBytes(runLog), StandardCharsets.UTF_8)
                            .contains("Sesión iniciada en SECOP II")) {
                return false;
            }
            if (run.waitFor(100, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    /** "{Borrador=1, Enviado a la entidad estatal=3}": what a kill left on the portal, by state. */
    public static String byState(Map<String, List<JsonNode>> entriesByNumber) {
        Map<String, Integer> byState = new TreeMap<>();
        for (Collection<JsonNode> entries : entriesByNumber.values()) {
            for (JsonNode p : entries) {
                byState.merge(p.path("state").asText(), 1, Integer::sum);
            }
        }
        return byState.isEmpty() ? "nada en el portal" : byState.toString();
    }

    /**
     * The JVM first, with no warning (like {@code kill -9}), then the browser and chromedriver it started,
     * which would otherwise outlive it.
     */
    public static void killTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }
}
