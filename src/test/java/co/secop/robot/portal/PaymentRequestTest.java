package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.format.PortalDates;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole manual flow in the default mode (form in a modal iframe). */
class PaymentRequestTest extends SimulatorTestSupport {

    private static final LocalDateTime DUE = LocalDateTime.of(2026, 12, 31, 23, 59);

    @Test
    void createsWithoutElectronicInvoiceAttachesConfirmsAndSends() {
        PaymentPlanSection plan = plan("contratista.demo", JUANA, "CPS-2026-0101");
        assertThat(plan.hasCreateButton()).isTrue();
        Path zip = zip("soportes-noviembre.zip");

        PaymentRequestForm form = plan.create()
                .electronicInvoice(false)
                .invoiceNumber("CC-2026-011")
                .dueDate(DUE)
                .netValue(new BigDecimal("3300000"))
                .totalValue(new BigDecimal("3500000.00"))
                .notes("Cuenta de cobro de noviembre");
        assertThat(form.inSeparateWindow()).isFalse();
        assertThat(form.attach(zip).attachedDocuments()).containsExactly("soportes-noviembre.zip");

        PaymentFormValues values = form.values();
        assertThat(values.electronicInvoice()).contains(false);
        assertThat(values.invoiceNumber()).isEqualTo("CC-2026-011");
        assertThat(values.dueDate()).isEqualTo("31/12/2026 23:59");
        assertThat(values.netValue()).isEqualTo("3.300.000,00");
        assertThat(values.totalValue()).isEqualTo("3.500.000,00");
        assertThat(values.issueDate()).isNotBlank();

        plan = form.confirm();
        PaymentEntry entry = plan.entry("CC-2026-011").orElseThrow();
        assertThat(entry.state()).isEqualTo("Borrador");
        assertThat(entry.totalValue()).isEqualTo("3.500.000,00 COP");
        assertThat(entry.actions()).containsExactlyInAnyOrder("Registro", "Enviar", "Borrar", "Detalle");

        plan = plan.send(entry);
        assertThat(plan.lastConfirmation())
                .hasValueSatisfying(q ->
                        assertThat(q).contains("¿Está seguro de enviar la solicitud de pago a la entidad estatal?"));
        PaymentEntry sent = plan.entry(entry.paymentId()).orElseThrow();
        assertThat(sent.state()).isEqualTo("Enviado a la entidad estatal");
        assertThat(sent.actions()).containsExactly("Detalle");

        JsonNode stored = api.payment(entry.paymentId());
        assertThat(stored.path("contract").asText()).isEqualTo("CPS-2026-0101");
        assertThat(stored.path("number").asText()).isEqualTo("CC-2026-011");
        assertThat(stored.path("electronicInvoice").asBoolean()).isFalse();
        assertThat(stored.path("netValue").decimalValue()).isEqualByComparingTo("3300000");
        assertThat(stored.path("totalValue").decimalValue()).isEqualByComparingTo("3500000");
        assertThat(stored.path("notes").asText()).isEqualTo("Cuenta de cobro de noviembre");
        assertThat(stored.path("state").asText()).isEqualTo("Enviado a la entidad estatal");
        assertThat(stored.path("documents")).hasSize(1);
        assertThat(stored.path("documents").get(0).path("name").asText()).isEqualTo("soportes-noviembre.zip");
        assertThat(stored.path("documents").get(0).path("sha256").asText()).isEqualToIgnoringCase(sha256(zip));
    }

    @Test
    void createsWithAnElectronicInvoiceValidatedAgainstTheDian() {
        String cufe = api.registerCufe("FE-2026-200", "2380000.00");
        PaymentPlanSection plan = plan("contratista.demo", JUANA, "CPS-2026-0101");
        PaymentRequestForm form = plan.create()
                .electronicInvoice(true)
                .cufe(cufe)
                .invoiceNumber("FE-2026-200")
                .dueDate(DUE)
                .netValue(new BigDecimal("2000000"))
                .totalValue(new BigDecimal("2380000"));
        assertThat(form.validateCufe()).isEqualTo("CUFE validado ante la DIAN.");
        assertThat(form.cufeValidated()).isTrue();
        plan = form.attach(zip("fe-2026-200.zip")).confirm();
        PaymentEntry entry = plan.entry("FE-2026-200").orElseThrow();
        assertThat(entry.state()).isEqualTo("Borrador");
        plan = plan.send(entry);
        assertThat(plan.entry("FE-2026-200").orElseThrow().state()).isEqualTo("Enviado a la entidad estatal");

        JsonNode stored = api.payment(entry.paymentId());
        assertThat(stored.path("electronicInvoice").asBoolean()).isTrue();
        assertThat(stored.path("cufe").asText()).isEqualToIgnoringCase(cufe);
    }

