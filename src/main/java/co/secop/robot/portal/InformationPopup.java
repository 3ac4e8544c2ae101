package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalWait;
import co.secop.robot.portal.locate.Texts;
import java.util.Optional;
import org.openqa.selenium.WebElement;

/** The optional information dialog after login: the box that holds {@code #btnAcknowledgeGen} ("Aceptar"). */
public final class InformationPopup extends Page {

    InformationPopup(PortalSession session) {
        super(session);
    }

    /** Looks for the popup for the short timeout; acknowledges it when it shows. Returns its text if shown. */
    static Optional<String> acknowledgeIfShown(PortalSession session) {
        InformationPopup popup = new InformationPopup(session);
        Optional<WebElement> shown = popup.wait.optional(
                session.settings().shortTimeout(), d -> PortalWait.displayed(d, popup.by("informacion.aceptar")));
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        String text = popup.text();
        popup.acknowledge();
        return Optional.of(text);
    }

    public boolean isShown() {
        return shown("informacion.aceptar");
    }

    /** The text of the box around "Aceptar". */
    public String text() {
        WebElement button = PortalWait.displayed(driver, by("informacion.aceptar"));
        Object text = button == null
                ? null
                : script(
                        "var box = arguments[0].closest('.bModal, .VortalModalDialogBox, "
                                + "[role=dialog], table') || arguments[0].parentElement; return box.innerText;",
                        button);
        return text == null ? "" : Texts.clean(String.valueOf(text));
    }

    /** Presses "Aceptar" and waits for the dialog to go away. */
    public void acknowledge() {
        ui.click(by("informacion.aceptar"), "«Aceptar» de la ventana informativa");
        wait.invisible(by("informacion.aceptar"), "que se cierre la ventana informativa");
    }
}
