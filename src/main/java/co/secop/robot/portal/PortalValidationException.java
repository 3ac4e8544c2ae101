package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalException;
import java.util.List;

/** The payment request form refused the data; {@link #messages()} are the portal's own messages. */
public class PortalValidationException extends PortalException {

    private final List<String> messages;

    public PortalValidationException(List<String> messages) {
        super("SECOP II no aceptó la solicitud de pago: " + String.join(" ", messages));
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
