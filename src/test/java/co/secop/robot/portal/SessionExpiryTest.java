package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.portal.locate.SessionExpiredException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SessionExpiryTest extends SimulatorTestSupport {

    @Test
    void anAjaxActionAfterExpiryShowsTheDialogAndFailsWithSessionExpired() {
        PaymentPlanSection plan = plan("contratista.demo", JUANA, "CPS-2026-0103");
        PaymentEntry paid = plan.entry("001").orElseThrow();
        api.expireSessions();
        assertThatThrownBy(() -> plan.openDetail(paid))
                .isInstanceOf(SessionExpiredException.class)
                .hasMessageContaining("La sesión de SECOP II expiró")
                .hasMessageContaining("La sesión ha expirado por inactividad.");
        assertThat(SessionTimeoutDialog.sessionExpired(portal)).isTrue();
        assertThat(SessionTimeoutDialog.find(portal))
                .hasValueSatisfying(d -> assertThat(d.text()).contains("La sesión ha expirado por inactividad."));
    }

    @Test
    void theFormOpenedAfterExpiryShowsTheLoginPageInsideTheModalAndFailsWithSessionExpired() {
        PaymentPlanSection plan = plan("contratista.demo", JUANA, "CPS-2026-0101");
        api.expireSessions();
        // The form is waited for on the first visit to it (opening it costs no visit of its own).
        assertThatThrownBy(() -> plan.create().electronicInvoice(false))
                .isInstanceOf(SessionExpiredException.class)
                .hasMessageContaining("volvió a la página de inicio de sesión");
    }

    @Test
    void aPageLoadAfterExpiryLandsOnTheLoginPageAndFailsWithSessionExpired() {
        MyContractsPage contracts = signIn("contratista.demo", JUANA).header().openMyContracts();
        api.expireSessions();
        assertThatThrownBy(() -> contracts.openDetail("CPS-2026-0101")).isInstanceOf(SessionExpiredException.class);
        // Signing in again works and continues where the batch needs it.
        LoginPage login = portal.openLogin(simulator.loginUrl());
        assertThat(login.signIn("contratista.demo", PASSWORD)
                        .enter(JUANA)
                        .header()
                        .openMyContracts()
                        .contracts())
                .isNotEmpty();
    }

    @Test
    void expiryWhileTheFormIsOpenIsReportedOnConfirm() {
        PaymentRequestForm form = plan("contratista.demo", JUANA, "CPS-2026-0101")
                .create()
                .electronicInvoice(false)
                .invoiceNumber("CC-EXP")
                .netValue(new BigDecimal("1000000"))
                .totalValue(new BigDecimal("1000000"));
        api.expireSessions();
        assertThatThrownBy(form::confirm).isInstanceOf(SessionExpiredException.class);
    }
}
