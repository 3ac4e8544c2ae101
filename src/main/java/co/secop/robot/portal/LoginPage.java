package co.secop.robot.portal;

import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** The STS login page ({@code /STS/Users/Login/Index}). */
public final class LoginPage extends Page {

    private static final Logger LOG = LoggerFactory.getLogger(LoginPage.class);
    private static final int MAX_ATTEMPTS = 3;

    private enum Outcome { REJECTED, CHOOSE_COMPANY, LANDED, CAPTCHA, EXPIRED }

    LoginPage(PortalSession session) {
        super(session);
    }

    /** Waits for the login form, or for a page of the portal when a session was still open. */
    LoginPage awaitLoaded() {
        wait.until("la página de inicio de sesión de SECOP II",
                d -> shown("login.usuario") || shown("encabezado.usuario"));
        return this;
    }

    /** The notice the portal shows when it sent the user here for inactivity, if any. */
    public Optional<String> sessionExpiredNotice() {
        WebElement notice = PortalWait.displayed(driver, by("sesion.mensaje-expirada"));
        return notice == null ? Optional.empty() : Optional.of(Texts.clean(notice.getText()));
    }

    /** One "Ingresar": types the credentials, clicks and waits for the portal's answer. */
    private Outcome attempt(String user, String password) {
        wait.visible(by("login.usuario"), "el campo de usuario");
        ui.type(by("login.usuario"), user, "el campo de usuario");
        PasswordDestination.check(driver, session.settings().allowedHosts());
        ui.type(by("login.contrasena"), password, "el campo de contraseña");
        for (String key : new String[]{"login.error", "sesion.mensaje-expirada"}) {
            for (WebElement old : driver.findElements(by(key))) {
                // A message of an earlier attempt must not be read as the answer to this one.
                script("arguments[0].style.display = 'none';", old);
            }
        }
        String loginPart = locators.text("sesion.url-login");
        ui.click(by("login.ingresar"), "el botón «Ingresar»");
        return wait.until("la respuesta de SECOP II al inicio de sesión", d -> {
            if (shown("login.error")) {
                return Outcome.REJECTED;
            }
            if (shown("empresa.seleccion") || shown("empresa.lista")) {
                return Outcome.CHOOSE_COMPANY;
            }
            if (shown("login.captcha")) {
                return Outcome.CAPTCHA;
            }
            if (shown("sesion.mensaje-expirada") && shown("login.usuario")) {
                return Outcome.EXPIRED;
            }
            String url = d.getCurrentUrl();
            return url != null && !url.contains(loginPart) ? Outcome.LANDED : null;
        });
    }

    /**
     * Types the credentials and presses "Ingresar" (again, up to three times, when the portal answers
     * "sesión expirada").
     *
     * @throws LoginRejectedException  with the portal's text when it refuses them
     * @throws CaptchaRequiredException when the portal asks for a captcha
     */
    public CompanySelection signIn(String user, String password) {
        if (!shown("login.usuario") && shown("encabezado.usuario")) {
            // A session of an earlier run is still open: leave it so that this user signs in.
            session.markSignedIn(true);
            new HeaderMenu(session).logOut();
        }
        if (shown("login.captcha")) {
            throw new CaptchaRequiredException();
        }
        Outcome outcome = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            outcome = attempt(user, password);
            if (outcome != Outcome.EXPIRED) {
                break;
            }
            // The STS sometimes answers "sesión expirada" to the first attempt: the portal reference advises
            // to simply try again.
            LOG.info("SECOP II respondió «sesión expirada» al iniciar sesión (intento {} de {})", attempt, MAX_ATTEMPTS);
        }
        switch (outcome) {
            case REJECTED -> {
                String text = Texts.clean(PortalWait.displayed(driver, by("login.error")).getText());
                throw new LoginRejectedException(text.isEmpty() ? "Usuario o contraseña incorrectos." : text);
            }
            case CAPTCHA -> throw new CaptchaRequiredException();
            case EXPIRED -> throw new PortalException("SECOP II respondió «La sesión ha expirado» a los " + MAX_ATTEMPTS
                    + " intentos de iniciar sesión. Hay que volver a intentarlo más tarde.");
            case CHOOSE_COMPANY -> {
                return new CompanySelection(session, true);
            }
            default -> {
                return new CompanySelection(session, false);
            }
        }
    }
}
