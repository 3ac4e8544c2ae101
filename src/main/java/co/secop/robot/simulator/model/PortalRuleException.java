package co.secop.robot.simulator.model;

/** A business rule refused the action; the message is Spanish and is shown to the user as is. */
public class PortalRuleException extends RuntimeException {

    public PortalRuleException(String message) {
        super(message);
    }
}
