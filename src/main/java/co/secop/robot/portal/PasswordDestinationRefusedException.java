package co.secop.robot.portal;

/**
 * The robot did not type the password: the page is not an allowed {@code https://} login page of the portal
 * (another host, plain http to another machine, a certificate error). It stops the run like a rejected login.
 */
public class PasswordDestinationRefusedException extends LoginRejectedException {

    private final String reason;

    public PasswordDestinationRefusedException(String reason) {
        super(reason);
        this.reason = reason;
    }

    @Override
    public String getMessage() {
        return reason;
    }
}
