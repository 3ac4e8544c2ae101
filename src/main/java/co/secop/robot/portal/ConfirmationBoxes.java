package co.secop.robot.portal;

import co.secop.robot.portal.locate.Locators;
import co.secop.robot.portal.locate.SessionExpiredException;
import co.secop.robot.portal.locate.Texts;
import co.secop.robot.portal.locate.Ui;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.WebElement;

/**
 * The confirmation boxes a person may meet after an action: the generic «Mensaje de confirmación»
 * ({@code div#mdboxConfirmDialog}) or any other {@code VortalModalDialogBox}. Nobody knows which actions of
 * Plan de pagos ask, so every action watches for one while it waits for its effect:
 * <ul>
 *   <li>a box asking a question known for this action is accepted once, and its text logged as a step;</li>
 *   <li>a box shown again after that (the portal re-shows boxes when AJAX settles) is closed, never accepted
 *       a second time: pressing «Enviar» twice is impossible whatever the dialogs do;</li>
 *   <li>a box with a single button is a notice: logged and closed;</li>
 *   <li>any other question stops the action with {@link UnexpectedDialogException}: nothing is accepted blindly.</li>
 * </ul>
 */
final class ConfirmationBoxes {

    private static final String FIND = Locators.withLocate("""
            var boxes = arguments[0], ignored = arguments[1], keys = arguments[2];
            var open = Array.prototype.slice.call(document.querySelectorAll(boxes)).filter(visible)
              .filter(function (b) { return !b.matches(ignored); });
            open = open.filter(function (b) { return !open.some(function (o) { return o !== b && b.contains(o); }); });
            if (!open.length) { return null; }
            var z = function (e) { var v = parseInt(getComputedStyle(e).zIndex, 10); return isNaN(v) ? 0 : v; };
            open.sort(function (a, b) { return z(a) - z(b); });
            var box = open[open.length - 1];
            var title = locate(box, keys.title, 'elements').filter(visible)[0];
            var accept = locate(box, keys.accept, 'elements').filter(visible)[0] || null;
            var cancel = locate(box, keys.cancel, 'elements').filter(visible)[0] || null;
            var buttons = Array.prototype.slice.call(box.querySelectorAll('input[type=button], input[type=submit], button'))
              .filter(visible);
            var titleText = title ? clean(title.innerText) : '';
            var text = clean(box.innerText);
            if (titleText && text.indexOf(titleText) === 0) { text = clean(text.substring(titleText.length)); }
            return {box: box, title: titleText, text: text, accept: accept, cancel: cancel,
                    only: buttons.length === 1 ? buttons[0] : null};""");

    /** What an open box shows. */
    record Box(
            WebElement element,
            String title,
            String text,
            WebElement accept,
            WebElement cancel,
            WebElement onlyButton) {}

    private final PortalSession session;
    private final Ui ui;
    private final Locators locators;
    private final String action;
    private final String actionLabel;
    private boolean accepted;
    private String acceptedQuestion = "";

    /** Every question is answered «Cancelar» (./secop revisar: nothing may be created or saved). */
    private boolean declineQuestions;

    private String declinedQuestion;

    /**
     * @param action      the key of the action's known questions ({@code dialogo.preguntas.<action>})
     * @param actionLabel the button as the portal writes it, for messages («Enviar»)
     */
    ConfirmationBoxes(PortalSession session, String action, String actionLabel) {
        this.session = session;
        this.ui = session.ui();
        this.locators = session.locators();
        this.action = action;
        this.actionLabel = actionLabel;
    }

    /**
     * Boxes after {@code actionLabel} that never accept a question: any question is answered with the box's
     * «Cancelar» ({@link #declinedQuestion()}); a box without one stops with {@link UnexpectedDialogException}.
     */
    static ConfirmationBoxes declining(PortalSession session, String actionLabel) {
        ConfirmationBoxes boxes = new ConfirmationBoxes(session, "", actionLabel);
        boxes.declineQuestions = true;
        return boxes;
    }