    @Test
    void showsTheDiansMessagesForBadCufes() {
        PaymentRequestForm form = plan("contratista.demo", JUANA, "CPS-2026-0101")
                .create()
                .electronicInvoice(true)
                .invoiceNumber("FE-9")
                .netValue(new BigDecimal("1000000"))
                .totalValue(new BigDecimal("1000000"));
        assertThat(form.cufe("ABC123").validateCufe()).isEqualTo("El CUFE debe tener 96 caracteres hexadecimales.");
        assertThat(form.cufeValidated()).isFalse();
        assertThat(form.cufe("ab".repeat(48)).validateCufe()).isEqualTo("El CUFE no está registrado en la DIAN.");
        // The same answer twice is still read as the answer to the second click.
        assertThat(form.validateCufe()).isEqualTo("El CUFE no está registrado en la DIAN.");

        String cufe = api.registerCufe("FE-2026-300", "5000000.00");
        assertThat(form.cufe(cufe).validateCufe())
                .isEqualTo("El número de factura no coincide con el registrado en la DIAN para este CUFE.");
        assertThat(form.invoiceNumber("FE-2026-300").validateCufe())
                .isEqualTo("El valor total no coincide con el registrado en la DIAN para este CUFE.");
        PaymentPlanSection plan = form.cancel();
        assertThat(plan.entries()).isEmpty();
    }

    @Test
    void reportsTheValidationMessagesAndLetsTheUserFixThem() {
        PaymentRequestForm form = plan("contratista.demo", JUANA, "CPS-2026-0101")
                .create()
                .electronicInvoice(false)
                .invoiceNumber("CC-NETO")
                .dueDate(DUE)
                .netValue(new BigDecimal("5000000"))
                .totalValue(new BigDecimal("4000000"));
        assertThatThrownBy(form::confirm)
                .isInstanceOfSatisfying(
                        PortalValidationException.class,
                        e -> assertThat(e.messages())
                                .contains(
                                        "El valor neto no puede ser mayor que el valor total.",
                                        "Debe anexar al menos un documento."));
        form.netValue(new BigDecimal("4000000")).attach(zip("neto.zip"));
        PaymentPlanSection plan = form.confirm();
        assertThat(plan.entry("CC-NETO").orElseThrow().state()).isEqualTo("Borrador");
    }

    @Test
    void anEmptyFormListsEveryRequiredField() {
        PaymentRequestForm form =
                plan("contratista.demo", JUANA, "CPS-2026-0101").create();
        assertThatThrownBy(form::confirm)
                .isInstanceOfSatisfying(
                        PortalValidationException.class,
                        e -> assertThat(e.messages()).hasSizeGreaterThan(2))
                .hasMessageStartingWith("SECOP II no aceptó la solicitud de pago:");
        form.cancel();
    }

    @Test
    void theUploadWindowReportsARefusedFile() {
        PaymentRequestForm form =
                plan("contratista.demo", JUANA, "CPS-2026-0101").create();
        Path pdf = plainFile("informe.pdf");
        assertThatThrownBy(() -> form.attach(pdf))
                .isInstanceOf(DocumentUploadException.class)
                .hasMessageContaining("Solo se permiten archivos .zip.");
        assertThat(driver.getWindowHandles()).hasSize(1);
        // The form is still usable.
        assertThat(form.attach(zip("bueno.zip")).attachedDocuments()).containsExactly("bueno.zip");
        form.cancel();
    }

