package co.secop.robot.run;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.Journal;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.portal.PortalSettings;
import co.secop.robot.report.Receipt;
import co.secop.robot.report.RunFolder;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.spreadsheet.SampleWorkbook;
import co.secop.robot.spreadsheet.ValidationReport;
import co.secop.robot.testsupport.SimulatorBatch;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A receipt the journal still owes (a run killed between «Enviado» and its receipt) is written by the next run
 * of the sheet when it meets the payment again, with the time of the sending, and the journal records it; until
 * then the run says what is owed.
 */
class ReceiptsAsSentTest {

    private static final LocalDateTime SENT_AT = LocalDateTime.of(2026, 11, 24, 10, 0);

    @TempDir
    Path dir;

    @Test
    void theNextRunWritesTheOwedReceiptOfAPaymentItFindsAlreadyFiled() throws Exception {
        Fixture run = new Fixture();
        assertThat(run.asSent.stillOwed())
                .contains("Queda pendiente el comprobante de la fila 2 (lo escribe la"
                        + " próxima ejecución de esta misma hoja: lo ya radicado no se repite).");

        run.asSent.rowFinished(run.outcome(RowStatus.ALREADY_FILED));

        Path receipt = Receipt.file(run.folder.root(), 2);
        assertThat(receipt).isRegularFile();
        assertThat(Receipt.find(run.folder.root(), "CPS-2026-0101", "011")).contains(receipt);
        Journal.Entry entry = Journal.open(run.journalFile)
                .entry(Journal.key("CPS-2026-0101", "011"))
                .orElseThrow();
        assertThat(entry.receipt()).isEqualTo(Journal.ReceiptStage.WRITTEN);
        assertThat(entry.receiptFile()).isEqualTo(receipt.toAbsolutePath().toString());
        assertThat(run.asSent.stillOwed()).isEmpty();
    }

    @Test
    void aRowThatFailedLeavesTheReceiptOwedAndSaysSo() throws Exception {
        Fixture run = new Fixture();

        run.asSent.rowFinished(run.outcome(RowStatus.INTERRUPTED));

        assertThat(Receipt.file(run.folder.root(), 2)).doesNotExist();
        assertThat(run.asSent.stillOwed())
                .hasValueSatisfying(s -> assertThat(s).contains("el comprobante de la fila 2"));
    }

    private final class Fixture {
        final Path journalFile = dir.resolve("diario.json");
        final RunFolder folder = RunFolder.create(dir.resolve("resultados"), dir, LocalDateTime.now());
        final ReceiptsAsSent asSent;
        final PaymentRow row;

        Fixture() throws Exception {
            Path sheetFile = SampleWorkbook.oneDemoPayment(dir.resolve("pagos.xlsx"));
            PaymentSheet sheet = new PaymentSheetReader().read(sheetFile);
            ValidationReport validation = new PaymentValidator().validate(sheet);
            row = validation.validRows().get(0);
            Journal journal = Journal.open(journalFile);
            journal.record(
                    Journal.key("CPS-2026-0101", "011"),
                    new Journal.Entry(
                            2,
                            "CPS-2026-0101",
                            "011",
                            Journal.Stage.SENT,
                            "PP-7784301-1",
                            false,
                            SENT_AT,
                            null,
                            false,
                            null));
            BatchOptions options = SimulatorBatch.options(
                    "http://127.0.0.1:9/STS/Users/Login/Index",
                    "contratista.demo",
                    "Clave-de-prueba-2026",
                    false,
                    folder.root().resolve("soportes"));
            BatchJob.Request request = new BatchJob.Request(
                    sheet,
                    validation,
                    options,
                    BrowserSettings.defaults(),
                    PortalSettings.defaults(),
                    folder,
                    journalFile,
                    BatchJob.Mail.off());
            asSent = new ReceiptsAsSent(request, journal, new MailedReceipts(request), new BatchRunner.Listener() {});
        }

        RowOutcome outcome(RowStatus status) {
            return new RowOutcome(
                    2,
                    "CPS-2026-0101",
                    "011",
                    row.cellTexts(),
                    status,
                    "Ya estaba radicado",
                    Optional.of("PP-7784301-1"),
                    Optional.of("Enviado a la entidad estatal"),
                    LocalDateTime.now(),
                    Duration.ofSeconds(3),
                    List.of(),
                    List.of());
        }
    }
}
