package co.secop.robot.run;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.notification.AttachedDocument;
import co.secop.robot.notification.SmtpSettings;
import co.secop.robot.report.ResultsWorkbook;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.spreadsheet.SampleWorkbook;
import co.secop.robot.spreadsheet.ValidationReport;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.SimulatorBatch;
import co.secop.robot.testsupport.Simulators;
import co.secop.robot.testsupport.TestBrowsers;
import co.secop.robot.testsupport.Zips;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reaches the portal is exactly the spreadsheet: the cases of issue 12, against the simulator with
 * repeated numbers allowed (so only the robot's own checks stand between the sheet and a wrong sending).
 */
class ReadbackBatchTest {

    private static final String ZIP = Path.of("sample-data/soportes/cps-2026-0101-noviembre.zip")
            .toAbsolutePath()
            .toString();
    private static final String SENT = "Enviado a la entidad estatal";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @RegisterExtension
    final Simulators simulators = new Simulators();

    private Simulator simulator;

    private MockPortalApi start() {
        simulator = simulators.start(SimulatorOptions.defaults().withRepeatedNumbersAllowed(true));
        return new MockPortalApi(simulator.baseUrl());
    }

    @Test
    void aDraftThatNoLongerMatchesTheSheetIsCorrectedBeforeSendingAndTheMailAndResultsCarryThePortalValues()
            throws Exception {
        MockPortalApi api = start();
        Path before = oneRow("antes.xlsx", "R-200", 3_500_000, "Cuenta de cobro R-200");
        BatchSummary dryRun = run(before, true, BatchJob.Mail.off(), "ensayo");
        assertThat(dryRun.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.DRY_RUN);
        assertThat(api.payment("CPS-2026-0101", "R-200").path("state").asText()).isEqualTo("Borrador");

        // The contractor fixes the sheet after the dry run: the draft on the portal still says 3.500.000.
        Path after = oneRow("despues.xlsx", "R-200", 3_600_000, "Cuenta de cobro R-200, valor corregido");
        BatchSummary real = run(after, false, new BatchJob.Mail(true, Optional.of(smtpSettings())), "real");

        RowOutcome outcome = real.outcomes().get(0);
        assertThat(outcome.status())
                .as(outcome.message() + " " + outcome.steps())
                .isEqualTo(RowStatus.SENT);
        assertThat(outcome.steps())
                .anyMatch(s ->
                        s.contains("no coincide con la hoja") && s.contains("3.500.000") && s.contains("3.600.000,00"));
        List<JsonNode> entries = api.payments().stream()
                .filter(p -> "R-200".equals(p.path("number").asText()))
                .toList();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).path("state").asText()).isEqualTo(SENT);
        assertThat(entries.get(0).path("totalValue").decimalValue()).isEqualByComparingTo("3600000");
        assertThat(entries.get(0).path("notes").asText()).isEqualTo("Cuenta de cobro R-200, valor corregido");
        // The e-mail and resultados.xlsx say what the portal shows after sending.
        assertThat(outcome.portal())
                .hasValueSatisfying(p -> assertThat(p.totalValue()).contains("3.600.000"));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]))
                .contains("3.600.000,00 COP")
                .doesNotContain("3.500.000");
        // The receipt goes with the e-mail: the file of comprobantes/, with what SECOP II showed after «Enviar».
        jakarta.mail.internet.MimeMultipart parts =
                (jakarta.mail.internet.MimeMultipart) smtp.getReceivedMessages()[0].getContent();
        jakarta.mail.BodyPart receipt = parts.getBodyPart(1);
        assertThat(receipt.getFileName()).isEqualTo("comprobante-radicacion-CPS-2026-0101-R-200.pdf");
        assertThat(receipt.getContentType()).startsWith("application/pdf");
        byte[] attached = receipt.getInputStream().readAllBytes();
        Path onDisk = dir.resolve("real/comprobantes/comprobante-fila-2.pdf");
        assertThat(attached).isEqualTo(java.nio.file.Files.readAllBytes(onDisk));
        String paymentId = entries.get(0).path("paymentId").asText();
        assertThat(paymentId).isNotBlank();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(attached)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains(
                            "Comprobante de radicación",
                            "CPS-2026-0101",
                            "R-200",
                            "3.600.000,00 COP",
                            SENT,
                            paymentId,
                            "cps-2026-0101-noviembre.zip")
                    .doesNotContain("3.500.000");
        }
        // The Message-ID is derived from the sending, so a resend after a crash is the same message.
        assertThat(smtp.getReceivedMessages()[0].getMessageID()).matches("<[0-9a-f]{32}\\.envio@secop-robot>");
        Map<String, String> results = resultsRow(dir.resolve("real").resolve("resultados.xlsx"));
        // A number with a peso format (shown with the grouping of the machine's locale).
        assertThat(results.get("Valor total en SECOP")).matches(".*3[.,]600[.,]000.*");
        assertThat(results.get("Notas en SECOP")).isEqualTo("Cuenta de cobro R-200, valor corregido");
    }

    @Test
    void textTheFormCutsOrLosesFailsTheRowBeforeAnythingIsSaved() throws Exception {
        MockPortalApi api = start();
        Path sheetFile = oneRow("pagos.xlsx", "R-300", 1_000_000, "x");
        PaymentSheet sheet = new PaymentSheetReader().read(sheetFile);
        PaymentRow template = new PaymentValidator().validate(sheet).validRows().get(0);
        String longNumber = "R-" + "1234567890".repeat(6);
        String longNotes = "Informe de actividades. ".repeat(105);
        List<PaymentRow> rows = new ArrayList<>();
        rows.add(copy(template, 2, longNumber, "Notas cortas"));
        rows.add(copy(template, 3, "R-301", longNotes));
        rows.add(copy(template, 4, "R-302", "Cuenta de cobro\tnoviembre"));
        rows.add(copy(template, 5, "R-303", "Cuenta de cobro sin problemas"));

        BatchSummary summary = run(sheet, new ValidationReport(rows, List.of()), false, BatchJob.Mail.off(), "cortes");

        assertThat(summary.outcomes())
                .extracting(RowOutcome::status)
                .containsExactly(RowStatus.FAILED, RowStatus.FAILED, RowStatus.FAILED, RowStatus.SENT);
        assertThat(summary.outcomes().get(0).message())
                .contains(
                        "«Número de factura o pago»: la hoja dice «" + longNumber + "» y SECOP II muestra «"
                                + longNumber.substring(0, 50) + "»",
                        "No se confirmó");
        assertThat(summary.outcomes().get(1).message()).contains("«Notas»", "(2520 caracteres)", "(2000 caracteres)");
        assertThat(summary.outcomes().get(2).message()).contains("«Notas»: la hoja dice «Cuenta de cobro noviembre»");
        // Nothing was saved for the failed rows: no draft that would block a later run.
        assertThat(api.payments())
                .extracting(p -> p.path("number").asText())
                .noneMatch(n -> n.startsWith("R-1234") || n.equals("R-301") || n.equals("R-302"));
        assertThat(api.payment("CPS-2026-0101", "R-303").path("state").asText()).isEqualTo(SENT);
    }

    @Test
    void aNumberWrittenWithExtraSpacesOrAnotherCaseIsTheOneAlreadySent() throws Exception {
        MockPortalApi api = start();
        BatchSummary first = run(
                oneRow("primera.xlsx", "FE 118", 1_000_000, "Factura FE 118"), false, BatchJob.Mail.off(), "primera");
        assertThat(first.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.SENT);

        BatchSummary again = run(
                oneRow("segunda.xlsx", "fe  118", 1_000_000, "Factura FE 118"), false, BatchJob.Mail.off(), "segunda");

        assertThat(again.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.ALREADY_FILED);
        assertThat(api.payments())
                .filteredOn(p -> p.path("number").asText().toUpperCase().contains("118")
                        && "CPS-2026-0101".equals(p.path("contract").asText()))
                .hasSize(1);
    }

    @Test
    void aPeriodWithoutAPlanRowFailsListingThePlanAndTheReferenceColumnPicksARow() throws Exception {
        MockPortalApi api = start();
        Path sheetFile = SampleWorkbook.payments("Notas", "Soportes", "Referencia del plan")
                .row("CPS-2026-0102", "Noviembre 2062", "P-62", "No", 4_000_000, 4_000_000, "Pago de 2062", ZIP, null)
                .row(
                        "CPS-2026-0102",
                        "Noviembre 2062",
                        "P-63",
                        "No",
                        4_000_000,
                        4_000_000,
                        "Pago 12",
                        ZIP,
                        "Pago 12 de 12")
                .save(dir.resolve("plan.xlsx"));

        BatchSummary summary = run(sheetFile, false, BatchJob.Mail.off(), "plan");

        assertThat(summary.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.FAILED, RowStatus.SENT);
        assertThat(summary.outcomes().get(0).message())
                .contains(
                        "Noviembre 2062",
                        "«Pago 1 de 12» (31/01/2026",
                        "«Pago 12 de 12» (31/12/2026",
                        "Referencia del plan");
        assertThat(api.payments()).extracting(p -> p.path("number").asText()).doesNotContain("P-62");
        assertThat(api.payment("CPS-2026-0102", "P-63").path("reference").asText())
                .isEqualTo("Pago 12 de 12");
    }

    @Test
    void aDraftFromAnEarlierSheetLosesItsOldZipAndOnlyTheSheetsOneIsSent() throws Exception {
        MockPortalApi api = start();
        Path oldZip = Zips.write(dir.resolve("soportes-version-1.zip"), "informe.txt", "primera versión");
        BatchSummary dryRun = run(
                oneRow("antes.xlsx", "R-400", 2_000_000, "Cuenta R-400", oldZip), true, BatchJob.Mail.off(), "ensayo");
        assertThat(dryRun.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.DRY_RUN);
        assertThat(documentNames(api.payment("CPS-2026-0101", "R-400"))).containsExactly("soportes-version-1.zip");

        Path newZip = Zips.write(dir.resolve("soportes-version-2.zip"), "informe.txt", "segunda versión, corregida");
        BatchSummary real = run(
                oneRow("despues.xlsx", "R-400", 2_000_000, "Cuenta R-400", newZip), false, BatchJob.Mail.off(), "real");

        RowOutcome outcome = real.outcomes().get(0);
        assertThat(outcome.status())
                .as(outcome.message() + " " + outcome.steps())
                .isEqualTo(RowStatus.SENT);
        JsonNode sent = api.payment("CPS-2026-0101", "R-400");
        assertThat(sent.path("state").asText()).isEqualTo(SENT);
        assertThat(documentNames(sent)).containsExactly("soportes-version-2.zip");
        assertThat(outcome.steps())
                .anyMatch(s -> s.contains("Quitó del formulario el documento «soportes-version-1.zip"));
        assertThat(outcome.portal())
                .hasValueSatisfying(p -> assertThat(p.documentList())
                        .startsWith("soportes-version-2.zip")
                        .doesNotContain("version-1"));
    }

    @Test
    void aDraftWhoseZipHasTheSheetsNameAndSizeButOtherBytesGetsTheSheetsZipCheckedBySha256() throws Exception {
        MockPortalApi api = start();
        Path zip = dir.resolve("soportes.zip");
        Zips.write(zip, "informe.txt", "informe de noviembre, version 1");
        AttachedDocument first = AttachedDocument.of(zip);
        BatchSummary dryRun =
                run(oneRow("antes.xlsx", "R-450", 2_000_000, "Cuenta R-450", zip), true, BatchJob.Mail.off(), "ensayo");
        assertThat(dryRun.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.DRY_RUN);

        // The corrected file keeps its name and, here, its exact size: only the bytes tell them apart.
        Zips.write(zip, "informe.txt", "informe de noviembre, version 2");
        AttachedDocument second = AttachedDocument.of(zip);
        assertThat(second.bytes()).isEqualTo(first.bytes());
        assertThat(second.sha256()).isNotEqualTo(first.sha256());
        BatchSummary real = run(
                oneRow("despues.xlsx", "R-450", 2_000_000, "Cuenta R-450", zip), false, BatchJob.Mail.off(), "real");

        RowOutcome outcome = real.outcomes().get(0);
        assertThat(outcome.status())
                .as(outcome.message() + " " + outcome.steps())
                .isEqualTo(RowStatus.SENT);
        JsonNode sent = api.payment("CPS-2026-0101", "R-450");
        assertThat(sent.path("state").asText()).isEqualTo(SENT);
        assertThat(MockPortalApi.Payment.of(sent).documents())
                .extracting(MockPortalApi.Document::sha256)
                .as("el portal guarda el ZIP de la hoja, no el del borrador")
                .containsExactly(second.sha256());
        assertThat(outcome.steps()).anyMatch(s -> s.contains("Quitó del formulario el documento «soportes.zip"));
    }

    @Test
    void aCorrectionOfARejectedRequestSendsOnlyTheSheetsZipNotTheRejectedOne() throws Exception {
        MockPortalApi api = start();
        Path rejectedZip = Zips.write(dir.resolve("soportes-rechazados.zip"), "informe.txt", "sin firma");
        BatchSummary first = run(
                oneRow("primera.xlsx", "R-500", 2_000_000, "Cuenta R-500", rejectedZip),
                false,
                BatchJob.Mail.off(),
                "primera");
        assertThat(first.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.SENT);
        api.reject(api.payment("CPS-2026-0101", "R-500").path("paymentId").asText(), "Falta la firma del informe");

        Path fixedZip = Zips.write(dir.resolve("soportes-firmados.zip"), "informe.txt", "con firma");
        BatchSummary again = run(
                oneRow("segunda.xlsx", "R-500", 2_000_000, "Cuenta R-500", fixedZip),
                false,
                BatchJob.Mail.off(),
                "segunda");

        RowOutcome outcome = again.outcomes().get(0);
        assertThat(outcome.status())
                .as(outcome.message() + " " + outcome.steps())
                .isEqualTo(RowStatus.CORRECTED);
        JsonNode corrected = api.payment("CPS-2026-0101", "R-500");
        assertThat(corrected.path("state").asText()).isEqualTo(SENT);
        assertThat(documentNames(corrected)).containsExactly("soportes-firmados.zip");
    }

    // ------------------------------------------------------------------ helpers

    private static List<String> documentNames(JsonNode payment) {
        return MockPortalApi.Payment.of(payment).documentNames();
    }

    private Path oneRow(String name, String number, long value, String notes, Path zip) {
        return SampleWorkbook.payments("Notas", "Soportes")
                .row("CPS-2026-0101", "Noviembre 2026", number, "No", value, value, notes, zip.toString())
                .save(dir.resolve(name));
    }

    private Path oneRow(String name, String number, long value, String notes) {
        return SampleWorkbook.payments("Notas", "Soportes", "Correo supervisor")
                .row(
                        "CPS-2026-0101",
                        "Noviembre 2026",
                        number,
                        "No",
                        value,
                        value,
                        notes,
                        ZIP,
                        "supervisor@entidad.example")
                .save(dir.resolve(name));
    }

    private static PaymentRow copy(PaymentRow row, int rowNumber, String number, String notes) {
        return new PaymentRow(
                rowNumber,
                row.contract(),
                row.period(),
                number,
                false,
                null,
                row.netValue(),
                row.totalValue(),
                Optional.empty(),
                notes,
                row.supports(),
                Optional.empty(),
                Optional.empty(),
                row.cellTexts());
    }

    private BatchSummary run(Path spreadsheet, boolean dryRun, BatchJob.Mail mail, String folderName) throws Exception {
        PaymentSheet sheet = new PaymentSheetReader().read(spreadsheet);
        ValidationReport validation = new PaymentValidator().validate(sheet);
        assertThat(validation.problems()).isEmpty();
        return run(sheet, validation, dryRun, mail, folderName);
    }

    private BatchSummary run(
            PaymentSheet sheet, ValidationReport validation, boolean dryRun, BatchJob.Mail mail, String folderName) {
        return SimulatorBatch.run(simulator, dir, sheet, validation, dryRun, mail, folderName, TestBrowsers.settings());
    }

    private static SmtpSettings smtpSettings() {
        return SimulatorBatch.smtp(smtp.getSmtp().getPort());
    }

    /** The first data row of «Resultados», header → text. */
    private static Map<String, String> resultsRow(Path workbook) throws Exception {
        try (Workbook book = WorkbookFactory.create(workbook.toFile())) {
            Sheet sheet = book.getSheet(ResultsWorkbook.RESULTS_SHEET);
            Row header = sheet.getRow(0);
            Row row = sheet.getRow(1);
            DataFormatter formatter = new DataFormatter();
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                values.put(formatter.formatCellValue(header.getCell(c)), formatter.formatCellValue(row.getCell(c)));
            }
            return values;
        }
    }
}
