package co.secop.robot.run;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.notification.PendingNotices;
import co.secop.robot.notification.SmtpSettings;
import co.secop.robot.simulator.PaymentFormMode;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.SimulatorBatch;
import co.secop.robot.testsupport.Simulators;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The monthly batch on the sample spreadsheet, against the bundled simulator in headless Chromium. */
class BatchJobTest {

    private static final Path DEMO = Path.of("sample-data/pagos-demo.xlsx");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @RegisterExtension
    final Simulators simulators = new Simulators();

    private Simulator simulator;

    @Test
    void filesEveryRowMailsTheSupervisorsAndASecondRunChangesNothing() throws Exception {
        // Repeated numbers allowed: the second run changes nothing because the robot reads the portal first.
        simulator = simulators.start(SimulatorOptions.defaults().withRepeatedNumbersAllowed(true));
        BatchJob.Mail mail = new BatchJob.Mail(true, Optional.of(smtpSettings()));

        BatchSummary summary = run(false, mail, "primera");

        assertThat(summary.outcomes())
                .extracting(RowOutcome::status)
                .containsExactly(RowStatus.SENT, RowStatus.SENT, RowStatus.CORRECTED, RowStatus.SENT, RowStatus.SENT);
        assertThat(summary.outcomes())
                .allSatisfy(o -> assertThat(o.portalState()).contains("Enviado a la entidad estatal"));
        MockPortalApi api = new MockPortalApi(simulator.baseUrl());
        JsonNode withPlanilla = api.payment("CPS-2026-0104", "011");
        assertPayment(
                withPlanilla,
                false,
                "3500000.00",
                "3500000.00",
                "Cuenta de cobro 011 del contrato CPS-2026-0104, noviembre de 2026",
                "cps-2026-0104-noviembre.zip");
        assertThat(withPlanilla.path("planillas").get(0).path("number").asText())
                .isEqualTo("9523456711");
        assertPayment(
                api.payment("CPS-2026-0101", "011"),
                false,
                "3500000.00",
                "3500000.00",
                "Cuenta de cobro 011 del contrato CPS-2026-0101, noviembre de 2026",
                "cps-2026-0101-noviembre.zip");
        JsonNode plan = api.payment("CPS-2026-0102", "011");
        assertPayment(
                plan,
                false,
                "4000000.00",
                "4000000.00",
                "Pago 11 de 12 del plan de pagos de la entidad",
                "cps-2026-0102-noviembre.zip");
        assertThat(plan.path("reference").asText()).isEqualTo("Pago 11 de 12");
        JsonNode corrected = api.payment("CPS-2026-0103", "002");
        assertThat(corrected.path("paymentId").asText()).isEqualTo("PP-7784303-2");
        assertPayment(
                corrected,
                false,
                "3000000.00",
                "3000000.00",
                "Corrección del pago 002: informe de actividades firmado por el supervisor",
                "cps-2026-0103-pago-002.zip");
        JsonNode invoice = api.payment("CPS-2026-0301", "FE-2026-118");
        assertPayment(
                invoice,
                true,
                "10000000.00",
                "11900000.00",
                "Factura electrónica FE-2026-118, servicios de consultoría de noviembre de 2026",
                "cps-2026-0301-factura-fe-2026-118.zip");
        assertThat(invoice.path("cufe").asText()).startsWith("852ddc9f94e9ec44").hasSize(96);
        assertThat(api.payments().stream()
                        .filter(p -> p.path("contract").asText().equals("CPS-2026-0103")))
                .hasSize(2);
        try (var evidence = Files.list(dir.resolve("primera/evidencias"))) {
            assertThat(evidence).hasSize(5);
        }
        assertThat(smtp.getReceivedMessages())
                .extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder(
                        "supervisor.0101@gestionpublica.example",
                        "supervisor.0102@gestionpublica.example",
                        "supervisor.0103@gestionpublica.example",
                        "interventoria@gestionpublica.example",
                        "supervisor.0104@gestionpublica.example");
        assertThat(summary.outcomes())
                .allSatisfy(o -> assertThat(o.message()).contains("Correo enviado al supervisor"));
        // Each e-mail carries its payment's receipt, the same file the run left in comprobantes/.
        for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
            jakarta.mail.BodyPart receipt = ((jakarta.mail.internet.MimeMultipart) message.getContent()).getBodyPart(1);
            assertThat(receipt.getFileName())
                    .startsWith("comprobante-radicacion-")
                    .endsWith(".pdf");
            byte[] attached = receipt.getInputStream().readAllBytes();
            assertThat(attached).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            try (var files = Files.list(dir.resolve("primera/comprobantes"))) {
                assertThat(files.map(f -> {
                            try {
                                return java.util.Arrays.equals(Files.readAllBytes(f), attached);
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }))
                        .containsOnlyOnce(true);
            }
        }
        assertThat(PendingNotices.in(dir.resolve("primera")).all()).hasSize(5).allMatch(PendingNotices.Stored::sent);
        String before = api.payments().toString();

        BatchSummary again = run(false, mail, "segunda");

        assertThat(again.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.ALREADY_FILED);
        assertThat(again.outcomes())
                .allSatisfy(o ->
                        assertThat(o.message()).contains("No se envió de nuevo").doesNotContain("Correo"));
        assertThat(api.payments().toString()).isEqualTo(before);
        assertThat(smtp.getReceivedMessages()).hasSize(5);
    }

