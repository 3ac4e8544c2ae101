package co.secop.robot.simulator;

import static co.secop.robot.simulator.PortalClient.attr;
import static co.secop.robot.simulator.PortalClient.has;
import static co.secop.robot.simulator.PortalClient.text;
import static co.secop.robot.testsupport.Zips.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.simulator.PortalClient.ContractPage;
import co.secop.robot.simulator.PortalClient.PaymentForm;
import co.secop.robot.simulator.PortalClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The social-security block (portal reference §20) over HTTP: where it appears, the SICOPI stand-in and its
 * 2 to 4 business days, the simulator's refusal of «Confirmar» and «Enviar» without «Consulta exitosa», and the
 * switch that turns that refusal off.
 */
class SocialSecurityHttpTest extends SimulatorHttpSupport {

    private static final long BLOCK_CONTRACT = 7784304;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @BeforeEach
    void signIn() {
        client.loginJuana();
    }

    @AfterEach
    void refusalBackOn() {
        api.write("planillas/refusal", "{\"refuse\":true}");
    }

    @Test
    void theBlockAppearsOnlyForServicesByDirectContractingOfANaturalPerson() {
        PaymentForm withBlock = client.contract(BLOCK_CONTRACT).openForm("btnCreatePaymentButton");
        assertThat(has(withBlock.html, "fdsSocialSecurity")).isTrue();
        assertThat(withBlock.html)
                .contains(
                        "<legend>Pago de seguridad social</legend>",
                        "<td>Número de planilla</td>",
                        "<td>Fecha de pago</td>");
        assertThat(attr(withBlock.html, "btnValidatePlanilla_0", "value")).isEqualTo("Validar");

        PaymentForm minimumAmount = client.contract(7784301).openForm("btnCreatePaymentButton");
        assertThat(has(minimumAmount.html, "fdsSocialSecurity")).isFalse();
    }

    @Test
    void sicopiAnswersOnlyTwoToFourBusinessDaysAfterThePayment() {
        LocalDate today = simulator.clock().now().toLocalDate();
        api.write(
                "sicopi/planillas",
                "{\"document\":\"52345678\",\"number\":\"77700011\",\"paymentDate\":\"" + today
                        + "\",\"businessDays\":2}");
        PaymentForm form = client.contract(BLOCK_CONTRACT).openForm("btnCreatePaymentButton");

        JsonNode early = validate(form, "77700011", today).json();
        assertThat(early.path("valid").asBoolean()).isFalse();
        assertThat(early.path("message").asText()).isEqualTo(SicopiRegistry.NOT_FOUND);

        simulator.clock().advance(Duration.ofDays(4));
        client = new PortalClient(simulator);
        client.loginJuana();
        JsonNode later = validate(client.contract(BLOCK_CONTRACT).openForm("btnCreatePaymentButton"), "77700011", today)
                .json();
        assertThat(later.path("valid").asBoolean()).as(later.toString()).isTrue();
        assertThat(later.path("message").asText()).isEqualTo("Consulta exitosa");
        assertThat(later.path("ibc").asText()).isEqualTo("1.400.000,00 COP");
    }

    @Test
    void aPlanillaOfAnotherDocumentOrDateIsAnsweredAsSuch() {
        PaymentForm form = client.contract(BLOCK_CONTRACT).openForm("btnCreatePaymentButton");
        assertThat(validate(form, "9798765411", LocalDate.of(2026, 11, 5))
                        .json()
                        .path("message")
                        .asText())
                .isEqualTo(SicopiRegistry.DOCUMENT_MISMATCH);
        assertThat(validate(form, "9523456711", LocalDate.of(2026, 11, 6))
                        .json()
                        .path("message")
                        .asText())
                .isEqualTo(SicopiRegistry.DATE_MISMATCH);
        api.write("sicopi/failures", "{\"next\":1}");
        assertThat(validate(form, "9523456711", LocalDate.of(2026, 11, 5))
                        .json()
                        .path("message")
                        .asText())
                .isEqualTo(SicopiRegistry.UNAVAILABLE);
        assertThat(validate(form, "9523456711", LocalDate.of(2026, 11, 5))
                        .json()
                        .path("message")
                        .asText())
                .isEqualTo("Consulta exitosa");
    }

    @Test
    void confirmAndSendAreRefusedWithoutConsultaExitosa() {
        ContractPage page = client.contract(BLOCK_CONTRACT);
        PaymentForm form = page.openForm("btnCreatePaymentButton");
        form.attach("cuenta.zip", bytes("cuenta.txt", "Cuenta de cobro"));
        form.fill(false, "S-001", "3.500.000,00", "3.500.000,00");

        Response missing = form.confirm();
        assertThat(missing.json().path("errors").toString()).contains(PortalState.PLANILLA_REQUIRED);

        form.set("planillas", "9523456711|05/11/2026");
        Response unvalidated = form.confirm();
        assertThat(unvalidated.json().path("errors").toString()).contains(PortalState.PLANILLA_NOT_VALIDATED);

        assertThat(validate(form, "9523456711", LocalDate.of(2026, 11, 5))
                        .json()
                        .path("valid")
                        .asBoolean())
                .isTrue();
        Response ok = form.confirm();
        assertThat(ok.json().path("ok").asBoolean()).as(ok.body()).isTrue();
        page.send(ok.json().path("paymentId").asText());

        JsonNode sent = api.payment("CPS-2026-0104", "S-001");
        assertThat(sent.path("state").asText()).isEqualTo("Enviado a la entidad estatal");
        assertThat(sent.path("planillas").get(0).path("number").asText()).isEqualTo("9523456711");
        assertThat(sent.path("planillas").get(0).path("ibc").decimalValue()).isEqualByComparingTo("1400000");
    }

