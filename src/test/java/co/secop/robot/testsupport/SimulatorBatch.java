package co.secop.robot.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.notification.SmtpSettings;
import co.secop.robot.portal.PortalSettings;
import co.secop.robot.report.RunFolder;
import co.secop.robot.run.BatchJob;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.spreadsheet.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * {@code cargar} in this JVM against a simulator, as contratista.demo in headless Chromium (portal timeout 30 s):
 * results in {@code dir/<folderName>}, journal {@code dir/diario.json}.
 */
public final class SimulatorBatch {

    private SimulatorBatch() {}

    public static BatchSummary run(
            Simulator simulator, Path dir, Path spreadsheet, boolean dryRun, BatchJob.Mail mail, String folderName)
            throws Exception {
        PaymentSheet sheet = new PaymentSheetReader().read(spreadsheet);
        return run(
                simulator,
                dir,
                sheet,
                new PaymentValidator().validate(sheet),
                dryRun,
                mail,
                folderName,
                TestBrowsers.settings());
    }

    /** {@code browser}: {@link TestBrowsers#settings()}, or e.g. a Grid. */
    public static BatchSummary run(
            Simulator simulator,
            Path dir,
            PaymentSheet sheet,
            ValidationReport validation,
            boolean dryRun,
            BatchJob.Mail mail,
            String folderName,
            BrowserSettings browser) {
        RunFolder folder = RunFolder.create(dir.resolve(folderName), dir, LocalDateTime.now());
        BatchOptions options = options(
                simulator.loginUrl(),
                "contratista.demo",
                "Demo2026*",
                dryRun,
                folder.root().resolve("soportes"));
        BatchJob.Request request = new BatchJob.Request(
                sheet,
                validation,
                options,
                browser,
                PortalSettings.defaults().withTimeout(Duration.ofSeconds(30)),
                folder,
                dir.resolve("diario.json"),
                mail);
        return new BatchJob().run(request, new BatchRunner.Listener() {});
    }

    /** The options of a batch on {@code loginUrl}: no company chosen, ZIPs up to 10 MB. */
    public static BatchOptions options(String loginUrl, String user, String password, boolean dryRun, Path supports) {
        return new BatchOptions(
                loginUrl, user, password.toCharArray(), Optional.empty(), dryRun, 10L * 1024 * 1024, supports);
    }

    /** The contractor's mail through a local SMTP server on {@code port}. */
    public static SmtpSettings smtp(int port) {
        return new SmtpSettings(
                "127.0.0.1", port, Optional.empty(), Optional.empty(), "juana.perez@correo.example", false);
    }

    /** «Enviado a la entidad estatal» with this total, and this ZIP as its last document. */
    public static void assertSent(JsonNode payment, String total, String document) {
        assertThat(payment.path("state").asText()).isEqualTo(MockPortalApi.SENT);
        assertThat(payment.path("totalValue").decimalValue()).isEqualByComparingTo(new BigDecimal(total));
        assertThat(MockPortalApi.lastDocumentName(payment)).isEqualTo(document);
    }
}
