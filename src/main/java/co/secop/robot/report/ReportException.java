package co.secop.robot.report;

/** A run folder, log or report file that could not be written; the message is Spanish and shown as is. */
public class ReportException extends RuntimeException {
    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
