package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalWait;
import co.secop.robot.portal.locate.SessionExpiredException;
import co.secop.robot.portal.locate.Texts;
import java.util.Optional;
import org.openqa.selenium.WebElement;

/**
 * The in-page "La sesión ha expirado por inactividad." dialog. Waits of every page object already turn it
 * into a {@link SessionExpiredException}; this class is for callers that want to look at it themselves.
 */
public final class SessionTimeoutDialog extends Page {

    private SessionTimeoutDialog(PortalSession session) {
        super(session);
    }

    /** The dialog when the current page shows it. */
    public static Optional<SessionTimeoutDialog> find(PortalSession session) {
        SessionTimeoutDialog dialog = new SessionTimeoutDialog(session);
        return dialog.shown("sesion.dialogo-expirada") ? Optional.of(dialog) : Optional.empty();
    }

    /** True when the session is over: the dialog shows or the browser is back on the login page. */
    public static boolean sessionExpired(PortalSession session) {
        try {
            session.verify();
            return false;
        } catch (SessionExpiredException e) {
            return true;
        }
    }

    public String text() {
        WebElement dialog = PortalWait.displayed(driver, by("sesion.dialogo-expirada"));
        return dialog == null ? "" : Texts.clean(dialog.getText());
    }
}
