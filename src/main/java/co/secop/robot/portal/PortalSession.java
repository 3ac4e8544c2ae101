package co.secop.robot.portal;

import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.browser.Browsers;
import co.secop.robot.portal.locate.PageDocuments;
import co.secop.robot.portal.locate.PageEvidence;
import co.secop.robot.portal.locate.PortalBrowser;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.WebDriver;
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
public final class PortalSession extends PortalBrowser implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PortalSession.class);

    private final PortalSettings settings;
    private final PageEvidence evidence;
    private String mainWindow;

    public PortalSession(WebDriver driver, PortalSettings settings) {
        super(
                driver,
                Objects.requireNonNull(settings, "settings").locators(),
                settings.timeout(),
                settings.shortTimeout());
        this.settings = settings;
        this.evidence = new PageEvidence(driver);
    }

    /** Opens a browser (local or on a Grid) for the portal; {@link #close()} quits it. */
    public static PortalSession open(BrowserSettings browser, PortalSettings settings) {
        return new PortalSession(Browsers.open(browser), settings);
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
        driver().quit();
    }

    public PortalSettings settings() {
        return settings;
    }

    /** Opens the login page (the real one lives on community.secop.gov.co) and waits for its form. */
    public LoginPage openLogin(String url) {
        markSignedIn(false);
        opening(url);
        LOG.debug("Abriendo la página de inicio de sesión {}", url);
        driver().get(url);
        PasswordDestination.refuseCertificateErrors(driver());
        mainWindow = driver().getWindowHandle();
        atTopOf(mainWindow);
        if (LanguageCheck.askSpanish(driver())) {
            // The page was built before the cookie existed: load it again in Spanish.
            driver().navigate().refresh();
        }
        LoginPage login = new LoginPage(this).awaitLoaded();
        LanguageCheck.chooseSpanishOnLoginPage(this);
        return login;
    }

    /** The header of whatever portal page is showing now ("Mis procesos", user, company). */
    public HeaderMenu header() {
        return new HeaderMenu(this);
    }

    /**
     * Throws {@link SessionExpiredException} or {@link PortalErrorPageException} when the current page
     * says so; does nothing otherwise.
     */
    public void verify() {
        waits().checkProblems();
    }

    /**
     * After a failure: closes every window but the one the login was opened in and goes back to it,
     * leaving no iframe selected. Safe to call any time.
     */
    public void closeOtherWindows() {
        if (mainWindow == null) {
            return;
        }
        for (String handle : driver().getWindowHandles()) {
            if (!handle.equals(mainWindow)) {
                try {
                    toWindow(handle);
                    driver().close();
                } catch (NoSuchWindowException e) {
                    LOG.debug("La ventana {} ya estaba cerrada", handle);
                }
            }
        }
        toWindow(mainWindow);
    }
}
