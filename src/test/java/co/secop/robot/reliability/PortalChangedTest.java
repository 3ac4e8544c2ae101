package co.secop.robot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.portal.PortalSettings;
import co.secop.robot.portal.locate.Locators;
import co.secop.robot.report.RunFolder;
import co.secop.robot.run.BatchJob;
import co.secop.robot.simulator.RenamedField;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.spreadsheet.ValidationReport;
import co.secop.robot.testsupport.TestBrowsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal renamed «Valor neto»: the first row fails naming the key (no retries, no new login), the second
 * row that misses the same key stops the batch, the rest stay «Interrumpido», and nothing is sent.
 */
class PortalChangedTest {

    @TempDir
    Path dir;

    @Test
    void theSameMissingKeyOnTwoRowsStopsTheBatchAndNothingIsSent() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults())) {
            // The simulator keeps its markup; the robot looks for an id the portal "renamed".
            Locators renamed = Locators.load().overriddenBy("formulario.valor-neto = \"css:#cbxValorNetoRenombrado\"");
            Path iframe = stopsAfterTwoRowsAndSendsNothing(simulator, renamed, "css:#cbxValorNetoRenombrado.");
            assertThat(Files.readString(iframe)).contains("cbxNetValue");
        }
    }

    /** Issue 11: the simulator renamed «Valor neto» (label and id); the robot runs with its own locators. */
    @Test
    void aPortalThatRenamedValorNetoStopsTheBatchAfterTwoRowsAndNothingIsSent() throws Exception {
        try (Simulator simulator =
                Simulator.start(SimulatorOptions.defaults().withRenamedField(RenamedField.NET_VALUE))) {
            Path iframe = stopsAfterTwoRowsAndSendsNothing(
                    simulator, Locators.load(), "css:#cbxNetValue · label:Valor neto.");
            assertThat(Files.readString(iframe))
                    .contains("txtNetValueX")
                    .contains("Valor neto del pago")
                    .doesNotContain("cbxNetValue");
        }
    }

    /** Runs three rows; returns the saved HTML of the form's iframe where the first row failed. */
    private Path stopsAfterTwoRowsAndSendsNothing(Simulator simulator, Locators locators, String tried)
            throws Exception {
        Path work = Files.createDirectories(dir.resolve("lote-" + System.nanoTime()));
        Path sheetFile = ReliabilityFixture.workbook(work, 3);
        PaymentSheet sheet = new PaymentSheetReader().read(sheetFile);
        ValidationReport validation = new PaymentValidator().validate(sheet);
        RunFolder folder = RunFolder.create(work.resolve("resultados"), work, LocalDateTime.now());
        BatchOptions options = new BatchOptions(
                        simulator.loginUrl(),
                        ReliabilityFixture.USER,
                        ReliabilityFixture.PASSWORD.toCharArray(),
                        Optional.empty(),
                        false,
                        10L * 1024 * 1024,
                        folder.root().resolve("soportes"))
                .withRetries(Duration.ofMinutes(3), Duration.ofMillis(250));
        BatchJob.Request request = new BatchJob.Request(
                sheet,
                validation,
                options,
                TestBrowsers.settings(),
                PortalSettings.defaults()
                        .withTimeout(Duration.ofSeconds(4))
                        .withShortTimeout(Duration.ofSeconds(1))
                        .withLocators(locators),
                folder,
                work.resolve("diario.json"),
                BatchJob.Mail.off());
        List<String> started = new CopyOnWriteArrayList<>();

        BatchSummary summary = new BatchJob().run(request, new BatchRunner.Listener() {
            @Override
            public void rowStarted(PaymentRow row) {
                started.add(row.number());
            }
        });

        List<RowOutcome> rows = summary.outcomes();
        assertThat(rows)
                .extracting(RowOutcome::status)
                .containsExactly(RowStatus.FAILED, RowStatus.FAILED, RowStatus.INTERRUPTED);
        assertThat(started).as("la tercera fila no se empieza").hasSize(2);
        assertThat(rows.get(0).message())
                .startsWith("No se encontró «Valor neto» (formulario.valor-neto) en «")
                .contains("Se probó: " + tried)
                .contains("No se envió nada de esta fila.");
        assertThat(rows.get(0).steps()).noneMatch(s -> s.contains("reintenta"));
        String stop = rows.get(1).message();
        assertThat(stop)
                .matches(
                        "El portal cambió: no se encontró «Valor neto» \\(formulario\\.valor-neto\\) en «.+»"
                                + " \\(http://127\\.0\\.0\\.1:\\d+/.+\\)\\. Ejecute \\./secop revisar y envíe revision\\.zip a soporte\\.");
        assertThat(rows.get(2).message()).isEqualTo(stop);
        // Nothing reached the portal: no request created (not even a draft) on the contract.
        assertThat(ReliabilityFixture.paymentsOfContract(simulator.baseUrl())).isEmpty();
        // The failure evidence has the form's iframe, where the field was missing.
        Path iframe = folder.evidenceDir().resolve("fila-2-fallo-ventana-1-iframe-1.html");
        assertThat(rows.get(0).evidence()).contains(folder.root().relativize(iframe));
        assertThat(Files.readString(iframe)).doesNotContain(ReliabilityFixture.PASSWORD);
        return iframe;
    }
}
