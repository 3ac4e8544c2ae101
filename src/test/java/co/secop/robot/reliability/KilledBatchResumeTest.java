package co.secop.robot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.simulator.FaultSettings;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.ChildRuns;
import co.secop.robot.testsupport.Simulators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./secop cargar} in a child JVM, killed with the equivalent of {@code kill -9} at seeded random
 * moments and started again each time: at the end every row is sent exactly once, none lost, none twice.
 * The short version (2 kills) runs with the normal suite; the long one (30 rows, 5 kills) is tagged "largo".
 */
class KilledBatchResumeTest {

    private static final Duration FINAL_RUN_LIMIT = Duration.ofMinutes(8);

    @TempDir
    Path dir;

    @RegisterExtension
    final ChildRuns runs = new ChildRuns();

    @RegisterExtension
    final Simulators simulators = new Simulators();

    private Simulator simulator;

    @Test
    void fourRowsKilledTwiceAndResumedEndSentExactlyOnce() throws Exception {
        killAndResume(4, 2, 9_000, 7L);
    }

    @Test
    @Tag("largo")
    void thirtyRowsKilledFiveTimesAndResumedEndSentExactlyOnce() throws Exception {
        killAndResume(30, 5, 45_000, 2026L);
    }

    /**
     * @param maxDelayMs each run is killed at a seeded random moment up to this long after it signed in
     */
    private void killAndResume(int rows, int kills, long maxDelayMs, long seed) throws Exception {
        dir = ReliabilityFixture.workDir(dir, "muertes-" + rows);
        // Repeated numbers allowed: only the robot's own guard stands between a resumed run and a second request.
        simulator = simulators.start(SimulatorOptions.defaults().withRepeatedNumbersAllowed(true));
        // A little latency spreads the kills over every step (typing, uploading, confirming, sending).
        simulator.faults(FaultSettings.off().withLatency(40, 40));
        Path sheet = ReliabilityFixture.workbook(dir, rows);
        Random random = new Random(seed);
        List<String> log = new ArrayList<>();
        long start = System.nanoTime();
        int killedMidBatch = 0;

        for (int k = 1; k <= kills; k++) {
            long killAfter = (long) (random.nextDouble() * maxDelayMs);
            String name = "ejecucion-" + k;
            Process run = cargar(sheet, name);
            // The JVM and the browser take a while to start (more on a busy machine): the seeded delay counts
            // from the moment the run signed in to the portal.
            boolean ended = ChildRuns.awaitSignIn(
                            run, dir.resolve("resultados").resolve(name).resolve("robot.log"), Duration.ofSeconds(90))
                    || run.waitFor(killAfter, TimeUnit.MILLISECONDS);
            if (!ended) {
                ChildRuns.killTree(run);
                run.waitFor(10, TimeUnit.SECONDS);
                if (sentNow() < rows) {
                    killedMidBatch++;
                }
            }
            log.add("ejecución " + k
                    + (ended
                            ? " terminó sola (código " + run.exitValue() + ")"
                            : " matada " + killAfter + " ms después de iniciar sesión")
                    + ": " + portalSummary());
        }
        Process last = cargar(sheet, "final");
        boolean finished = last.waitFor(FINAL_RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);
        String output = Files.readString(dir.resolve("final.txt"), StandardCharsets.UTF_8);
        System.out.printf(
                "[confiabilidad] %d filas, %d muertes: %d s%n  %s%n",
                rows, kills, Duration.ofNanos(System.nanoTime() - start).toSeconds(), String.join("\n  ", log));

        // Else the test would prove nothing: every run ended on its own, or was killed after the last sending.
        assertThat(killedMidBatch)
                .as("ejecuciones matadas con filas por enviar\n  " + String.join("\n  ", log))
                .isPositive();
        assertThat(finished).as("la ejecución final terminó\n" + output).isTrue();
        assertThat(last.exitValue())
                .as("código de salida de la ejecución final\n" + output)
                .isZero();
        ReliabilityFixture.assertEachSentExactlyOnce(simulator.baseUrl(), ReliabilityFixture.numbers(rows));
        assertThat(output).doesNotContain("Exception", "\tat ");
    }

    /** How many requests of the contract the portal shows «Enviado a la entidad estatal» now. */
    private long sentNow() {
        return ReliabilityFixture.paymentsOfContract(simulator.baseUrl()).values().stream()
                .flatMap(List::stream)
                .filter(p ->
                        "Enviado a la entidad estatal".equals(p.path("state").asText()))
                .count();
    }

    private String portalSummary() {
        return ChildRuns.byState(ReliabilityFixture.paymentsOfContract(simulator.baseUrl()));
    }

    /** {@code java -cp <this classpath> co.secop.robot.cli.SecopCli cargar ...}, output to {@code <name>.txt}. */
    private Process cargar(Path sheet, String name) throws IOException {
        return runs.start(ReliabilityFixture.cargarChild(dir, sheet, name, simulator.loginUrl()));
    }
}
