package co.secop.robot.portal;

/** The login page asks for a captcha, which the robot does not solve. */
public class CaptchaRequiredException extends PortalException {

    public CaptchaRequiredException() {
        super("SECOP II pide resolver un captcha para iniciar sesión. Ejecute el robot con el navegador "
                + "visible, resuelva el captcha a mano o espere unos minutos y vuelva a intentarlo.");
    }
}
