package co.secop.robot.run;

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
 * {@code ./secop cargar --paralelo N} over two accounts (column «Usuario», passwords from
 * {@code SECOP_CLAVE_<USUARIO>}) in a child JVM, killed like {@code kill -9} at seeded moments while several
 * browsers are filing, then started again: at the end every row is sent exactly once. The normal suite runs
 * 4 rows, 2 contracts, 2 browsers and one kill; the full size (8 rows, 4 contracts, 3 browsers, 2 kills) is
 * tagged "largo".
 */
class ParallelKillResumeTest {

    private static final Duration FINAL_RUN_LIMIT = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    @RegisterExtension
    final ChildRuns runs = new ChildRuns();

    @RegisterExtension
    final Simulators simulators = new Simulators();

    private Simulator simulator;

    @Test
    void fourRowsOnTwoContractsKilledOnceWhileFilingWithTwoBrowsersEndSentExactlyOnce() throws Exception {
        killWhileFilingInParallel(4, 2, 2, 1, 1_500, 14L);
    }

    @Test
    @Tag("largo")
    void eightRowsOnFourContractsKilledTwiceWhileFilingInParallelEndSentExactlyOnce() throws Exception {
        killWhileFilingInParallel(8, 4, 3, 2, 3_000, 14L);
    }

    /** @param maxDelayMs each run is killed a seeded moment up to this long after its first request on the portal */
    private void killWhileFilingInParallel(
            int rowCount, int contracts, int browsers, int kills, long maxDelayMs, long seed) throws Exception {
        simulator = simulators.start(SimulatorOptions.defaults());
        simulator.faults(FaultSettings.off().withLatency(40, 40));
        List<TwoAccountsSheet.Expected> rows = TwoAccountsSheet.expected(rowCount, contracts);
        Path sheet = TwoAccountsSheet.write(dir, rows);
        Random random = new Random(seed);
        List<String> log = new ArrayList<>();
        int killedMidBatch = 0;

        for (int k = 1; k <= kills; k++) {
            long killAfter = (long) (random.nextDouble() * maxDelayMs);
            String name = "ejecucion-" + k;
            Process run = cargar(sheet, name, browsers);
            // Killed while the browsers are filing: once this run has put something new on the portal (each
            // run has to, or it ended), then a seeded moment later.
            int before = entries();
            boolean ended = ChildRuns.awaitSignIn(
                            run, dir.resolve("resultados").resolve(name).resolve("robot.log"), Duration.ofSeconds(120))
                    || awaitProgress(run, before)
                    || run.waitFor(killAfter, TimeUnit.MILLISECONDS);
            if (!ended) {
                ChildRuns.killTree(run);
                run.waitFor(10, TimeUnit.SECONDS);
                if (sentNow() < rowCount) {
                    killedMidBatch++;
                }
            }
            log.add("ejecución " + k
                    + (ended
                            ? " terminó sola"
                            : " matada " + killAfter + " ms después de su primera" + " solicitud en el portal")
                    + ": " + portalSummary());
        }
        Process last = cargar(sheet, "final", browsers);
        boolean finished = last.waitFor(FINAL_RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);
        String output = Files.readString(dir.resolve("final.txt"), StandardCharsets.UTF_8);
        System.out.printf("[paralelo] %d filas, %d muertes%n  %s%n", rowCount, kills, String.join("\n  ", log));

        // Else the test would prove nothing: every run ended on its own, or was killed after the last sending.
        assertThat(killedMidBatch)
                .as("ejecuciones matadas con filas por enviar\n  " + String.join("\n  ", log))
                .isPositive();
        assertThat(finished).as("la ejecución final terminó\n" + output).isTrue();
        assertThat(last.exitValue())
                .as("código de salida de la ejecución final\n" + output)
                .isZero();
        TwoAccountsSheet.assertEachSentExactlyOnce(simulator.baseUrl(), rows);
        assertThat(output)
                .contains("usuarios contratista.demo, contratista.dos", browsers + " navegadores a la vez")
                .doesNotContain("Exception", "\tat ", "Demo2026*");
    }

    /** How many requests the portal shows «Enviado a la entidad estatal» now, over every contract of the sheet. */
    private long sentNow() {
        return TwoAccountsSheet.filed(simulator.baseUrl()).values().stream()
                .flatMap(List::stream)
                .filter(p ->
                        "Enviado a la entidad estatal".equals(p.path("state").asText()))
                .count();
    }

    /** Waits until the portal holds more entries (any state) than {@code before}; true when the run ended first. */
    private boolean awaitProgress(Process run, int before) throws Exception {
        long limit = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < limit) {
            if (entries() > before) {
                return false;
            }
            if (run.waitFor(200, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    private int entries() {
        return TwoAccountsSheet.filed(simulator.baseUrl()).values().stream()
                .mapToInt(List::size)
                .sum();
    }

    private String portalSummary() {
        return ChildRuns.byState(TwoAccountsSheet.filed(simulator.baseUrl()));
    }

    private Process cargar(Path sheet, String name, int browsers) throws IOException {
        ProcessBuilder builder = ChildRuns.secopCli(
                dir,
                List.of(
                        "-Dlote.salida=" + dir.resolve("resultados"),
                        "-Dportal.espera-maxima=60s",
                        "-Dportal.espera-corta=2s",
                        "-Dlote.pausa-reintento=500ms",
                        "-Dlote.presupuesto-por-fila=3m"),
                List.of(
                        "cargar",
                        "--datos",
                        sheet.toString(),
                        "--portal",
                        simulator.loginUrl(),
                        "--salida",
                        dir.resolve("resultados").resolve(name).toString(),
                        "--paralelo",
                        String.valueOf(browsers),
                        "--sin-correo"),
                dir.resolve(name + ".txt"));
        builder.environment().remove("SECOP_USUARIO");
        builder.environment().remove("SECOP_CLAVE");
        builder.environment().put("SECOP_CLAVE_CONTRATISTADEMO", TwoAccountsSheet.PASSWORD);
        builder.environment().put("SECOP_CLAVE_CONTRATISTADOS", TwoAccountsSheet.PASSWORD);
        return runs.start(builder);
    }
}
