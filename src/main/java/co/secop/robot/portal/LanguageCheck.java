package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalTimeoutException;
import co.secop.robot.portal.locate.PortalWait;
import co.secop.robot.portal.locate.Texts;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SECOP II answers in the user's language ({@code CurrentLanguage} cookie); the robot's texts are Spanish.
 * It asks for Spanish before the login and checks, after it, one label every signed-in page shows. The labels
 * are in {@code config/localizadores.conf}: {@value #SPANISH_LABELS} and {@value #ENGLISH_LABELS}.
 */
final class LanguageCheck {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageCheck.class);

    static final String COOKIE = "CurrentLanguage";
    static final String SPANISH = "es-CO";
    /** Labels of the header every signed-in page shows, in Spanish and in English (text settings). */
    static final String SPANISH_LABELS = "idioma.textos-espanol";

    static final String ENGLISH_LABELS = "idioma.textos-ingles";
    /** Texts of the login page in English, and the selector and option a person uses to choose Spanish. */
    static final String ENGLISH_LOGIN_TEXTS = "idioma.textos-ingles-inicio";

    static final String SELECTOR = "login.idioma";
    static final String SPANISH_OPTION = "idioma.opcion-espanol";
    private static final String PAGE_TEXT = """
            return [document.documentElement.getAttribute('lang') || '',
                    document.body ? document.body.innerText + ' ' + Array.from(document.querySelectorAll(
                      'input[type=button], input[type=submit]')).map(function (e) { return e.value; }).join(' ') : ''];""";

    private LanguageCheck() {}

    /**
     * Sets {@code CurrentLanguage=es-CO} for the portal's site unless it is already so.
     *
     * @return true when the cookie was missing or different (the page shown should be loaded again)
     */
    static boolean askSpanish(WebDriver driver) {
        try {
            Cookie current = driver.manage().getCookieNamed(COOKIE);
            if (current != null && SPANISH.equalsIgnoreCase(current.getValue())) {
                return false;
            }
            if (current != null) {
                driver.manage().deleteCookieNamed(COOKIE);
            }
            driver.manage()
                    .addCookie(new Cookie.Builder(COOKIE, SPANISH).path("/").build());
            return true;
        } catch (WebDriverException e) {
            // A page the cookie cannot be set on (an error page): the check after the login still protects.
            LOG.debug("No se pudo poner la cookie de idioma", e);
            return false;
        }
    }

    /**
     * Before the login: when the login page is still in English although the cookie asks for Spanish, chooses
     * «Español» in the page's language selector as a person would (docs/portal.md §19), and stops saying so
     * when there is no selector or the page stays in English.
     */
    static void chooseSpanishOnLoginPage(PortalSession session) {
        if (!englishLoginPage(session)) {
            return;
        }
        WebElement selector =
                PortalWait.displayed(session.driver(), session.locators().by(SELECTOR));
        if (selector == null || !"select".equalsIgnoreCase(selector.getTagName())) {
            throw new PortalLanguageException("la página de inicio de sesión siguió en inglés con la cookie y no"
                    + " muestra un selector de idioma donde elegir «Español»");
        }
        String spanish = spanishOption(session, selector)
                .orElseThrow(() -> new PortalLanguageException("el selector de idioma de la página de inicio de"
                        + " sesión no ofrece "
                        + session.locators().texts(SPANISH_OPTION).stream()
                                .map(n -> "«" + n + "»")
                                .collect(Collectors.joining(" ni "))));
        LOG.info("La cookie de idioma no bastó: se elige «{}» en el selector de idioma de SECOP II", spanish);
        try {
            // Chosen again if a page load that was already under way (the reload for the cookie) replaced it.
            session.waits().until("la página de inicio de sesión en español", d -> {
                if (!englishLoginPage(session)) {
                    return PortalWait.displayed(d, session.locators().by("login.usuario")) != null
                            ? Boolean.TRUE
                            : null;
                }
                WebElement shown = PortalWait.displayed(d, session.locators().by(SELECTOR));
                if (shown != null
                        && !Texts.clean(new Select(shown)
                                        .getFirstSelectedOption()
                                        .getText())
                                .equals(spanish)) {
                    spanishOption(session, shown).ifPresent(new Select(shown)::selectByVisibleText);
                }
                return null;
            });
        } catch (PortalTimeoutException e) {
            throw new PortalLanguageException("se eligió «" + spanish
                    + "» en el selector de idioma, pero la página de inicio de sesión siguió en inglés");
        }
    }

    /** The text of the selector's Spanish option ({@value #SPANISH_OPTION}), if it has one. */
    private static Optional<String> spanishOption(PortalSession session, WebElement selector) {
        List<String> names = session.locators().texts(SPANISH_OPTION);
        return new Select(selector)
                .getOptions().stream()
                        .map(o -> Texts.clean(o.getText()))
                        .filter(text -> names.stream().anyMatch(text::equalsIgnoreCase))
                        .findFirst();
    }

    /** The login page says lang="en…" or shows one of its English texts ({@value #ENGLISH_LOGIN_TEXTS}). */
    private static boolean englishLoginPage(PortalSession session) {
        Object result = ((JavascriptExecutor) session.driver()).executeScript(PAGE_TEXT);
        if (!(result instanceof List<?> values) || values.size() < 2) {
            return false;
        }
        String lang = String.valueOf(values.get(0)).strip().toLowerCase(java.util.Locale.ROOT);
        String text = Texts.clean(String.valueOf(values.get(1)));
        return lang.startsWith("en")
                || session.locators().texts(ENGLISH_LOGIN_TEXTS).stream().anyMatch(text::contains);
    }

    /** After the login: a Spanish label of the header must be there; English ones stop the robot. */
    static void requireSpanish(PortalSession session) {
        Object result = ((JavascriptExecutor) session.driver()).executeScript(PAGE_TEXT);
        if (!(result instanceof List<?> values) || values.size() < 2) {
            return;
        }
        List<String> spanishLabels = session.locators().texts(SPANISH_LABELS);
        List<String> englishLabels = session.locators().texts(ENGLISH_LABELS);
        String lang = String.valueOf(values.get(0)).strip().toLowerCase(java.util.Locale.ROOT);
        String text = Texts.clean(String.valueOf(values.get(1)));
        String english =
                englishLabels.stream().filter(text::contains).findFirst().orElse("");
        if (english.isEmpty() && spanishLabels.stream().anyMatch(text::contains)) {
            return;
        }
        if (!english.isEmpty() || lang.startsWith("en")) {
            throw new PortalLanguageException(
                    english.isEmpty()
                            ? "la página dice lang=\"" + lang + "\""
                            : "el menú dice «" + english + "» en lugar de «" + spanishLabels.get(0) + "»");
        }
        LOG.warn(
                "No se encontró {} en la página después de iniciar sesión",
                spanishLabels.stream().map(l -> "«" + l + "»").collect(Collectors.joining(" ni ")));
    }
}