    /** The question answered «Cancelar», when {@link #declining} met one. */
    Optional<String> declinedQuestion() {
        return Optional.ofNullable(declinedQuestion);
    }

    /** The top-most box open in the current document, if any (one round trip). */
    Optional<Box> open() {
        Map<String, Object> keys = Map.of(
                "title",
                locators.script("dialogo.titulo"),
                "accept",
                locators.script("dialogo.aceptar"),
                "cancel",
                locators.script("dialogo.cancelar"));
        Object answer =
                session.ui().script(FIND, locators.css("dialogo.cajas"), locators.css("dialogo.ignorados"), keys);
        if (!(answer instanceof Map<?, ?> found)) {
            return Optional.empty();
        }
        return Optional.of(new Box(
                (WebElement) found.get("box"),
                String.valueOf(found.get("title")),
                String.valueOf(found.get("text")),
                (WebElement) found.get("accept"),
                (WebElement) found.get("cancel"),
                (WebElement) found.get("only")));
    }

    /** The question accepted for this action, if one was asked. */
    Optional<String> acceptedQuestion() {
        return accepted ? Optional.of(acceptedQuestion) : Optional.empty();
    }

    /** The portal's «La sesión ha expirado» alert, in whatever box it comes. */
    private boolean sessionExpired(String text) {
        return locators.alternatives("sesion.mensaje-expirada").stream()
                .filter(a -> a.startsWith("texto:"))
                .map(a -> a.substring("texto:".length()))
                .anyMatch(text::contains);
    }

    /** True once a box was accepted for this action. */
    boolean accepted() {
        return accepted;
    }

    /**
     * One look: handles the box open now, if any. Returns true when it did something (the caller keeps
     * waiting for the action's effect).
     *
     * @throws UnexpectedDialogException when the box asks something not known for this action
     */
    boolean handle() {
        Optional<Box> open = open();
        if (open.isEmpty()) {
            return false;
        }
        Box box = open.get();
        if (sessionExpired(box.text())) {
            // Not a question: the portal ended the session; the batch logs in again and looks what was saved.
            throw new SessionExpiredException("La sesión de SECOP II expiró: " + Texts.abbreviate(box.text(), 200));
        }
        String shown = box.title().isEmpty() ? "«" + box.text() + "»" : "«" + box.title() + "»: «" + box.text() + "»";
        if (box.cancel() == null && box.onlyButton() != null) {
            if (ui.tryClick(box.onlyButton())) {
                session.step("SECOP II mostró " + shown + "; el robot lo cerró");
            }
            return true;
        }
        if (declineQuestions) {
            if (box.cancel() == null) {
                throw new UnexpectedDialogException(actionLabel, box.title(), box.text());
            }
            if (ui.tryClick(box.cancel())) {
                declinedQuestion = box.text();
                session.step("Después de «" + actionLabel + "» SECOP II preguntó " + shown + "; el robot respondió"
                        + " «Cancelar» para no crear ni guardar nada");
            }
            return true;
        }
        if (!known(box.text())) {
            throw new UnexpectedDialogException(actionLabel, box.title(), box.text());
        }
        if (accepted) {
            WebElement close = box.cancel();
            if (close != null && ui.tryClick(close)) {
                session.step("SECOP II volvió a mostrar " + shown + " después de aceptarlo; el robot lo cerró sin "
                        + "aceptarlo otra vez");
            }
            return true;
        }
        if (box.accept() == null) {
            throw new UnexpectedDialogException(actionLabel, box.title(), box.text());
        }
        if (ui.tryClick(box.accept())) {
            accepted = true;
            acceptedQuestion = box.text();
            session.step("Después de «" + actionLabel + "» SECOP II preguntó " + shown + "; el robot aceptó");
        }
        return true;
    }

    private boolean known(String question) {
        String key = "dialogo.preguntas." + action;
        if (!locators.has(key)) {
            return false;
        }
        String normalized = Texts.normalize(question);
        List<String> known = locators.texts(key);
        return known.stream().map(Texts::normalize).anyMatch(normalized::contains);
    }
}
