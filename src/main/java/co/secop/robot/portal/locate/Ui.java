package co.secop.robot.portal.locate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What a user does with the mouse and keyboard, each guarded by a wait: nothing is clicked while a
 * loading overlay covers the page, and a click the overlay intercepts (or that hits a re-rendered
 * element) is retried until the timeout.
 */
public final class Ui {

    private static final String PREPARE_FUNCTION = """
            var prepareClick = function (e, overlays) {
              var shown = function (x) {
                return !!x && x.getClientRects().length > 0 && getComputedStyle(x).visibility !== 'hidden';
              };
              // The portal wires its buttons when the page has loaded; the browser does not wait for that.
              if (!shown(e) || e.disabled || e.ownerDocument.readyState !== 'complete') { return false; }
              var loading = document.querySelectorAll(overlays);
              for (var i = 0; i < loading.length; i++) {
                // An overlay may hold the element; a busy class on the whole page (body) never lets it through.
                if (shown(loading[i]) && (!loading[i].contains(e) || loading[i] === e.ownerDocument.body)) {
                  return false;
                }
              }
              e.scrollIntoView({block: 'center', inline: 'center'});
              var r = e.getBoundingClientRect();
              var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              if (hit && hit !== e && !e.contains(hit) && !(hit.tagName === 'LABEL' && hit.control === e)
                  && !(e.tagName === 'LABEL' && e.control === hit)) { return false; }
              e.__secopRobotClick = false;
              if (!e.__secopRobotListening) {
                e.__secopRobotListening = true;
                e.addEventListener('click', function () { e.__secopRobotClick = true; });
              }
              return true;
            };
            """;

    /**
     * One look before a click: the element is shown and enabled, its page has loaded (the browser does not
     * wait for that: page load strategy "none"), no loading overlay is visible, nothing
     * covers the element's centre (an overlay, the dark background of a modal); then it arms a one-shot
     * listener that tells whether the click arrived. Returns false when the click must wait.
     */
    private static final String PREPARE_CLICK = PREPARE_FUNCTION + "return prepareClick(arguments[0], arguments[1]);";

    /** Finding the element of a key and {@link #PREPARE_CLICK} in one round trip: the element, or null. */
    private static final String FIND_AND_PREPARE_CLICK = Locators.withLocate(PREPARE_FUNCTION + """
            var found = locate(arguments[0], arguments[1], 'elements').filter(displayed);
            return found.length && prepareClick(found[0], arguments[2]) ? found[0] : null;""");

    /**
     * Finding the field of a key in one round trip, ready to type in: displayed, enabled, its page loaded, and
     * no loading overlay or modal background shown in its document. The element, or null.
     */
    private static final String FIND_FOR_TYPING = Locators.withLocate("""
            var found = locate(arguments[0], arguments[1], 'elements').filter(displayed);
            if (!found.length || found[0].disabled || document.readyState !== 'complete') { return null; }
            return anyOverlay(arguments[2]) ? null : found[0];""");

    private static final String CLICK_DELIVERED = "return arguments[0].__secopRobotClick !== false;";

    private final PortalBrowser session;
    private final PortalWait wait;

    Ui(PortalBrowser session, PortalWait wait) {
        this.session = session;
        this.wait = wait;
    }

    private WebDriver driver() {
        return session.driver();
    }

    public void click(By by, String what) {
        try {
            if (by instanceof KeyedBy keyed) {
                wait.until("poder hacer clic en " + what, d -> {
                    Object element = Locators.runIn(d, FIND_AND_PREPARE_CLICK, keyed.pairs(), wait.busy());
                    return element instanceof WebElement ready && clickPrepared(ready) ? Boolean.TRUE : null;
                });
            } else {
                click(what, d -> PortalWait.displayed(d, by));
            }
        } catch (PortalTimeoutException e) {
            throw wait.missingOr(by, what, e);
        }
    }

    /**
     * Clicks the element a script finds ({@code finderBody} may call {@code locate} and the page helpers and
     * returns the element or null), found and prepared in one round trip, looked up again on every attempt.
     */
    public void click(String what, String finderBody, Object... args) {
        String script = SCRIPTED_FINDERS.computeIfAbsent(
                finderBody, body -> Locators.withLocate(PREPARE_FUNCTION + """
                var overlays = arguments[arguments.length - 1];
                var found = (function () {
                """ + body + """
                }).apply(null, arguments);
                return found && prepareClick(found, overlays) ? found : null;"""));
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = wait.busy();
        wait.until("poder hacer clic en " + what, d -> {
            Object element = script(script, all);
            return element instanceof WebElement ready && clickPrepared(ready) ? Boolean.TRUE : null;
        });
    }

