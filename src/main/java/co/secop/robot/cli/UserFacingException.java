package co.secop.robot.cli;

/** A mistake the user can fix (bad option, missing file...): shown as its Spanish message, exit 2. */
public class UserFacingException extends RuntimeException {
    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
