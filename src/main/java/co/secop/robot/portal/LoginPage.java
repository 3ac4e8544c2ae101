package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.portal.locate.PortalWait;
import co.secop.robot.portal.locate.Texts;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The STS login page ({@code /STS/Users/Login/Index}). */
public final class LoginPage extends Page {

    private static final Logger LOG = LoggerFactory.getLogger(LoginPage.class);
    private static final int MAX_ATTEMPTS = 3;

    private enum Outcome {
        REJECTED,
        LOCKED,
        CHOOSE_COMPANY,
        LANDED,
        CAPTCHA,
        EXPIRED,
        SOLVED
    }

    /** What the terminal shows when the portal asks for a captcha and the browser is visible. */
    public static final String SOLVE_CAPTCHA = "Resuelva el captcha en el navegador y pulse Enter";
    /** How long a person has to solve the captcha. */
    static final Duration CAPTCHA_TIME = Duration.ofMinutes(10);
    /** How many times the robot asks the person again when the portal still wants the captcha. */
    private static final int CAPTCHA_ROUNDS = 3;
    /** The account-locked message of the STS login page (docs/portal.md §3; simulator too). */
    private static final String LOCKED_KEY = "login.cuenta-bloqueada";
    /** A reCAPTCHA token, the STS's own response box, or a ticked box inside the captcha. */
    private static final String CAPTCHA_ANSWERED = """
            var areas = document.querySelectorAll('textarea[name="g-recaptcha-response"], #txaresponseKey');
            for (var i = 0; i < areas.length; i++) {
              if (areas[i].value && areas[i].value.trim()) { return true; }
            }
            var boxes = document.querySelectorAll(
                '#divGoogleReCaptchaDiv input[type=checkbox], .g-recaptcha input[type=checkbox]');
            for (var j = 0; j < boxes.length; j++) {
              if (boxes[j].checked) { return true; }
            }
            return false;""";

    LoginPage(PortalSession session) {
        super(session);
    }

    /** Waits for the login form, or for a page of the portal when a session was still open. */
    LoginPage awaitLoaded() {
        wait.until(
                "la página de inicio de sesión de SECOP II",
                d -> shown("login.usuario") || shown("encabezado.conectado"));
        return this;
    }

    /** The notice the portal shows when it sent the user here for inactivity, if any. */
    public Optional<String> sessionExpiredNotice() {
        WebElement notice = PortalWait.displayed(driver, by("sesion.mensaje-expirada"));
        return notice == null ? Optional.empty() : Optional.of(Texts.clean(notice.getText()));
    }

    /** One "Ingresar": types the credentials, clicks and waits for the portal's answer. */
    private Outcome attempt(String user, String password) {
        fill(user, password);
        boolean captchaBefore = shown("login.captcha");
        ui.click(by("login.ingresar"), "el botón «Ingresar»");
        return answer(captchaBefore);
    }

    /** Types the credentials and hides the messages of an earlier attempt. */
    private void fill(String user, String password) {
        wait.visible(by("login.usuario"), "el campo de usuario");
        // The page showing now, right before the first keystroke: a foreign copy gets not even the user name.
        PasswordDestination.check(driver, session.settings().allowedHosts(), "el usuario ni la contraseña");
        ui.type(by("login.usuario"), user, "el campo de usuario");
        PasswordDestination.check(driver, session.settings().allowedHosts());
        ui.type(by("login.contrasena"), password, "el campo de contraseña");
        hideOldMessages();
    }

    /** A message of an earlier attempt must not be read as the answer to the next one. */
    private void hideOldMessages() {
        for (String key : new String[] {"login.error", "sesion.mensaje-expirada"}) {
            for (WebElement old : driver.findElements(by(key))) {
                script("arguments[0].style.display = 'none';", old);
            }
        }
    }

