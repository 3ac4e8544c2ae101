package co.secop.robot.portal.locate;

/** The portal session ended (inactivity dialog or a redirect to the login page). Sign in again. */
public class SessionExpiredException extends PortalException {

    public SessionExpiredException(String message) {
        super(message);
    }
}
