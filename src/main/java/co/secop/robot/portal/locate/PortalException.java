package co.secop.robot.portal.locate;

/** Something went wrong while working on SECOP II. The message is Spanish and meant for the user. */
public class PortalException extends RuntimeException {

    public PortalException(String message) {
        super(message);
    }

    public PortalException(String message, Throwable cause) {
        super(message, cause);
    }
}
