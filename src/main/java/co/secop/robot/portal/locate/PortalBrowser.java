package co.secop.robot.portal.locate;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browser as the page objects drive it: the driver, the locators, the waits, what a person does on an
 * element ({@link Ui}), and which window or iframe the driver is on. The portal's entry points
 * ({@code PortalSession}) build on it; nothing here knows a page.
 */
public class PortalBrowser {

    private static final Logger LOG = LoggerFactory.getLogger(PortalBrowser.class);

    private final WebDriver driver;
    private final Locators locators;
    private final Duration timeout;
    private final Duration shortTimeout;
    private final PortalWait wait;
    private final Ui ui;
    private volatile boolean signedIn;
    private volatile Consumer<String> stepListener = step -> {};
    /** The window whose top document the driver is on, when the page objects know it (null: unknown). */
    private String topWindow;
    /** Every window the driver has been on: one that is not among them was opened since, by the portal. */
    private final Set<String> seenWindows = ConcurrentHashMap.newKeySet();
    /** The last address the robot opened itself: names the host when the browser cannot reach it. */
    private volatile String lastAddress;

    /**
     * @param timeout      the most the robot waits for any portal reaction
     * @param shortTimeout how long it looks for popups that may not appear
     */
    protected PortalBrowser(WebDriver driver, Locators locators, Duration timeout, Duration shortTimeout) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.locators = Objects.requireNonNull(locators, "locators");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.shortTimeout = Objects.requireNonNull(shortTimeout, "shortTimeout");
        this.wait = new PortalWait(this);
        this.ui = new Ui(this, wait);
    }

    public WebDriver driver() {
        return driver;
    }

    public Locators locators() {
        return locators;
    }

    Duration timeout() {
        return timeout;
    }

    Duration shortTimeout() {
        return shortTimeout;
    }

    public PortalWait waits() {
        return wait;
    }

    public Ui ui() {
        return ui;
    }

    /** Remembers an address the robot opens itself (not a click), for {@link #lastHost()}. */
    public void opening(String url) {
        lastAddress = url;
    }

    /** The host (and port) of the last address the robot opened, to name a portal it cannot reach. */
    public String lastHost() {
        try {
            String authority = java.net.URI.create(lastAddress).getAuthority();
            return authority == null ? lastAddress : authority;
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(lastAddress);
        }
    }

    /** True between entering the work area and signing out. */
    public boolean signedIn() {
        return signedIn;
    }

    /** After a portal failure: the next action signs in again instead of trusting the old session. */
    public void markSignedOut() {
        markSignedIn(false);
    }

    public void markSignedIn(boolean value) {
        this.signedIn = value;
    }

    /**
     * To the top document of window {@code handle}. Every switch of the page objects goes through here or
     * {@link #toFrame}, so the session always knows whether the driver is on a window's top document
     * ({@code ArchitectureTest} keeps it so).
     */
    public void toWindow(String handle) {
        contextMoved();
        driver.switchTo().window(handle);
        atTopOf(handle);
    }

    /** The handle of the driver's window: known without asking when the page objects switched to its top. */
    public String currentWindow() {
        return topWindow != null ? topWindow : driver.getWindowHandle();
    }

    /**
     * A window the driver has never been on, other than {@code home}: the one a click just opened (a window the
     * robot already worked in, like the list of contracts left behind a contract's tab, is never taken for it).
     * Asked only when the page did not change after the click, so the usual flow pays no round trip for it.
     */
    public Optional<String> newWindowBesides(String home) {
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(home) && !seenWindows.contains(handle)) {
                return Optional.of(handle);
            }
        }
        return Optional.empty();
    }

    /** Whether window {@code handle} is still open (the portal may close a popup by itself). */
    public boolean windowOpen(String handle) {
        return driver.getWindowHandles().contains(handle);
    }

    /**
     * Closes window {@code handle} (as a person closes a popup or a tab; nothing when the portal already closed
     * it) and goes back to the top of {@code backTo}.
     */
    public void closeWindow(String handle, String backTo) {
        try {
            if (!isAtTopOf(handle)) {
                toWindow(handle);
            }
            driver.close();
        } catch (NoSuchWindowException e) {
            LOG.debug("La ventana {} ya estaba cerrada", handle);
        }
        toWindow(backTo);
    }

    /** Into an iframe of the current document. */
    public void toFrame(WebElement frame) {
        contextMoved();
        driver.switchTo().frame(frame);
    }

    /** The driver is on the top document of {@code handle} (it just switched there). */
    public void atTopOf(String handle) {
        topWindow = handle;
        seenWindows.add(handle);
    }

    public boolean isAtTopOf(String handle) {
        return handle != null && handle.equals(topWindow);
    }

    /** The driver moved to another window or into a frame: the next switch home is not skipped. */
    public void contextMoved() {
        topWindow = null;
    }

    /**
     * Who hears the steps the page objects take on their own (a confirmation box accepted, a notice
     * closed): the batch writes them in the row's steps. {@code null} stops listening.
     */
    public void onStep(Consumer<String> listener) {
        this.stepListener = listener == null ? step -> {} : listener;
    }

    public void step(String text) {
        LOG.info("{}", text);
        stepListener.accept(text);
    }
}
