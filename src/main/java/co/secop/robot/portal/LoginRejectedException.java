package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalException;

/** SECOP II refused the user name or password; {@link #portalMessage()} is the portal's own text. */
public class LoginRejectedException extends PortalException {

    private final String portalMessage;

    public LoginRejectedException(String portalMessage) {
        super("SECOP II no aceptó el usuario o la contraseña: " + portalMessage);
        this.portalMessage = portalMessage;
    }

    public String portalMessage() {
        return portalMessage;
    }
}