    @Test
    void theDryRunFillsTheFormInASeparateWindowNeverSendsAndTheNextRunSendsWhatItLeft() throws Exception {
        simulator = simulators.start(SimulatorOptions.defaults()
                .withPaymentFormMode(PaymentFormMode.WINDOW)
                .withRepeatedNumbersAllowed(true));

        BatchSummary summary = run(true, new BatchJob.Mail(true, Optional.of(smtpSettings())), "ensayo");

        assertThat(summary.dryRun()).isTrue();
        assertThat(summary.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.DRY_RUN);
        MockPortalApi api = new MockPortalApi(simulator.baseUrl());
        assertThat(api.payments())
                .filteredOn(p ->
                        !p.path("number").isNull() && !p.path("number").asText().equals("001"))
                .extracting(p -> p.path("state").asText())
                .containsOnly("Borrador");
        assertThat(api.payment("CPS-2026-0301", "FE-2026-118").path("documents"))
                .hasSize(1);
        assertThat(smtp.getReceivedMessages()).isEmpty();

        BatchSummary real = run(false, BatchJob.Mail.off(), "real");

        // The dry run left every entry confirmed ("Borrador"): the real run only presses "Enviar".
        assertThat(real.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.SENT);
        assertThat(api.payments())
                .filteredOn(p -> !p.path("number").asText().equals("001")
                        && !p.path("number").isNull())
                .extracting(p -> p.path("state").asText())
                .containsOnly("Enviado a la entidad estatal");
    }

    @Test
    void aFailedMailKeepsTheUploadAndWaitsForNotificar() throws Exception {
        simulator = simulators.start(SimulatorOptions.defaults());
        SmtpSettings down =
                new SmtpSettings("127.0.0.1", 1, Optional.empty(), Optional.empty(), "robot@example.org", false);

        Path oneRow = co.secop.robot.spreadsheet.SampleWorkbook.payments("Soportes", "Correo supervisor")
                .row(
                        "CPS-2026-0101",
                        "Noviembre 2026",
                        "011",
                        "No",
                        3500000,
                        3500000,
                        Path.of("sample-data/soportes/cps-2026-0101-noviembre.zip")
                                .toAbsolutePath()
                                .toString(),
                        "supervisor@entidad.example")
                .save(dir.resolve("una-fila.xlsx"));

        BatchSummary summary = run(oneRow, false, new BatchJob.Mail(true, Optional.of(down)), "sin-correo");

        assertThat(summary.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.SENT);
        assertThat(summary.outcomes().get(0).message()).contains("./secop notificar");
        assertThat(PendingNotices.in(dir.resolve("sin-correo")).all())
                .hasSize(1)
                .noneMatch(PendingNotices.Stored::sent);
        // The e-mail waiting for «notificar» takes the receipt written at the end of the run.
        PendingNotices.Stored waiting =
                PendingNotices.in(dir.resolve("sin-correo")).all().get(0);
        Path receipt =
                dir.resolve("sin-correo/comprobantes/comprobante-fila-2.pdf").toAbsolutePath();
        assertThat(receipt).isRegularFile();
        assertThat(waiting.receipt()).isEqualTo(receipt.toString());
        new co.secop.robot.notification.SupervisorMailer(smtpSettings()).send(waiting.notice());
        jakarta.mail.internet.MimeMultipart parts =
                (jakarta.mail.internet.MimeMultipart) smtp.getReceivedMessages()[0].getContent();
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("comprobante-radicacion-CPS-2026-0101-011.pdf");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(Files.readAllBytes(receipt));
        assertThat(new MockPortalApi(simulator.baseUrl())
                        .payment("CPS-2026-0101", "011")
                        .path("state")
                        .asText())
                .isEqualTo("Enviado a la entidad estatal");
    }

    private BatchSummary run(boolean dryRun, BatchJob.Mail mail, String folderName) throws Exception {
        return run(DEMO, dryRun, mail, folderName);
    }

    private BatchSummary run(Path spreadsheet, boolean dryRun, BatchJob.Mail mail, String folderName) throws Exception {
        return SimulatorBatch.run(simulator, dir, spreadsheet, dryRun, mail, folderName);
    }

    private static SmtpSettings smtpSettings() {
        return SimulatorBatch.smtp(smtp.getSmtp().getPort());
    }

    private static void assertPayment(
            JsonNode payment, boolean electronic, String net, String total, String notes, String document) {
        // A corrected entry keeps the documents of its first sending; the new ZIP comes last.
        SimulatorBatch.assertSent(payment, total, document);
        assertThat(payment.path("electronicInvoice").asBoolean()).isEqualTo(electronic);
        assertThat(payment.path("netValue").decimalValue()).isEqualByComparingTo(new BigDecimal(net));
        assertThat(payment.path("notes").asText()).isEqualTo(notes);
        JsonNode documents = payment.path("documents");
        assertThat(documents.get(documents.size() - 1).path("sha256").asText()).hasSize(64);
    }
}
