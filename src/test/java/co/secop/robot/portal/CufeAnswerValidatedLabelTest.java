package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.simulator.SimulatorOptions;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The CUFE's «Validar» when a valid CUFE shows only a «Validado» label next to the field and a refusal goes to the
 * messages panel (portal reference §19): the same reader as the planilla's check.
 */
class CufeAnswerValidatedLabelTest extends SimulatorTestSupport {

    @Override
    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults().withVariants("cufe-validado");
    }

    @Test
    void theValidatedLabelCountsAsSuccessAndARefusalIsReadInThePanel() {
        String cufe = api.registerCufe("FE-2026-311", "2380000.00");
        PaymentRequestForm form = plan("contratista.demo", JUANA, "CPS-2026-0101")
                .create()
                .electronicInvoice(true)
                .cufe(cufe)
                .invoiceNumber("FE-2026-311")
                .netValue(new BigDecimal("2000000"))
                .totalValue(new BigDecimal("2380000"));

        CheckAnswer valid = form.checkCufe();
        assertThat(valid.where()).isEqualTo(CheckAnswer.Where.VALIDATED_LABEL);
        assertThat(valid.text()).isEqualTo("Validado");
        assertThat(form.cufeValidated()).isTrue();

        CheckAnswer bad = form.cufe("ABC123").checkCufe();
        assertThat(bad.where()).isEqualTo(CheckAnswer.Where.MESSAGES_PANEL);
        assertThat(bad.text()).isEqualTo("El CUFE debe tener 96 caracteres hexadecimales.");
        assertThat(form.cufeValidated()).isFalse();
    }
}
