package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalException;

/** The login page asks for a captcha, which the robot does not solve. */
public class CaptchaRequiredException extends PortalException {

    public CaptchaRequiredException() {
        super("SECOP II pide resolver un captcha para iniciar sesión y el navegador no está a la vista. Ejecute de"
                + " nuevo con --visible: el robot le pedirá resolverlo en el navegador y seguirá solo.");
    }

    public CaptchaRequiredException(String message) {
        super(message);
    }
}
