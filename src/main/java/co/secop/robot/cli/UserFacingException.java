package co.secop.robot.cli;

/**
 * A mistake the user can fix (bad option, missing file...): shown as its Spanish message, without a Java
 * trace. Exit 2 (a usage error) unless the mistake is in the data, like an empty sheet (exit 1).
 */
public class UserFacingException extends RuntimeException {

    private final int exitCode;

    public UserFacingException(String message) {
        this(message, null, SecopCli.USAGE_ERROR);
    }

    public UserFacingException(String message, Throwable cause) {
        this(message, cause, SecopCli.USAGE_ERROR);
    }

    public UserFacingException(String message, Throwable cause, int exitCode) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
