package co.secop.robot.portal.locate;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.NoSuchFrameException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Explicit waits, Selenide style: every wait names a condition, polls every 100 ms and gives up after
 * the configured timeout. While waiting it also watches for the portal's dead ends (session expired,
 * "Error inesperado") and fails at once with the matching exception instead of waiting for nothing.
 */
public final class PortalWait {

    static final Duration POLL = Duration.ofMillis(100);

    /** A page still loading counts as covered: the browser does not wait for its load event (strategy "none"). */
    private static final String VISIBLE_OVERLAY_SCRIPT = """
            if (document.readyState !== 'complete') { return true; }
            const found = document.querySelectorAll(arguments[0]);
            for (const e of found) {
              const s = window.getComputedStyle(e);
              if (s.display !== 'none' && s.visibility !== 'hidden' && e.getClientRects().length > 0) {
                return true;
              }
            }
            return false;""";

    private final PortalBrowser session;

    PortalWait(PortalBrowser session) {
        this.session = session;
    }

    private WebDriver driver() {
        return session.driver();
    }

    private Locators locators() {
        return session.locators();
    }

    public Duration timeout() {
        return session.timeout();
    }

    public Duration shortTimeout() {
        return session.shortTimeout();
    }

    /** Waits up to the timeout until {@code condition} gives a non-null, non-false value. */
    public <T> T until(String what, Function<WebDriver, T> condition) {
        return until(what, timeout(), condition);
    }

    public <T> T until(String what, Duration timeout, Function<WebDriver, T> condition) {
        try {
            return fluent(timeout).until(d -> {
                return lookOnce(d, condition);
            });
        } catch (TimeoutException e) {
            checkProblems();
            throw new PortalTimeoutException(
                    "SECOP II no respondió a tiempo: se esperó " + seconds(timeout) + " a " + what + ".", e);
        } catch (UnhandledAlertException e) {
            throw alert(e);
        }
    }

    /** A native {@code alert()} of the portal (e.g. "Error inesperado (500).") as a Spanish exception. */
    public static PortalException alert(UnhandledAlertException e) {
        String text = Texts.clean(e.getAlertText());
        if (Texts.normalize(text).contains("error inesperado")) {
            return new PortalErrorPageException("Error inesperado", text);
        }
        return new PortalException("SECOP II mostró el aviso «" + text + "».", e);
    }

    /** Like {@link #until} but an absent outcome is fine (optional popups): empty on timeout. */
    public <T> Optional<T> optional(Duration timeout, Function<WebDriver, T> condition) {
        try {
            return Optional.ofNullable(fluent(timeout).until(d -> {
                return lookOnce(d, condition);
            }));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (UnhandledAlertException e) {
            throw alert(e);
        }
    }

    /**
     * One poll: the condition first; only when it does not hold yet, a look for the portal's dead ends (so a
     * wait that is met at once costs no extra round trip, and one that is not met never waits for nothing).
     */
    private <T> T lookOnce(WebDriver d, Function<WebDriver, T> condition) {
        T value;
        try {
            value = staleAsStale(() -> condition.apply(d));
        } catch (RuntimeException e) {
            // The page's dead end (expired session, error page) explains a failed look better than the look.
            try {
                checkProblems();
            } catch (WebDriverException unreadable) {
                e.addSuppressed(unreadable);
            }
            throw e;
        }
        if (value == null || Boolean.FALSE.equals(value)) {
            checkProblems();
        }
        return value;
    }

    private FluentWait<WebDriver> fluent(Duration timeout) {
        return new FluentWait<>(driver())
                .withTimeout(timeout)
                .pollingEvery(POLL)
                .ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchFrameException.class);
    }

    public static String seconds(Duration d) {
        long s = d.toSeconds();
        return s >= 1 ? s + " s" : d.toMillis() + " ms";
    }

    // ---------------------------------------------------------------- conditions

    /**
     * What says the portal is busy, as one CSS selector: its loading overlays ({@code espera.capas}) and the busy
     * class some pages of the platform put on the page ({@code espera.clase-ocupado}, docs/portal.md §19).
     */
    public String busy() {
        return locators().css("espera.capas") + ", ." + locators().text("espera.clase-ocupado");
    }

