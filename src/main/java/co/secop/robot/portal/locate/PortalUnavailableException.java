package co.secop.robot.portal.locate;

/** The portal answered "Service Unavailable" (HTTP 503): it is down for a while; try again later. */
public class PortalUnavailableException extends PortalException {

    public PortalUnavailableException(String message) {
        super(message);
    }
}
