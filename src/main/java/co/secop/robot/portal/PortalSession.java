package co.secop.robot.portal;

import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.browser.Browsers;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser working on SECOP II: the entry point of the page objects.
 *
 * <pre>{@code
 * PortalSession portal = new PortalSession(driver, PortalSettings.defaults());
 * WorkAreaPage work = portal.openLogin(url).signIn(user, password).enter(companyOrNull);
 * }</pre>
 */
public final class PortalSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PortalSession.class);

    private final WebDriver driver;
    private final PortalSettings settings;
    private final PortalWait wait;
    private final Ui ui;
    private final PageEvidence evidence;
    private volatile boolean signedIn;
    private volatile Consumer<String> stepListener = step -> {};
    private String mainWindow;

    public PortalSession(WebDriver driver, PortalSettings settings) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.wait = new PortalWait(this);
        this.ui = new Ui(this, wait);
        this.evidence = new PageEvidence(driver);
    }

    /** Opens a browser (local or on a Grid) for the portal; {@link #close()} quits it. */
    public static PortalSession open(BrowserSettings browser, PortalSettings settings) {
        return new PortalSession(Browsers.open(browser), settings);
    }

    WebDriver driver() {
        return driver;
    }

    /** The address the browser shows now (empty when it cannot tell). */
    public Optional<String> currentUrl() {
        return evidence.currentUrl();
    }

    /** What the person would see now, as PNG (empty when the browser cannot take it). */
    public Optional<byte[]> screenshot() {
        return evidence.screenshot();
    }

    /** The HTML of every window and iframe (nested ones too), the current document marked. */
    public List<PageDocuments.Document> documents() {
        contextMoved();
        return evidence.documents();
    }

    /** The browser console lines logged since the last call (level and message). */
    public List<String> consoleLines() {
        return evidence.consoleLines();
    }

    /** Asks whether the portal answers at an address, once or until a deadline (after a failure). */
    public PortalProbe probe() {
        return new PortalProbe(this);
    }

    /** Quits the browser. */
    @Override
    public void close() {
        driver.quit();
    }

    public PortalSettings settings() {
        return settings;
    }

    /** Opens the login page (the real one lives on community.secop.gov.co) and waits for its form. */
    public LoginPage openLogin(String url) {
        signedIn = false;
        LOG.debug("Abriendo la página de inicio de sesión {}", url);
        driver.get(url);
        PasswordDestination.refuseCertificateErrors(driver);
        mainWindow = driver.getWindowHandle();
        if (LanguageCheck.askSpanish(driver)) {
            // The page was built before the cookie existed: load it again in Spanish.
            driver.navigate().refresh();
        }
        LoginPage login = new LoginPage(this).awaitLoaded();
        LanguageCheck.chooseSpanishOnLoginPage(this);
        return login;
    }

    /** The header of whatever portal page is showing now ("Mis procesos", user, company). */
    public HeaderMenu header() {
        return new HeaderMenu(this);
    }

    /** True between entering the work area and signing out. */
    public boolean signedIn() {
        return signedIn;
    }

    /** After a portal failure: the next action signs in again instead of trusting the old session. */
    public void markSignedOut() {
        markSignedIn(false);
    }

    void markSignedIn(boolean value) {
        this.signedIn = value;
    }

    /**
     * Throws {@link SessionExpiredException} or {@link PortalErrorPageException} when the current page
     * says so; does nothing otherwise.
     */
    public void verify() {
        wait.checkProblems();
    }

    /**
     * After a failure: closes every window but the one the login was opened in and goes back to it,
     * leaving no iframe selected. Safe to call any time.
     */
    public void closeOtherWindows() {
        if (mainWindow == null) {
            return;
        }
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(mainWindow)) {
                try {
                    toWindow(handle);
                    driver.close();
                } catch (NoSuchWindowException e) {
                    LOG.debug("La ventana {} ya estaba cerrada", handle);
                }
            }
        }
        toWindow(mainWindow);
    }

    /**
     * To the top document of window {@code handle}. Every switch of the page objects goes through here or
     * {@link #toFrame}, so the session always knows whether the driver is on a window's top document
     * ({@code ArchitectureTest} keeps it so).
     */
    void toWindow(String handle) {
        contextMoved();
        driver.switchTo().window(handle);
        atTopOf(handle);
    }

    /** Into an iframe of the current document. */
    void toFrame(WebElement frame) {
        contextMoved();
        driver.switchTo().frame(frame);
    }

    /** The window whose top document the driver is on, when the page objects know it (null: unknown). */
    private String topWindow;

    /** The driver is on the top document of {@code handle} (it just switched there). */
    void atTopOf(String handle) {
        topWindow = handle;
    }

    boolean isAtTopOf(String handle) {
        return handle != null && handle.equals(topWindow);
    }

    /** The driver moved to another window or into a frame: the next switch home is not skipped. */
    void contextMoved() {
        topWindow = null;
    }

    /**
     * Who hears the steps the page objects take on their own (a confirmation box accepted, a notice
     * closed): the batch writes them in the row's steps. {@code null} stops listening.
     */
    public void onStep(Consumer<String> listener) {
        this.stepListener = listener == null ? step -> {} : listener;
    }

    void step(String text) {
        LOG.info("{}", text);
        stepListener.accept(text);
    }

    PortalWait waits() {
        return wait;
    }

    Ui ui() {
        return ui;
    }

    Locators locators() {
        return settings.locators();
    }
}
