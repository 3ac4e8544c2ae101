package co.secop.robot.spreadsheet;

/** The supporting documents of a row cannot be packaged or are too big; Spanish message for the user. */
public class SupportsException extends Exception {

    public SupportsException(String message) {
        super(message);
    }

    public SupportsException(String message, Throwable cause) {
        super(message, cause);
    }
}
