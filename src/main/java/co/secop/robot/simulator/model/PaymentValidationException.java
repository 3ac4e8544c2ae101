package co.secop.robot.simulator.model;

import java.util.List;

/** "Confirmar" failed server-side validation; {@link #messages()} go to {@code div#validationSummary}. */
public class PaymentValidationException extends PortalRuleException {

    private final List<String> messages;

    public PaymentValidationException(List<String> messages) {
        super(String.join(" ", messages));
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
