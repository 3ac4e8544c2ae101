package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;

/**
 * A payment's «Detalle» that the portal opens in a window of its own (docs/portal.md §19 [A]): the robot follows
 * it, reads it, and comes back to the plan with only the plan's window left. Run by {@link
 * PaymentDetailInPopupTest} (popup window with «Cerrar») and {@link PaymentDetailInNewTabTest} (a new tab).
 */
abstract class PaymentDetailInOtherWindowTests extends SimulatorTestSupport {

    @Test
    void theDetailIsReadInItsWindowAndTheRobotComesBackToThePlan() {
        PaymentPlanSection plan = plan("contratista.demo", JUANA, "CPS-2026-0103");
        String planWindow = driver.getWindowHandle();
        PaymentEntry paid = plan.entry("001").orElseThrow();

        PaymentDetailView detail = plan.openDetail(paid);

        assertThat(detail.inSeparateWindow()).isTrue();
        assertThat(driver.getWindowHandles()).hasSize(2);
        assertThat(driver.getWindowHandle()).isNotEqualTo(planWindow);
        assertThat(detail.state()).isEqualTo("Pagado");
        assertThat(detail.paymentId()).isEqualTo(paid.paymentId());
        assertThat(detail.canEdit()).isFalse();
        assertThat(detail.rejectionReason()).isEmpty();

        plan = detail.back();

        assertThat(driver.getWindowHandles()).containsExactly(planWindow);
        assertThat(driver.getWindowHandle()).isEqualTo(planWindow);
        PaymentEntry rejected = plan.entry("002").orElseThrow();
        assertThat(rejected.state()).isEqualTo("Rechazado");
        PaymentDetailView again = plan.openDetail(rejected);
        assertThat(again.rejectionReason()).contains("El informe de actividades no tiene la firma del supervisor.");
        assertThat(again.back().entry("002")).isPresent();
        assertThat(driver.getWindowHandles()).containsExactly(planWindow);
    }

    /** Like the list of contracts a contract opened in its own tab leaves behind (docs/portal.md §5). */
    @Test
    void aWindowTheRobotWorkedInBeforeIsNotTakenForTheDetail() {
        PaymentPlanSection plan = plan("contratista.demo", JUANA, "CPS-2026-0103");
        String planWindow = driver.getWindowHandle();
        String earlier = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
        portal.atTopOf(earlier);
        portal.toWindow(planWindow);

        PaymentDetailView detail = plan.openDetail(plan.entry("001").orElseThrow());

        assertThat(detail.inSeparateWindow()).isTrue();
        assertThat(driver.getWindowHandle()).isNotIn(planWindow, earlier);
        assertThat(detail.state()).isEqualTo("Pagado");
        detail.back();
        assertThat(driver.getWindowHandles()).containsExactlyInAnyOrder(planWindow, earlier);
        assertThat(driver.getWindowHandle()).isEqualTo(planWindow);
    }

    @Test
    void editarInTheDetailsWindowLeavesTheRequestInEditionOnThePlan() {
        PaymentPlanSection plan = plan("contratista.demo", JUANA, "CPS-2026-0103");
        String planWindow = driver.getWindowHandle();
        PaymentEntry rejected = plan.entry("002").orElseThrow();
        String paymentId = rejected.paymentId();

        PaymentDetailView detail = plan.openDetail(rejected);
        assertThat(detail.inSeparateWindow()).isTrue();
        assertThat(detail.canEdit()).isTrue();
        plan = detail.edit();

        assertThat(driver.getWindowHandles()).containsExactly(planWindow);
        assertThat(driver.getWindowHandle()).isEqualTo(planWindow);
        PaymentEntry editing = plan.entry(paymentId).orElseThrow();
        assertThat(editing.state()).isEqualTo("En edición");
        assertThat(editing.actions()).contains("Registro", "Enviar");
        assertThat(api.payment(paymentId).path("state").asText()).isEqualTo("En edición");
    }
}
