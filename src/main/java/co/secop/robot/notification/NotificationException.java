package co.secop.robot.notification;

/** The supervisor's e-mail could not be sent; the upload itself is not affected. */
public class NotificationException extends Exception {
    public NotificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
