package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalWait;
import java.time.Duration;
import java.time.Instant;
import org.openqa.selenium.WebElement;

/** The header every signed-in page shows: "Mis procesos" menu, user name, active company, "Salir". */
public final class HeaderMenu extends Page {

    HeaderMenu(PortalSession session) {
        super(session);
    }

    /** The person's name ({@code span.SecondDescription} of the user menu, read even while the menu is closed). */
    public String userName() {
        return read("encabezado.usuario");
    }

    /** The active company's full name: the header cuts it, its {@code title} keeps it whole. */
    public String activeCompany() {
        return read("encabezado.empresa-activa");
    }

    /** True when the page shows a signed-in header (the user's image or «Salir»). */
    public boolean signedIn() {
        return present("encabezado.conectado");
    }

    /** "Mis procesos" → "Mis contratos". */
    public MyContractsPage openMyContracts() {
        Instant[] lastToggle = {Instant.MIN};
        Duration reopenAfter = wait.shortTimeout().isZero() ? Duration.ofSeconds(3) : wait.shortTimeout();
        wait.until("abrir «Mis procesos» › «Mis contratos»", d -> {
            if (wait.overlayShown()) {
                return null;
            }
            WebElement link = PortalWait.displayed(d, by("encabezado.mis-contratos"));
            if (link != null) {
                return ui.tryClick(link) ? Boolean.TRUE : null;
            }
            // The menu button only toggles its container: press it again only if it did not open.
            if (Duration.between(lastToggle[0], Instant.now()).compareTo(reopenAfter) >= 0) {
                WebElement menu = PortalWait.displayed(d, by("encabezado.menu-mis-procesos"));
                if (menu != null && ui.tryClick(menu)) {
                    lastToggle[0] = Instant.now();
                }
            }
            return null;
        });
        return new MyContractsPage(session).awaitLoaded();
    }

    /** Avatar → "Salir": back to the login page. */
    public LoginPage logOut() {
        ui.click(by("encabezado.avatar"), "la imagen del usuario");
        ui.click(by("encabezado.salir"), "«Salir»");
        session.markSignedIn(false);
        wait.visible(by("login.usuario"), "la página de inicio de sesión después de «Salir»");
        return new LoginPage(session);
    }
}