    /** The loading overlays and the dark background of a modal ({@code espera.capas-modales}), as one selector. */
    public String busyOrModal() {
        return busy() + ", " + locators().css("espera.capas-modales");
    }

    /**
     * True when a {@code div.vortal-preloader}, a {@code .blockUI} or the dark background of a modal
     * ({@code div#bPopup<N>.bModal}) covers the current document (or frame), or it is still loading.
     */
    public boolean overlayShown() {
        Object shown = ((JavascriptExecutor) driver()).executeScript(VISIBLE_OVERLAY_SCRIPT, busyOrModal());
        return Boolean.TRUE.equals(shown);
    }

    /**
     * True when a loading overlay ({@code div.vortal-preloader}, {@code .blockUI}) covers the current document,
     * or it is still loading.
     */
    boolean loadingShown() {
        Object shown = ((JavascriptExecutor) driver()).executeScript(VISIBLE_OVERLAY_SCRIPT, busy());
        return Boolean.TRUE.equals(shown);
    }

    /** Waits until no loading overlay covers the current document. */
    public void overlaysGone() {
        until("que la página termine de cargar (capas de espera)", d -> !overlayShown());
    }

    /** Every alternative of a key and the visibility test in one round trip (no isDisplayed per element). */
    private static final String FIRST_DISPLAYED = Locators.withLocate("""
            var found = locate(arguments[0], arguments[1], 'elements').filter(displayed);
            return found.length ? found[0] : null;""");

    /** The first displayed element found by {@code by}, or null. Looks again when the page redraws meanwhile. */
    public static WebElement displayed(SearchContext context, By by) {
        if (by instanceof KeyedBy keyed) {
            return retryStale(() -> (WebElement) Locators.runIn(context, FIRST_DISPLAYED, keyed.pairs()));
        }
        return retryStale(() -> {
            for (WebElement e : context.findElements(by)) {
                if (e.isDisplayed()) {
                    return e;
                }
            }
            return null;
        });
    }

