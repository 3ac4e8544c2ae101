package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.simulator.SimulatorOptions;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The CUFE's «Validar» read by the same reader as the planilla's check, when DIAN's answer appears in the messages
 * panel ({@code #msgMessagesPanel td.Message}) and not next to the field (portal reference §19).
 */
class CufeAnswerInMessagesTest extends SimulatorTestSupport {

    @Override
    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults().withVariants("cufe-en-mensajes");
    }

    @Test
    void theAnswerIsReadInTheMessagesPanel() {
        String cufe = api.registerCufe("FE-2026-310", "2380000.00");
        PaymentRequestForm form = plan("contratista.demo", JUANA, "CPS-2026-0101")
                .create()
                .electronicInvoice(true)
                .cufe(cufe)
                .invoiceNumber("FE-2026-310")
                .netValue(new BigDecimal("2000000"))
                .totalValue(new BigDecimal("2380000"));

        CheckAnswer valid = form.checkCufe();
        assertThat(valid.text()).isEqualTo("CUFE validado ante la DIAN.");
        assertThat(valid.where()).isEqualTo(CheckAnswer.Where.MESSAGES_PANEL);
        assertThat(form.cufeValidated()).isTrue();

        CheckAnswer unknown = form.cufe("ab".repeat(48)).checkCufe();
        assertThat(unknown.text()).isEqualTo("El CUFE no está registrado en la DIAN.");
        assertThat(unknown.success()).isFalse();
        assertThat(form.cufeValidated()).isFalse();
    }
}