    private static final java.util.Map<String, String> SCRIPTED_FINDERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Clicks what {@code finder} returns (looked up again on every attempt). */
    public void click(String what, Function<WebDriver, WebElement> finder) {
        wait.until("poder hacer clic en " + what, d -> {
            WebElement element = finder.apply(d);
            if (element == null) {
                return null;
            }
            return tryClick(element) ? Boolean.TRUE : null;
        });
    }

    /**
     * One click that reports whether it reached the element. Overlays intercept some clicks (Selenium
     * says so) and a transparent {@code .blockUI} or a capture-phase handler can swallow others silently;
     * a one-shot listener on the element tells the two apart, so only lost clicks are repeated.
     *
     * @return false when the click must be tried again
     */
    public boolean tryClick(WebElement element) {
        Object ready = script(PREPARE_CLICK, element, wait.busy());
        return Boolean.TRUE.equals(ready) && clickPrepared(element);
    }

    /** The click itself, after {@link #PREPARE_CLICK}: false when it must be tried again. */
    private boolean clickPrepared(WebElement element) {
        try {
            element.click();
        } catch (ElementNotInteractableException e) {
            // ElementClickInterceptedException included: an overlay got in the way; try again.
            return false;
        }
        try {
            return !Boolean.FALSE.equals(script(CLICK_DELIVERED, element));
        } catch (WebDriverException e) {
            // The click navigated, closed the window, rebuilt the element or opened an alert: it was delivered.
            return true;
        }
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(js, args);
    }

    /** Selects all, deletes and types {@code text} (no blur). */
    public void type(By by, String text, String what) {
        type(by, text, what, false);
    }

    /** Selects all, deletes, types {@code text} and leaves the field with TAB so the widget commits it. */
    public void typeAndBlur(By by, String text, String what) {
        type(by, text, what, true);
    }

    private void type(By by, String text, String what, boolean blur) {
        try {
            typeNow(by, text, what, blur);
        } catch (PortalTimeoutException e) {
            throw wait.missingOr(by, what, e);
        }
    }

    private void typeNow(By by, String text, String what, boolean blur) {
        wait.until("poder escribir en " + what, d -> {
            WebElement element = readyToType(d, by);
            if (element == null) {
                return null;
            }
            try {
                // One command: select all, delete, the text and (to commit the widget) TAB.
                List<CharSequence> keys = new ArrayList<>(List.of(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE));
                if (!text.isEmpty()) {
                    keys.add(text);
                }
                if (blur) {
                    keys.add(Keys.TAB);
                }
                element.sendKeys(keys.toArray(CharSequence[]::new));
                return Boolean.TRUE;
            } catch (ElementNotInteractableException e) {
                return null;
            }
        });
    }

    /** The field {@code by} finds, when it can take keys now (shown, enabled, no overlay); else null. */
    private WebElement readyToType(WebDriver d, By by) {
        if (by instanceof KeyedBy keyed) {
            Object found = Locators.runIn(d, FIND_FOR_TYPING, keyed.pairs(), wait.busyOrModal());
            return found instanceof WebElement element ? element : null;
        }
        if (wait.overlayShown()) {
            return null;
        }
        WebElement element = PortalWait.displayed(d, by);
        return element == null || !element.isEnabled() ? null : element;
    }

    /** Chooses the option of a {@code <select>} with this value (fires the portal's change handler). */
    public void selectByValue(By by, String value, String what) {
        try {
            selectNow(by, value, what);
        } catch (PortalTimeoutException e) {
            throw wait.missingOr(by, what, e);
        }
    }

    private void selectNow(By by, String value, String what) {
        wait.until("poder elegir «" + value + "» en " + what, d -> {
            if (wait.overlayShown()) {
                return null;
            }
            WebElement element = PortalWait.displayed(d, by);
            if (element == null || !element.isEnabled()) {
                return null;
            }
            new Select(element).selectByValue(value);
            return Boolean.TRUE;
        });
    }

    public Set<String> windowHandles() {
        return new LinkedHashSet<>(driver().getWindowHandles());
    }

    /** Waits until a window that was not in {@code before} exists and returns its handle. */
    public Set<String> newWindows(Set<String> before) {
        Set<String> now = windowHandles();
        now.removeAll(before);
        return now;
    }

    public void waitWindowClosed(String handle, String what) {
        wait.until(what, d -> !d.getWindowHandles().contains(handle));
    }
}
