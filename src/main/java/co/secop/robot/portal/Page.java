package co.secop.robot.portal;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What every page object shares: the session, its waits and its locators. */
abstract class Page {

    final PortalSession session;
    final WebDriver driver;
    final PortalWait wait;
    final Ui ui;
    final Locators locators;

    Page(PortalSession session) {
        this.session = session;
        this.driver = session.driver();
        this.wait = session.waits();
        this.ui = session.ui();
        this.locators = session.locators();
    }

    /** The locator of {@code key}; it remembers its key so that a missing element is reported by it. */
    By by(String key, Object... args) {
        return keyed(locators, key, args);
    }

    static KeyedBy keyed(Locators locators, String key, Object... args) {
        java.util.List<String> alternatives = new java.util.ArrayList<>();
        for (String alternative : locators.texts(key)) {
            alternatives.add(Locators.fill(key, alternative, args));
        }
        return new KeyedBy(key, alternatives, locators.by(key, args));
    }

    boolean shown(String key, Object... args) {
        return PortalWait.isDisplayed(driver, by(key, args));
    }

    /** True when {@code key} finds an element, shown or not (one round trip). */
    boolean present(String key, Object... args) {
        return !driver.findElements(by(key, args)).isEmpty();
    }

    private static final String READ = Locators.withLocate("""
            var found = locate(arguments[0], arguments[1], 'elements');
            return found.length ? shownText(found[0]) : null;""");

    /**
     * The text a person reads in the element of {@code key}, in one round trip: the full text from
     * {@code title} when the server cut the visible one ("UNIVERSIDAD DE AN..."), the text of hidden
     * elements too (a closed menu); "" when there is none.
     */
    String read(String key, Object... args) {
        return readIn(null, key, args);
    }

    /** Like {@link #read} inside {@code context} (a grid row, a dialog). */
    String readIn(WebElement context, String key, Object... args) {
        Object answer = script(READ, context, locators.script(key, args));
        return answer == null ? "" : Texts.clean(String.valueOf(answer));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    private static final String MARK = Locators.withLocate("""
            locate(null, arguments[0], 'elements').forEach(function (e) {
              e.setAttribute('data-secop-robot-old', '1');
            });""");

    private static final String RELOADED = Locators.withLocate("""
            return locate(null, arguments[0], 'elements').some(function (e) {
              return displayed(e) && !e.hasAttribute('data-secop-robot-old');
            });""");

    /**
     * Marks the elements found by {@code key} so that a later wait can tell the portal replaced them
     * (an AJAX reload builds new elements without the mark). One round trip.
     */
    void markForReload(String key) {
        script(MARK, locators.script(key));
    }

    /** True when an element found by {@code key} is displayed and was built after {@link #markForReload}. */
    boolean reloaded(String key) {
        return Boolean.TRUE.equals(script(RELOADED, locators.script(key)));
    }
}
