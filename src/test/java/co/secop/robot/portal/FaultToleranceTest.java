package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.portal.locate.PortalErrorPageException;
import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.portal.locate.PortalUnavailableException;
import co.secop.robot.simulator.FaultKind;
import co.secop.robot.simulator.FaultSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The flaky behaviours of §14 of docs/portal.md that a robot must absorb without failing:
 * slow preloader, sections drawn twice, states first in English, clicks swallowed by a transparent
 * {@code .blockUI}, a late upload window, "sesión expirada" on the first "Ingresar", plus latency.
 */
class FaultToleranceTest extends SimulatorTestSupport {

    private static final EnumSet<FaultKind> ABSORBED = EnumSet.of(
            FaultKind.SLOW_PRELOADER,
            FaultKind.REDRAW,
            FaultKind.ENGLISH_STATE,
            FaultKind.SWALLOWED_CLICK,
            FaultKind.LATE_WINDOW,
            FaultKind.LOGIN_EXPIRED);

    @AfterEach
    void faultsOff() {
        simulator.faults(FaultSettings.off());
    }

    @ParameterizedTest(name = "semilla {0}")
    @ValueSource(longs = {1, 2, 3})
    void theWholeFlowSurvivesTheFaultsARobotMustAbsorb(long seed) {
        simulator.faults(FaultSettings.of(0.5, seed)
                .withKinds(ABSORBED)
                .withLatency(20, 40)
                .withSlowMs(1500));
        PaymentPlanSection plan = plan("contratista.demo", JUANA, "CPS-2026-0101");
        String number = "CC-FALLAS-" + seed;
        plan = plan.create()
                .electronicInvoice(false)
                .invoiceNumber(number)
                .dueDate(LocalDateTime.of(2026, 12, 31, 23, 59))
                .netValue(new BigDecimal("2500000"))
                .totalValue(new BigDecimal("2500000"))
                .attach(zip("fallas-" + seed + ".zip"))
                .confirm();
        PaymentEntry entry = plan.entry(number).orElseThrow();
        assertThat(entry.state()).isEqualTo("Borrador");
        plan = plan.send(entry);
        assertThat(plan.entry(number).orElseThrow().state()).isEqualTo("Enviado a la entidad estatal");

        JsonNode stored = api.payment(entry.paymentId());
        assertThat(stored.path("state").asText()).isEqualTo("Enviado a la entidad estatal");
        assertThat(stored.path("documents").findValuesAsText("name")).containsExactly("fallas-" + seed + ".zip");
        assertThat(api.payments("CPS-2026-0101")).hasSize(1);
        // The run really met faults (the seeds are chosen so that several kinds show up).
        System.out.println("Fallas inyectadas con la semilla " + seed + ": " + simulator.faultsInjected());
        assertThat(simulator.faultsInjected().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isGreaterThan(3);
    }

    @org.junit.jupiter.api.Test
    void sesionExpiradaOnEveryIngresarIsRetriedThenReported() {
        simulator.faults(FaultSettings.of(1.0, 7).withKinds(FaultKind.LOGIN_EXPIRED));
        LoginPage login = portal.openLogin(simulator.loginUrl());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> login.signIn("contratista.demo", PASSWORD))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("a los 3 intentos");
        assertThat(simulator.faultsInjected()).containsEntry("login-expirado", 3);
    }

    @org.junit.jupiter.api.Test
    void anUnexpectedErrorPageIsReportedAsSuch() {
        PaymentPlanSection plan = plan("contratista.demo", JUANA, "CPS-2026-0103");
        PaymentEntry paid = plan.entry("001").orElseThrow();
        simulator.faults(FaultSettings.of(1.0, 7).withKinds(FaultKind.ERROR_500));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan.openDetail(paid))
                .isInstanceOfSatisfying(
                        PortalErrorPageException.class,
                        e -> assertThat(e.portalText()).contains("Se ha producido un error inesperado"))
                .hasMessageContaining("Error inesperado");
    }

    @org.junit.jupiter.api.Test
    void anOutageIsReportedAsUnavailable() {
        WorkAreaPage work = signIn("contratista.demo", JUANA);
        simulator.faults(FaultSettings.of(1.0, 7).withKinds(FaultKind.OUTAGE).withOutageMs(1500));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> work.header().openMyContracts())
                .isInstanceOf(PortalUnavailableException.class)
                .hasMessageContaining("HTTP 503");
    }

    @org.junit.jupiter.api.Test
    void aFailedUploadIsReportedWithThePortalsReason() {
        PaymentRequestForm form =
                plan("contratista.demo", JUANA, "CPS-2026-0101").create();
        simulator.faults(FaultSettings.of(1.0, 7).withKinds(FaultKind.UPLOAD_FAILED));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> form.attach(zip("interrumpido.zip")))
                .isInstanceOf(DocumentUploadException.class)
                .hasMessageContaining("interrumpido.zip")
                .hasMessageContaining("la transferencia se interrumpió");
        simulator.faults(FaultSettings.off());
        assertThat(form.attach(zip("segundo.zip")).attachedDocuments()).containsExactly("segundo.zip");
        form.cancel();
    }
}