    @Test
    void registersARowOfTheEntitysPlanDespiteThePendingModificationStep() {
        PaymentPlanSection plan = plan("contratista.demo", JUANA, "CPS-2026-0102");
        assertThat(plan.hasCreateButton()).isFalse();
        List<PaymentEntry> entries = plan.entries();
        assertThat(entries).hasSize(12).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo("Pendiente");
            assertThat(e.actions()).containsExactly("Registro");
        });
        PaymentEntry november = entries.stream()
                .filter(e -> e.reference().equals("Pago 11 de 12"))
                .findFirst()
                .orElseThrow();
        assertThat(november.expectedDate()).contains(LocalDate.of(2026, 11, 30));

        PaymentRequestForm form = plan.register(november);
        assertThat(form.values().documents()).isEmpty();
        plan = form.electronicInvoice(false)
                .invoiceNumber("CC-0102-11")
                .dueDate(LocalDateTime.of(2026, 11, 30, 23, 59))
                .netValue(new BigDecimal("3700000"))
                .totalValue(new BigDecimal("4000000"))
                .attach(zip("pago-11.zip"))
                .confirm();
        PaymentEntry registered = plan.entry(november.paymentId()).orElseThrow();
        assertThat(registered.invoiceNumber()).isEqualTo("CC-0102-11");
        assertThat(registered.state()).isEqualTo("Borrador");
        assertThat(registered.reference()).isEqualTo("Pago 11 de 12");

        plan = plan.send(registered);
        assertThat(plan.entry(november.paymentId()).orElseThrow().state()).isEqualTo("Enviado a la entidad estatal");
        JsonNode stored = api.payment(november.paymentId());
        assertThat(stored.path("contract").asText()).isEqualTo("CPS-2026-0102");
        assertThat(stored.path("reference").asText()).isEqualTo("Pago 11 de 12");
        assertThat(stored.path("state").asText()).isEqualTo("Enviado a la entidad estatal");
    }

    @Test
    void aRejectedRequestIsEditedCorrectedAndSentAgainWithTheSamePaymentId() {
        PaymentPlanSection plan = plan("contratista.demo", JUANA, "CPS-2026-0101");
        plan = plan.create()
                .electronicInvoice(false)
                .invoiceNumber("CC-RECHAZO")
                .dueDate(DUE)
                .netValue(new BigDecimal("3000000"))
                .totalValue(new BigDecimal("3000000"))
                .attach(zip("primera.zip"))
                .confirm();
        String paymentId = plan.entry("CC-RECHAZO").orElseThrow().paymentId();
        plan.send(plan.entry(paymentId).orElseThrow());

        api.reject(paymentId, "Falta la planilla de seguridad social.");
        plan = new HeaderMenu(portal)
                .openMyContracts()
                .openDetail("CPS-2026-0101")
                .openPaymentPlan();
        PaymentEntry rejected = plan.entry(paymentId).orElseThrow();
        assertThat(rejected.state()).isEqualTo("Rechazado");
        assertThat(rejected.actions()).containsExactly("Detalle");

        PaymentDetailView detail = plan.openDetail(rejected);
        assertThat(detail.state()).isEqualTo("Rechazado");
        assertThat(detail.rejectionReason()).contains("Falta la planilla de seguridad social.");
        assertThat(detail.documents()).containsExactly("primera.zip");
        assertThat(detail.invoiceNumber()).isEqualTo("CC-RECHAZO");
        assertThat(detail.canEdit()).isTrue();
        plan = detail.edit();
        PaymentEntry editing = plan.entry(paymentId).orElseThrow();
        assertThat(editing.state()).isEqualTo("En edición");
        assertThat(editing.actions()).contains("Registro", "Enviar");

        PaymentRequestForm form = plan.register(editing);
        PaymentFormValues before = form.values();
        assertThat(before.invoiceNumber()).isEqualTo("CC-RECHAZO");
        assertThat(before.totalValue()).isEqualTo("3.000.000,00");
        assertThat(before.documents()).containsExactly("primera.zip");
        plan = form.notes("Se anexa la planilla").attach(zip("corregida.zip")).confirm();
        PaymentEntry corrected = plan.entry(paymentId).orElseThrow();
        assertThat(corrected.state()).isEqualTo("Borrador");
        plan = plan.send(corrected);
        assertThat(plan.entry(paymentId).orElseThrow().state()).isEqualTo("Enviado a la entidad estatal");

        JsonNode stored = api.payment(paymentId);
        assertThat(stored.path("state").asText()).isEqualTo("Enviado a la entidad estatal");
        assertThat(stored.path("notes").asText()).isEqualTo("Se anexa la planilla");
        assertThat(stored.path("documents").findValuesAsText("name")).contains("corregida.zip");
        assertThat(stored.path("history").findValuesAsText("state")).contains("Rechazado", "En edición");
        assertThat(api.payments("CPS-2026-0101")).hasSize(1);
    }

    @Test
    void seededPaidAndRejectedRequestsOfferOnlyWhatTheirStateAllows() {
        PaymentPlanSection plan = plan("contratista.demo", JUANA, "CPS-2026-0103");
        PaymentEntry paid = plan.entry("001").orElseThrow();
        assertThat(paid.state()).isEqualTo("Pagado");
        assertThat(paid.actions()).containsExactly("Detalle");
        PaymentDetailView detail = plan.openDetail(paid);
        assertThat(detail.inSeparateWindow()).isFalse();
        assertThat(detail.canEdit()).isFalse();
        assertThat(detail.rejectionReason()).isEmpty();
        plan = detail.back();
        PaymentEntry rejected = plan.entry("002").orElseThrow();
        assertThat(rejected.state()).isEqualTo("Rechazado");
        assertThat(plan.openDetail(rejected).rejectionReason())
                .contains("El informe de actividades no tiene la firma del supervisor.");
    }

    @Test
    void deletesADraft() {
        PaymentPlanSection plan = plan("contratista.demo", JUANA, "CPS-2026-0101");
        plan = plan.create()
                .electronicInvoice(false)
                .invoiceNumber("CC-BORRAR")
                .dueDate(DUE)
                .netValue(new BigDecimal("1000000"))
                .totalValue(new BigDecimal("1000000"))
                .attach(zip("borrar.zip"))
                .confirm();
        plan = plan.delete(plan.entry("CC-BORRAR").orElseThrow());
        assertThat(plan.entry("CC-BORRAR")).isEmpty();
        assertThat(api.payments("CPS-2026-0101")).isEmpty();
    }

    @Test
    void theDueDateIsTypedInThePortalsFormat() {
        PaymentRequestForm form =
                plan("contratista.demo", JUANA, "CPS-2026-0101").create();
        String issue = form.values().issueDate();
        assertThat(PortalDates.parseInput(issue)).isNotNull();
        form.dueDate(LocalDateTime.of(2027, 1, 5, 8, 30));
        assertThat(form.values().dueDate()).isEqualTo("05/01/2027 08:30");
        form.cancel();
    }

    @Test
    void aBoxWithAQuestionTheRobotDoesNotKnowStopsWithItsTextAndNothingIsSent() {
        // The same portal, but a robot whose list of known questions for «Enviar» does not hold the portal's.
        PortalSession strict = new PortalSession(
                driver,
                portal.settings()
                        .withLocators(portal.settings()
                                .locators()
                                .overriddenBy(
                                        "dialogo.preguntas.enviar.valor = [\"una pregunta que el portal no hace\"]")));
        PaymentPlanSection plan = strict.openLogin(simulator.loginUrl())
                .signIn("contratista.demo", PASSWORD)
                .enter(JUANA)
                .header()
                .openMyContracts()
                .openDetail("CPS-2026-0101")
                .openPaymentPlan();
        plan = plan.create()
                .electronicInvoice(false)
                .invoiceNumber("CC-PREGUNTA")
                .dueDate(DUE)
                .netValue(new BigDecimal("1000000"))
                .totalValue(new BigDecimal("1000000"))
                .attach(zip("pregunta.zip"))
                .confirm();
        PaymentEntry entry = plan.entry("CC-PREGUNTA").orElseThrow();
        PaymentPlanSection finalPlan = plan;

        assertThatThrownBy(() -> finalPlan.send(entry))
                .isInstanceOf(UnexpectedDialogException.class)
                .hasMessageContaining("¿Está seguro de enviar la solicitud de pago a la entidad estatal?")
                .hasMessageContaining("no envió nada");

        assertThat(api.payment(entry.paymentId()).path("state").asText()).isEqualTo("Borrador");
    }
}
