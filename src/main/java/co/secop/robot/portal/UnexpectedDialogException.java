package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalException;

/** A confirmation box with a question the robot does not know: it was NOT accepted, nothing was sent. */
public final class UnexpectedDialogException extends PortalException {

    private final String title;
    private final String question;

    public UnexpectedDialogException(String action, String title, String question) {
        super("Después de «" + action + "» SECOP II preguntó algo que el robot no conoce"
                + (title.isEmpty() ? "" : " («" + title + "»)") + ": «" + question + "». El robot no aceptó el "
                + "cuadro y no envió nada; revise la captura y, si la pregunta es correcta, agréguela a "
                + "dialogo.preguntas en config/localizadores.conf.");
        this.title = title;
        this.question = question;
    }

    public String title() {
        return title;
    }

    public String question() {
        return question;
    }
}
