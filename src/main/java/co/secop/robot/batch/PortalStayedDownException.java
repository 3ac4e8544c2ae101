package co.secop.robot.batch;

/** The portal stayed down or broken longer than the time budget: the run stops, the rest can be resumed. */
public class PortalStayedDownException extends RuntimeException {
    public PortalStayedDownException(String message) {
        super(message);
    }

    public PortalStayedDownException(String message, Throwable cause) {
        super(message, cause);
    }
}
