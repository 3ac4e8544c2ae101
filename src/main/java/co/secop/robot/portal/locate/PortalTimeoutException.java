package co.secop.robot.portal.locate;

/** The portal did not reach the expected state in time. */
public class PortalTimeoutException extends PortalException {

    public PortalTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
