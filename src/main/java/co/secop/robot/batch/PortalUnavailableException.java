package co.secop.robot.batch;

/** The portal stayed down or broken longer than the time budget: the run stops, the rest can be resumed. */
public class PortalUnavailableException extends RuntimeException {
    public PortalUnavailableException(String message) {
        super(message);
    }

    public PortalUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
