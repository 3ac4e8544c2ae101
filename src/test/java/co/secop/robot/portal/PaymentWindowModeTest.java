package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.simulator.PaymentFormMode;
import co.secop.robot.simulator.SimulatorOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The same flow when the portal opens the payment form in a window of its own. */
class PaymentWindowModeTest extends SimulatorTestSupport {

    @Override
    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults().withPaymentFormMode(PaymentFormMode.WINDOW);
    }

    @Test
    void createsAttachesConfirmsAndSendsFromASeparateWindow() {
        String home = driver.getWindowHandle();
        PaymentPlanSection plan = plan("contratista.demo", ANDINOS, "CPS-2026-0301");
        PaymentRequestForm form = plan.create();
        assertThat(form.inSeparateWindow()).isTrue();
        assertThat(driver.getWindowHandle()).isEqualTo(home);

        form.electronicInvoice(false)
                .invoiceNumber("AND-001")
                .dueDate(LocalDateTime.of(2026, 12, 15, 17, 0))
                .netValue(new BigDecimal("9500000"))
                .totalValue(new BigDecimal("10000000"));
        assertThatThrownBy(form::confirm)
                .isInstanceOfSatisfying(
                        PortalValidationException.class,
                        e -> assertThat(e.messages()).contains("Debe anexar al menos un documento."));
        assertThat(driver.getWindowHandle()).isEqualTo(home);

        plan = form.attach(zip("andinos.zip")).confirm();
        assertThat(driver.getWindowHandles()).containsExactly(home);
        PaymentEntry entry = plan.entry("AND-001").orElseThrow();
        assertThat(entry.state()).isEqualTo("Borrador");
        plan = plan.send(entry);
        assertThat(plan.entry("AND-001").orElseThrow().state()).isEqualTo("Enviado a la entidad estatal");

        JsonNode stored = api.payment(entry.paymentId());
        assertThat(stored.path("contract").asText()).isEqualTo("CPS-2026-0301");
        assertThat(stored.path("documents").findValuesAsText("name")).containsExactly("andinos.zip");
    }

    @Test
    void theModeCanChangeAtRunTimeThroughTheMockApi() {
        api.settings("{\"paymentFormMode\":\"IFRAME\"}");
        try {
            PaymentRequestForm form =
                    plan("contratista.demo", JUANA, "CPS-2026-0101").create();
            assertThat(form.inSeparateWindow()).isFalse();
            form.cancel();
            api.settings("{\"paymentFormMode\":\"WINDOW\"}");
            PaymentRequestForm inWindow = new HeaderMenu(portal)
                    .openMyContracts()
                    .openDetail("CPS-2026-0101")
                    .openPaymentPlan()
                    .create();
            assertThat(inWindow.inSeparateWindow()).isTrue();
            inWindow.cancel();
        } finally {
            api.settings("{\"paymentFormMode\":\"WINDOW\"}");
        }
    }
}