    /**
     * Waits for the portal's answer to «Ingresar». A captcha that was already shown before the click is the
     * answer only with a message (the portal refused the login without it).
     */
    private Outcome answer(boolean captchaBefore) {
        String loginPart = locators.text("sesion.url-login");
        return wait.until("la respuesta de SECOP II al inicio de sesión", d -> {
            if (PortalWait.isDisplayed(d, locked())) {
                return Outcome.LOCKED;
            }
            if (shown("login.error") && !shown("login.captcha")) {
                return Outcome.REJECTED;
            }
            if (shown("empresa.lista")) {
                return Outcome.CHOOSE_COMPANY;
            }
            if (shown("login.captcha") && (!captchaBefore || shown("login.error"))) {
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
        if (session.settings().keepSession() && redirectedWithLiveSession()) {
            LOG.info("La sesión del perfil del navegador sigue abierta: no se inicia sesión de nuevo");
            return new CompanySelection(session, false);
        }
        if (!shown("login.usuario") && shown("encabezado.conectado")) {
            // A session of an earlier run is still open: leave it so that this user signs in.
            session.markSignedIn(true);
            new HeaderMenu(session).logOut();
        }
        if (PortalWait.isDisplayed(driver, locked())) {
            throw new AccountLockedException(
                    Texts.clean(PortalWait.displayed(driver, locked()).getText()));
        }
        if (shown("login.captcha") && session.settings().captcha().isEmpty()) {
            // Headless: nobody can solve it, and a blind "Ingresar" would count as a failed attempt.
            throw new CaptchaRequiredException();
        }
        Outcome outcome = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            if (shown("login.captcha")) {
                // Visible browser and the captcha is already there: no blind «Ingresar», the person solves it first.
                fill(user, password);
                outcome = Outcome.CAPTCHA;
            } else {
                outcome = attempt(user, password);
            }
            for (int round = 1;
                    outcome == Outcome.CAPTCHA
                            && round <= CAPTCHA_ROUNDS
                            && session.settings().captcha().isPresent();
                    round++) {
                outcome = withPerson(password, session.settings().captcha().get());
            }
            if (outcome != Outcome.EXPIRED) {
                break;
            }
            // The STS sometimes answers "sesión expirada" to the first attempt: docs/portal.md §3.4 advises
            // to simply try again.
            LOG.info(
                    "SECOP II respondió «sesión expirada» al iniciar sesión (intento {} de {})", attempt, MAX_ATTEMPTS);
        }
        switch (outcome) {
            case REJECTED -> {
                WebElement error = PortalWait.displayed(driver, by("login.error"));
                String text = error == null ? "" : Texts.clean(error.getText());
                throw new LoginRejectedException(text.isEmpty() ? "Usuario o contraseña incorrectos." : text);
            }
            case LOCKED ->
                throw new AccountLockedException(
                        Texts.clean(PortalWait.displayed(driver, locked()).getText()));
            case CAPTCHA ->
                throw session.settings().captcha().isPresent()
                        ? new CaptchaRequiredException("SECOP II siguió pidiendo el captcha después de "
                                + CAPTCHA_ROUNDS + " intentos de resolverlo; no se inició sesión.")
                        : new CaptchaRequiredException();
            case EXPIRED ->
                throw new PortalException("SECOP II respondió «La sesión ha expirado» a los " + MAX_ATTEMPTS
                        + " intentos de iniciar sesión. Hay que volver a intentarlo más tarde.");
            case CHOOSE_COMPANY -> {
                return new CompanySelection(session, true);
            }
            case SOLVED -> {
                return new CompanySelection(session, true);
            }
            default -> {
                return new CompanySelection(session, false);
            }
        }
    }

    /**
     * With a persistent profile the login page sends a live session on to the work area by itself after a
     * few seconds (2–25 s on the real portal): waits for that before typing anything.
     */
    private boolean redirectedWithLiveSession() {
        String loginPart = locators.text("sesion.url-login");
        return wait.optional(wait.shortTimeout().multipliedBy(3), d -> {
                    String url = d.getCurrentUrl();
                    return url != null && !url.contains(loginPart) && shown("encabezado.conectado")
                            ? Boolean.TRUE
                            : null;
                })
                .isPresent();
    }

    /**
     * The visible browser shows a captcha: asks the person to solve it and waits until they say so, the box is
     * ticked, or the login finishes by itself (they pressed «Ingresar»); then presses «Ingresar» once.
     */
    private Outcome withPerson(String password, CaptchaAssistant assistant) {
        LOG.info("SECOP II pide un captcha: se pide a la persona resolverlo en el navegador");
        BooleanSupplier done = assistant.ask(SOLVE_CAPTCHA);
        Outcome seen = wait.until("que se resuelva el captcha en el navegador", CAPTCHA_TIME, d -> {
            Outcome now = settled(d);
            if (now != null) {
                return now;
            }
            return done.getAsBoolean() || Boolean.TRUE.equals(script(CAPTCHA_ANSWERED)) ? Outcome.SOLVED : null;
        });
        if (seen != Outcome.SOLVED) {
            return seen;
        }
        if (value("login.contrasena").isEmpty()) {
            ui.type(by("login.contrasena"), password, "el campo de contraseña");
        }
        hideOldMessages();
        ui.click(by("login.ingresar"), "el botón «Ingresar»");
        return answer(true);
    }

    /** The login went on (company choice, work area) or was refused; null while the login page waits. */
    private Outcome settled(WebDriver d) {
        if (PortalWait.isDisplayed(d, locked())) {
            return Outcome.LOCKED;
        }
        if (shown("empresa.lista")) {
            return Outcome.CHOOSE_COMPANY;
        }
        String url = d.getCurrentUrl();
        return url != null && !url.contains(locators.text("sesion.url-login")) ? Outcome.LANDED : null;
    }

    private By locked() {
        return by(LOCKED_KEY);
    }
}
