package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalException;

/**
 * The portal asked a question after an action that ./secop revisar must not let create or save anything (say
 * «¿Desea crear una solicitud de pago?» after «Crear»): the robot answered «Cancelar» and went no further.
 */
public class QuestionDeclinedException extends PortalException {

    private final String question;

    public QuestionDeclinedException(String action, String question) {
        super("SECOP II preguntó «" + question + "» al pulsar " + action + "; revisar respondió «Cancelar» para no"
                + " crear ni guardar nada.");
        this.question = question;
    }

    public String question() {
        return question;
    }
}
