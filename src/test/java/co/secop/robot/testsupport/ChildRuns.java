package co.secop.robot.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code ./secop cargar} in a child JVM, for the tests that kill a run and start it again. Registered as an
 * extension ({@code @RegisterExtension final ChildRuns runs = new ChildRuns();}) it kills, after each test and
 * before its {@code @AfterEach} methods, every run it {@link #start started} that still lives.
 */
public final class ChildRuns implements AfterTestExecutionCallback {

    private final List<Process> children = new ArrayList<>();

    /** Starts the run and remembers it, to kill it after the test. */
    public Process start(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        children.add(process);
        return process;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        children.forEach(ChildRuns::killTree);
        children.clear();
    }

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
        // The browser given to the tests by a system property is the child's too (SECOP_NAVEGADOR is inherited).
        for (String option : List.of("navegador.binario", "navegador.chromedriver")) {
            if (System.getProperty(option) != null) {
                command.add("-D" + option + "=" + System.getProperty(option));
            }
        }
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
     * Starts the run as the leader of a process group of its own ({@code setsid}), as a terminal starts a
     * command: {@link #interruptGroup} then reaches it, the chromedriver and the Chromium it starts, and nothing
     * else.
     */
    public Process startInOwnGroup(ProcessBuilder builder) throws IOException {
        List<String> command = new ArrayList<>(builder.command());
        command.add(0, "setsid");
        return start(builder.command(command));
    }

    /**
     * Ctrl+C in a terminal: SIGINT to every process of the run's group (the JVM, chromedriver and Chromium
     * all get it at once). Refuses a process that does not lead a group of its own, never to reach the tests.
     */
    public static void interruptGroup(Process run) throws IOException, InterruptedException {
        long group = processGroup(run.pid());
        if (group != run.pid() || group == processGroup(ProcessHandle.current().pid())) {
            throw new IllegalStateException("La ejecución " + run.pid() + " no tiene grupo propio (" + group + ")");
        }
        signal("-INT", "-" + group);
    }

    /** SIGINT to the JVM alone: its browser keeps running while it stops. */
    public static void interrupt(Process run) throws IOException, InterruptedException {
        signal("-INT", String.valueOf(run.pid()));
    }

    private static void signal(String signal, String target) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", signal, "--", target)
                .redirectErrorStream(true)
                .start();
        String said = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill " + signal + " " + target + ": " + said);
        }
    }

    private static long processGroup(long pid) throws IOException, InterruptedException {
        Process ps = new ProcessBuilder("ps", "-o", "pgid=", "-p", String.valueOf(pid)).start();
        String group = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        ps.waitFor();
        return Long.parseLong(group);
    }

    /** Waits until the run's output holds {@code text}; false when the run ended first or the time ran out. */
    public static boolean awaitOutput(Process run, Path output, String text, Duration atMost) throws Exception {
        long limit = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < limit) {
            if (Files.isRegularFile(output)
                    && new String(Files.readAllBytes(output), StandardCharsets.UTF_8).contains(text)) {
                return true;
            }
            if (run.waitFor(100, TimeUnit.MILLISECONDS)) {
                return false;
            }
        }
        return false;
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
