package co.secop.robot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.simulator.FaultKind;
import co.secop.robot.simulator.FaultSettings;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.Simulators;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch against a slow, flaky simulator (fixed seed, every fault kind): every row ends sent exactly
 * once, nothing is duplicated, nothing lost. The short version runs with the normal suite; the long one
 * (30 rows) is tagged "largo" ({@code mvn -Plargo test}).
 *
 * <p>To look into a run: {@code -DargLine="-Dconfiabilidad.carpeta=/tmp/x -Dconfiabilidad.semilla=7"} keeps the
 * run folders (robot.log, evidence) and tries another seed.
 */
class FlakyPortalBatchTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final Simulators simulators = new Simulators();

    private Simulator simulator;

    @Test
    void sixRowsOnAPortalFailingOneRequestInFiveEndSentExactlyOnce() throws Exception {
        flakyBatch(6, 0.2, Long.getLong("confiabilidad.semilla", 4L), 5);
    }

    /**
     * The largo run's unknown-outcome case, made certain instead of left to the draw: every «Confirmar» and
     * «Enviar» is saved but answers «Error inesperado». The robot must find out from the portal what happened.
     */
    @Test
    void twoRowsWhoseEveryConfirmAndSendAnswerIsLostEndSentExactlyOnce() throws Exception {
        dir = ReliabilityFixture.workDir(dir, "respuesta-perdida");
        simulator = simulators.start(SimulatorOptions.defaults().withRepeatedNumbersAllowed(true));
        Path sheetFile = ReliabilityFixture.workbook(dir, 2);
        simulator.faults(FaultSettings.of(1.0, 3L).withKinds(FaultKind.ERROR_AFTER_SAVE));

        BatchSummary summary = ReliabilityFixture.runBatch(
                simulator,
                sheetFile,
                dir,
                Duration.ofMinutes(3),
                Duration.ofMillis(250),
                new BatchRunner.Listener() {});

        assertThat(summary.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.SENT);
        ReliabilityFixture.assertEachSentExactlyOnce(simulator.baseUrl(), ReliabilityFixture.numbers(2));
        assertThat(ReliabilityFixture.faults(simulator.baseUrl())
                        .path("injected")
                        .path("error-tras-guardar")
                        .asInt())
                .as("respuestas perdidas después de guardar")
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    @Tag("largo")
    void thirtyRowsOnAPortalFailingOneRequestInFiveEndSentExactlyOnce() throws Exception {
        flakyBatch(30, 0.2, Long.getLong("confiabilidad.semilla", 20261130L), 9);
    }

    /**
     * Every fault kind is enabled; {@code minKinds} is how many different kinds the run must have met (the
     * robot's path decides which requests it makes, so a short run cannot meet them all).
     */
    private void flakyBatch(int rows, double rate, long seed, int minKinds) throws Exception {
        dir = ReliabilityFixture.workDir(dir, "lote-" + rows);
        ReliabilityFixture.preloadProjectClasses();
        // Repeated numbers allowed: only the robot's own guard stands between a retry and a second request.
        simulator = simulators.start(SimulatorOptions.defaults().withRepeatedNumbersAllowed(true));
        Path sheetFile = ReliabilityFixture.workbook(dir, rows);
        FaultSettings faults =
                FaultSettings.of(rate, seed).withLatency(30, 30).withSlowMs(800).withOutageMs(1_500);
        simulator.faults(faults);
        long start = System.nanoTime();

        BatchSummary summary = ReliabilityFixture.runBatch(
                simulator,
                sheetFile,
                dir,
                Duration.ofMinutes(3),
                Duration.ofMillis(250),
                new BatchRunner.Listener() {});

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        JsonNode report = ReliabilityFixture.faults(simulator.baseUrl());
        System.out.printf(
                "[confiabilidad] %d filas, tasa %.2f, semilla %d: %d s; fallas inyectadas %s%n",
                rows, rate, seed, took.toSeconds(), report.path("injected"));
        List<String> notOk = new ArrayList<>();
        for (RowOutcome o : summary.outcomes()) {
            if (!o.status().ok()) {
                notOk.add(o.number() + ": " + o.status() + " " + o.message() + " " + o.steps());
            }
        }
        assertThat(notOk).as("filas que no terminaron bien").isEmpty();
        // A sending whose answer was lost (error after saving) is still the robot's own sending: "Enviado".
        assertThat(summary.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.SENT);
        ReliabilityFixture.assertEachSentExactlyOnce(simulator.baseUrl(), ReliabilityFixture.numbers(rows));
        List<String> seen = new ArrayList<>();
        report.path("injected").fieldNames().forEachRemaining(seen::add);
        assertThat(seen).as("tipos de falla inyectados").hasSizeGreaterThanOrEqualTo(minKinds);
        if (rows >= 30) {
            assertThat(seen).as("el caso de resultado desconocido").contains("error-tras-guardar");
        }
    }
}