    @Test
    void theSwitchLetsAnUnvalidatedRequestThroughSoTheRobotsOwnCheckIsWhatCounts() {
        api.write("planillas/refusal", "{\"refuse\":false}");
        ContractPage page = client.contract(BLOCK_CONTRACT);
        PaymentForm form = page.openForm("btnCreatePaymentButton");
        form.attach("cuenta.zip", bytes("cuenta.txt", "Cuenta de cobro"));
        Response ok = form.fill(false, "S-002", "3.500.000,00", "3.500.000,00").confirm();
        assertThat(ok.json().path("ok").asBoolean()).as(ok.body()).isTrue();
        page.send(ok.json().path("paymentId").asText());
        assertThat(api.payment("CPS-2026-0104", "S-002").path("state").asText())
                .isEqualTo("Enviado a la entidad estatal");

        api.write("planillas/refusal", "{\"refuse\":true}");
        PaymentForm other = page.openForm("btnCreatePaymentButton");
        other.attach("cuenta.zip", bytes("cuenta.txt", "Cuenta de cobro"));
        assertThat(other.fill(false, "S-003", "3.500.000,00", "3.500.000,00")
                        .confirm()
                        .json()
                        .path("ok")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void theDetailShowsEachPlanillaLineWithItsStateAndSendWaitsForEveryLineToBeValidated() {
        api.write("planillas/refusal", "{\"refuse\":false}");
        ContractPage page = client.contract(BLOCK_CONTRACT);
        PaymentForm form = page.openForm("btnCreatePaymentButton");
        form.attach("cuenta.zip", bytes("cuenta.txt", "Cuenta de cobro"));
        form.fill(false, "S-004", "3.500.000,00", "3.500.000,00");
        assertThat(validate(form, "9523456711", LocalDate.of(2026, 11, 5))
                        .json()
                        .path("valid")
                        .asBoolean())
                .isTrue();
        form.set("planillas", "9523456711|05/11/2026;9523456710|05/10/2026");
        Response ok = form.confirm();
        assertThat(ok.json().path("ok").asBoolean()).as(ok.body()).isTrue();
        String paymentId = ok.json().path("paymentId").asText();

        String detail =
                page.action("PaymentDetail", Map.of("paymentId", paymentId)).body();

        assertThat(detail)
                .contains("<div class=\"SubTitle\">Pago de seguridad social</div>", "<td>Número de planilla</td>");
        assertThat(text(detail, "spnDetailPlanillaNumber_0")).isEqualTo("9523456711");
        assertThat(text(detail, "spnDetailPlanillaDate_0")).isEqualTo("05/11/2026");
        assertThat(text(detail, "spnDetailPlanillaState_0")).isEqualTo("Consulta exitosa");
        assertThat(text(detail, "spnDetailPlanillaIbc_0")).isEqualTo("1.400.000,00 COP");
        assertThat(text(detail, "spnDetailPlanillaNumber_1")).isEqualTo("9523456710");
        assertThat(text(detail, "spnDetailPlanillaState_1")).isEqualTo("Sin validar");
        assertThat(text(detail, "spnDetailPlanillaIbc_1")).isEmpty();
        JsonNode saved = api.payment("CPS-2026-0104", "S-004");
        assertThat(saved.path("planillas").get(0).path("validated").asBoolean()).isTrue();
        assertThat(saved.path("planillas").get(1).path("validated").asBoolean()).isFalse();

        // «Registro» opens the draft with both lines; only the validated one says «Consulta exitosa».
        String register = attr(page.executionSection(), "btnRegisterPayment_0", "data-form-url");
        String reopened = client.get(register).body();
        assertThat(attr(reopened, "txtPlanillaNumber_1", "value")).isEqualTo("9523456710");
        assertThat(text(reopened, "spnPlanillaState_0")).isEqualTo("Consulta exitosa");
        assertThat(text(reopened, "spnPlanillaState_1")).isEmpty();

        api.write("planillas/refusal", "{\"refuse\":true}");
        assertThat(page.send(paymentId)).contains("no tiene una planilla de seguridad social con «Consulta exitosa»");
        assertThat(api.payment("CPS-2026-0104", "S-004").path("state").asText()).isEqualTo("Borrador");

        // Where the form shows no block, neither does the detail.
        String rejected = client.contract(7784303)
                .action("PaymentDetail", Map.of("paymentId", "PP-7784303-2"))
                .body();
        assertThat(has(rejected, "spnDetailPaymentId")).isTrue();
        assertThat(has(rejected, "tblDetailSocialSecurity")).isFalse();
    }

    private static Response validate(PaymentForm form, String number, LocalDate paid) {
        return form.client.ajax(
                PortalClient.PaymentFormUrls.BASE + "ValidatePlanilla?mkey=" + form.formKey,
                Map.of("line", "0", "number", number, "date", DAY.format(paid)));
    }
}
