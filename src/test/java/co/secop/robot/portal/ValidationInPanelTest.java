package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.simulator.SimulatorVariant;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The variant {@code validacion-en-panel} (docs/portal.md §19): the form's lines «<Campo> es obligatorio» come in
 * the messages panel and {@code #validationSummary} stays hidden; the robot still reports each one, by field.
 */
class ValidationInPanelTest extends SimulatorTestSupport {

    @Override
    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults().withVariants(SimulatorVariant.VALIDATION_IN_PANEL);
    }

    @Test
    void theLinesOfTheMessagesPanelAreReportedByFieldAndTheFormCanBeFixed() {
        PaymentRequestForm form = plan("contratista.demo", JUANA, "CPS-2026-0101")
                .create()
                .electronicInvoice(false)
                .invoiceNumber("CC-PANEL")
                .dueDate(LocalDateTime.of(2026, 12, 31, 23, 59))
                .totalValue(new BigDecimal("4000000"));
        assertThatThrownBy(form::confirm)
                .isInstanceOfSatisfying(
                        PortalValidationException.class,
                        e -> assertThat(e.messages())
                                .contains("El valor neto es obligatorio.", "Debe anexar al menos un documento."));

        form.netValue(new BigDecimal("4000000")).attach(zip("panel.zip"));
        PaymentPlanSection plan = form.confirm();
        assertThat(plan.entry("CC-PANEL").orElseThrow().state()).isEqualTo("Borrador");
        assertThat(driver.findElements(By.cssSelector("#validationSummary li")))
                .as("el resumen de validación no se usó")
                .isEmpty();
    }
}
