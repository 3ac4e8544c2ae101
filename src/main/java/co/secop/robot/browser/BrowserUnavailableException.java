package co.secop.robot.browser;

/** No usable Chrome/Chromium + chromedriver pair was found, or the browser did not start. */
public class BrowserUnavailableException extends RuntimeException {

    public BrowserUnavailableException(String message) {
        super(message);
    }

    public BrowserUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
