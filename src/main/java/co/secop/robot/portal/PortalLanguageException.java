package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalException;

/** The portal answered in another language than Spanish: labels would not match, so the robot stops. */
public class PortalLanguageException extends PortalException {

    public PortalLanguageException(String seen) {
        super("SECOP II respondió en inglés (" + seen
                + ") aunque el robot pidió español (cookie CurrentLanguage=es-CO):"
                + " los textos del portal no coincidirían. Cambie el idioma del usuario a «Español» en SECOP II y"
                + " ejecute de nuevo.");
    }
}
