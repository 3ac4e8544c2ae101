package co.secop.robot.portal;

import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.Instant;

/** The header every signed-in page shows: "Mis procesos" menu, user name, active company, "Salir". */
public final class HeaderMenu extends Page {

    HeaderMenu(PortalSession session) {
        super(session);
    }

    /** The real portal's sign of a signed-in page: the avatar or «Salir» in the header (reference §18). */
    public boolean signedIn() {
        return !driver.findElements(by("encabezado.avatar")).isEmpty()
                || !driver.findElements(by("encabezado.salir")).isEmpty();
    }

    public String userName() {
        return ui.text(by("encabezado.usuario"));
    }

    public String activeCompany() {
        return ui.text(by("encabezado.empresa-activa"));
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
