package co.secop.robot.spreadsheet;

/**
 * The spreadsheet cannot be used at all (missing, not Excel, protected, no headers...). The message is a
 * complete Spanish sentence meant for the user; no stack trace needs to be shown.
 */
public class SpreadsheetException extends Exception {

    public SpreadsheetException(String message) {
        super(message);
    }

    public SpreadsheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
