package co.secop.robot.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.run.BatchJob;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.spreadsheet.SampleWorkbook;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.SimulatorBatch;
import co.secop.robot.testsupport.TestBrowsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contracts the robot must refuse, and invalid rows: the portal ends exactly as it started. */
class PortalRefusalsTest {

    @TempDir
    Path dir;

    @Test
    void refusesContractsThatAreNotTheUsersOrNotInExecutionAndNeverFilesAnInvalidRow() throws Exception {
        Object[] notMine = BadInputCorpusTest.good(dir);
        notMine[0] = "CPS-2026-0201";
        Object[] finished = BadInputCorpusTest.good(dir);
        finished[0] = "CPS-2025-0999";
        Object[] invalid = BadInputCorpusTest.good(dir);
        invalid[2] = "012";
        invalid[5] = 9000000;
        Path file = SampleWorkbook.xlsx()
                .sheet("Pagos")
                .row(
                        "Contrato",
                        "Periodo",
                        "Número de factura o pago",
                        "Factura electrónica",
                        "CUFE",
                        "Valor neto",
                        "Valor total",
                        "Fecha de vencimiento",
                        "Soportes",
                        "Correo supervisor")
                .row(notMine)
                .row(finished)
                .row(invalid)
                .save(dir.resolve("rechazos.xlsx"));

        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults())) {
            List<JsonNode> before = new MockPortalApi(simulator.baseUrl()).payments();
            PaymentSheet sheet = new PaymentSheetReader().read(file);
            BatchSummary summary = SimulatorBatch.run(
                    simulator,
                    dir,
                    sheet,
                    new PaymentValidator().validate(sheet),
                    false,
                    BatchJob.Mail.off(),
                    "salida",
                    TestBrowsers.settings());

            List<RowOutcome> rows = summary.outcomes();
            assertThat(rows)
                    .extracting(RowOutcome::status)
                    .containsExactly(RowStatus.FAILED, RowStatus.FAILED, RowStatus.INVALID);
            assertThat(rows.get(0).message())
                    .isEqualTo("El contrato CPS-2026-0201 no aparece en «Mis contratos» de"
                            + " ninguna de sus empresas (Juana Pérez Gómez, Consultores Andinos S.A.S.).");
            assertThat(rows.get(1).message())
                    .isEqualTo("El contrato CPS-2025-0999 está «Terminado»: solo se radican"
                            + " pagos de contratos «En ejecución».");
            assertThat(rows.get(2).message()).contains("Fila 4, columna «Valor neto»");
            assertThat(rows.get(0).evidence()).anyMatch(p -> p.toString().endsWith(".html"));
            assertThat(new MockPortalApi(simulator.baseUrl()).payments()).isEqualTo(before);
        }
    }
}
