package co.secop.robot.run;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.portal.PortalSettings;
import co.secop.robot.report.RunFolder;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.spreadsheet.SampleWorkbook;
import co.secop.robot.spreadsheet.ValidationReport;
import co.secop.robot.testsupport.SimulatorBatch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A truncated journal does not stop the run (it is set aside and the run says so), and an unexpected error
 * outside the rows still writes resultados.xlsx, reporte.html and the robot.log the message names.
 */
class UnexpectedErrorReportTest {

    @TempDir
    Path dir;

    @Test
    void aTruncatedJournalIsSetAsideAndAnUnexpectedErrorStillWritesTheReportAndTheLog() throws Exception {
        Path sheetFile = SampleWorkbook.oneDemoPayment(dir.resolve("pagos.xlsx"));
        Path journal = dir.resolve("diario.json");
        Files.writeString(journal, "{\"CPS-2026-0101 | 011\": {\"rowNumber\": 2, \"sta", StandardCharsets.UTF_8);
        PaymentSheet sheet = new PaymentSheetReader().read(sheetFile);
        ValidationReport validation = new PaymentValidator().validate(sheet);
        RunFolder folder = RunFolder.create(dir.resolve("resultados"), dir, LocalDateTime.now());
        BatchOptions options = SimulatorBatch.options(
                "http://127.0.0.1:9/STS/Users/Login/Index",
                "contratista.demo",
                "Clave-de-prueba-2026",
                false,
                folder.root().resolve("soportes"));
        // No chromedriver where the configuration says: the browser cannot start.
        BrowserSettings noBrowser = BrowserSettings.defaults().withChromedriver(dir.resolve("no-existe/chromedriver"));
        List<String> notices = new ArrayList<>();

        BatchSummary summary = new BatchJob()
                .run(
                        new BatchJob.Request(
                                sheet,
                                validation,
                                options,
                                noBrowser,
                                PortalSettings.defaults(),
                                folder,
                                journal,
                                BatchJob.Mail.off()),
                        new BatchRunner.Listener() {
                            @Override
                            public void notice(String text) {
                                notices.add(text);
                            }
                        });

        assertThat(notices).anyMatch(n -> n.contains("no se podía leer") && n.contains("se reconstruye"));
        assertThat(summary.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.INTERRUPTED);
        String message = summary.outcomes().get(0).message();
        assertThat(message)
                .contains(
                        "Error inesperado del robot",
                        folder.logFile().toAbsolutePath().toString());
        assertThat(folder.resultsWorkbook()).exists();
        assertThat(folder.htmlReport()).exists();
        assertThat(Files.readString(folder.logFile())).contains("Error inesperado del robot", "no-existe");
    }
}
