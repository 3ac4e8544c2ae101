package co.secop.robot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.simulator.FaultKind;
import co.secop.robot.simulator.FaultSettings;
import co.secop.robot.simulator.SeededFaults;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.testsupport.Simulators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * When retrying is not enough: a row the portal keeps refusing ends "Fallido" with its reason, screenshot and
 * page HTML while the other rows go on; a portal that stays down longer than the budget ends the run with a
 * clear Spanish message (and the rows left are resumed by the next run).
 */
class PortalGivesUpTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final Simulators simulators = new Simulators();

    private Simulator simulator;

    @Test
    void aRowThePortalKeepsFailingEndsFailedWithEvidenceAndTheNextRowGoesOn() throws Exception {
        dir = ReliabilityFixture.workDir(dir, "fila-fallida");
        simulator = simulators.start(SimulatorOptions.defaults());
        Path sheet = ReliabilityFixture.workbook(dir, 2);
        // Every upload of the first row ends in "Error"; the second row meets a healthy portal.
        BatchRunner.Listener faultsForR01 = new BatchRunner.Listener() {
            @Override
            public void rowStarted(PaymentRow row) {
                simulator.faults(
                        row.number().equals("R-01")
                                ? FaultSettings.of(1, 3).withKinds(FaultKind.UPLOAD_FAILED)
                                : FaultSettings.off());
            }
        };

        BatchSummary summary = ReliabilityFixture.runBatch(
                simulator, sheet, dir, Duration.ofSeconds(8), Duration.ofMillis(250), faultsForR01);

        List<RowOutcome> outcomes = summary.outcomes();
        assertThat(outcomes).extracting(RowOutcome::status).containsExactly(RowStatus.FAILED, RowStatus.SENT);
        RowOutcome failed = outcomes.get(0);
        assertThat(failed.message())
                .startsWith("No se pudo terminar la fila: SECOP II siguió fallando durante 8 s")
                .contains(SeededFaults.UPLOAD_FAILED_MESSAGE)
                .doesNotContain("Exception");
        assertThat(failed.evidence())
                .extracting(p -> p.getFileName().toString())
                .contains("fila-2-fallo.png", "fila-2-fallo.html");
        Path runFolder = dir.resolve("resultados");
        for (Path evidence : failed.evidence()) {
            assertThat(runFolder.resolve(evidence)).isRegularFile();
        }
        assertThat(Files.readString(runFolder.resolve(failed.evidence().stream()
                        .filter(p -> p.toString().endsWith(".html"))
                        .findFirst()
                        .orElseThrow())))
                .contains("Solicitud de pago");
        assertThat(ReliabilityFixture.paymentsOfContract(simulator.baseUrl())).containsOnlyKeys("R-02");
        ReliabilityFixture.assertEachSentExactlyOnce(simulator.baseUrl(), List.of("R-02"));
    }

    @Test
    void aPortalDownLongerThanTheBudgetEndsTheRunWithAClearMessage() throws Exception {
        dir = ReliabilityFixture.workDir(dir, "portal-caido");
        simulator = simulators.start(SimulatorOptions.defaults());
        Path sheet = ReliabilityFixture.workbook(dir, 3);
        // Down for two minutes from the first page after the login.
        simulator.faults(FaultSettings.of(1, 9).withKinds(FaultKind.OUTAGE).withOutageMs(120_000));

        BatchSummary summary = ReliabilityFixture.runBatch(
                simulator, sheet, dir, Duration.ofSeconds(5), Duration.ofMillis(500), new BatchRunner.Listener() {});

        assertThat(summary.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.INTERRUPTED);
        String first = summary.outcomes().get(0).message();
        assertThat(first)
                .startsWith("SECOP II")
                .contains("Se detiene la carga: ejecute de nuevo el mismo comando")
                .doesNotContain("Exception", "\tat ", "null");
        assertThat(summary.outcomes().subList(1, 3))
                .allSatisfy(o -> assertThat(o.message()).isEqualTo(first));
        assertThat(ReliabilityFixture.paymentsOfContract(simulator.baseUrl())).isEmpty();
    }
}
