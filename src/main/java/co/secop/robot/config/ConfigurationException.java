package co.secop.robot.config;

/** A configuration the user must fix; its message is Spanish and is shown as is. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