    /**
     * Runs a read again (at once, up to five times) when the page rebuilt the elements it was reading:
     * the portal redraws sections by AJAX, sometimes twice in a row.
     */
    public static <T> T retryStale(java.util.function.Supplier<T> read) {
        StaleElementReferenceException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return staleAsStale(read);
            } catch (StaleElementReferenceException e) {
                last = e;
            }
        }
        throw last;
    }

    /**
     * Chromium sometimes reports an element the page just removed as "unknown error: Node with given id
     * does not belong to the document" instead of a stale element; both mean the page was redrawn.
     */
    static <T> T staleAsStale(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (StaleElementReferenceException e) {
            throw e;
        } catch (WebDriverException e) {
            if (isDetachedNode(e)) {
                throw new StaleElementReferenceException("El portal redibujó el elemento.", e);
            }
            throw e;
        }
    }

    public static boolean isDetachedNode(WebDriverException e) {
        String message = e.getMessage();
        return message != null && message.contains("does not belong to the document");
    }

    public static boolean isDisplayed(SearchContext driver, By by) {
        return displayed(driver, by) != null;
    }

    public WebElement visible(By by, String what) {
        try {
            return until(what + " visible", d -> displayed(d, by));
        } catch (PortalTimeoutException e) {
            throw missingOr(by, what, e);
        }
    }

    public WebElement present(By by, String what) {
        try {
            return until(what, d -> {
                List<WebElement> found = d.findElements(by);
                return found.isEmpty() ? null : found.get(0);
            });
        } catch (PortalTimeoutException e) {
            throw missingOr(by, what, e);
        }
    }

    /**
     * After a wait for {@code by} timed out: an {@link ElementNotFoundException} when the element is not in
     * the document at all while the page has finished loading (no overlay, {@code readyState} complete), which
     * means the portal changed; otherwise {@code timeout} (a slow or stuck portal).
     */
    PortalException missingOr(By by, String what, PortalTimeoutException timeout) {
        if (!(by instanceof KeyedBy keyed)) {
            return timeout;
        }
        try {
            WebDriver driver = driver();
            if (!driver.findElements(by).isEmpty() || overlayShown()) {
                return timeout;
            }
            Object state = ((JavascriptExecutor) driver)
                    .executeScript("return [document.readyState, location.href, document.title];");
            if (!(state instanceof List<?> values) || values.size() < 3 || !"complete".equals(values.get(0))) {
                return timeout;
            }
            String title = String.valueOf(values.get(2));
            if (title.isBlank()) {
                title = driver.getTitle();
            }
            return new ElementNotFoundException(
                    keyed.key(), label(what), keyed.alternatives(), String.valueOf(values.get(1)), title);
        } catch (org.openqa.selenium.WebDriverException e) {
            return timeout;
        }
    }

    /** «Valor neto» out of "el campo «Valor neto»"; the whole text when it quotes nothing. */
    public static String label(String what) {
        int open = what.indexOf('«');
        int close = open < 0 ? -1 : what.indexOf('»', open);
        return open >= 0 && close > open + 1 ? what.substring(open + 1, close) : what;
    }

    /** Waits until nothing found by {@code by} is displayed. */
    public void invisible(By by, String what) {
        until(what, d -> !isDisplayed(d, by));
    }

    // ---------------------------------------------------------------- dead ends

    private static final String PROBLEMS_SCRIPT = Locators.withLocate("""
            var signedIn = arguments[0], keys = arguments[1];
            var firstShown = function (alternatives) {
              var found = locate(null, alternatives, 'elements').filter(visible);
              return found.length ? clean(found[0].innerText) : null;
            };
            var out = {url: window.location.href};
            if (window.location.protocol === 'chrome-error:') {
              var data = (window.loadTimeData && window.loadTimeData.data_) || {};
              var code = (document.body ? document.body.innerText : '').match(/(NET::)?ERR_[A-Z_]+/);
              out.browserError = {
                code: String(data.errorCode || (code ? code[0] : '')),
                host: String((data.summary && data.summary.hostName) || '')
              };
              return out;
            }
            if (signedIn) { out.expired = firstShown(keys.expired); }
            out.unavailable = firstShown(keys.unavailable);
            out.errorTitle = firstShown(keys.errorTitle);
            if (out.errorTitle !== null && document.body) { out.body = clean(document.body.innerText); }
            return out;""");

    /**
     * Throws when the current page says the session expired or shows "Error inesperado" (one look at the page:
     * a single round trip to the browser).
     */
    public void checkProblems() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("expired", locators().script("sesion.dialogo-expirada"));
        keys.put("unavailable", locators().script("error.no-disponible"));
        keys.put("errorTitle", locators().script("error.titulo"));
        boolean signedIn = session.signedIn();
        Object answer = ((JavascriptExecutor) driver()).executeScript(PROBLEMS_SCRIPT, signedIn, keys);
        if (!(answer instanceof Map<?, ?> found)) {
            return;
        }
        if (found.get("browserError") instanceof Map<?, ?> error) {
            // Nothing came from the portal at all: no session was closed, no page will come by waiting.
            String host = error.get("host") instanceof String h && !h.isBlank() ? h : session.lastHost();
            throw new PortalUnreachableException(host, String.valueOf(error.get("code")));
        }
        if (signedIn) {
            // The document's own URL: inside an iframe or a popup the login page can load there only.
            if (found.get("url") instanceof String href
                    && href.contains(locators().text("sesion.url-login"))) {
                throw new SessionExpiredException("La sesión de SECOP II expiró: el portal volvió a la página de "
                        + "inicio de sesión. Hay que iniciar sesión de nuevo.");
            }
            if (found.get("expired") instanceof String text) {
                throw new SessionExpiredException(
                        "La sesión de SECOP II expiró" + (text.isEmpty() ? "." : ": " + Texts.abbreviate(text, 200)));
            }
        }
        if (found.get("unavailable") instanceof String text) {
            throw new PortalUnavailableException("SECOP II no está disponible en este momento (HTTP 503 «"
                    + Texts.clean(text) + "»). Hay que volver a intentarlo más tarde.");
        }
        if (found.get("errorTitle") instanceof String title) {
            String body = found.get("body") instanceof String b ? b : "";
            String text = Texts.clean(body.replace(title, ""));
            throw new PortalErrorPageException(
                    title.isEmpty() ? "Error inesperado" : Texts.clean(title), Texts.abbreviate(text, 400));
        }
    }
}
