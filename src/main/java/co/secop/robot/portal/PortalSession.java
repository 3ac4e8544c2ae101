package co.secop.robot.portal;

import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.WebDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * One browser working on SECOP II: the entry point of the page objects.
 *
 * <pre>{@code
 * PortalSession portal = new PortalSession(driver, PortalSettings.defaults());
 * WorkAreaPage work = portal.openLogin(url).signIn(user, password).enter(companyOrNull);
 * }</pre>
 */
public final class PortalSession {

    private static final Logger LOG = LoggerFactory.getLogger(PortalSession.class);

    private final WebDriver driver;
    private final PortalSettings settings;
    private final PortalWait wait;
    private final Ui ui;
    private volatile boolean signedIn;
    private String mainWindow;

    public PortalSession(WebDriver driver, PortalSettings settings) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.wait = new PortalWait(this);
        this.ui = new Ui(this, wait);
    }

    public WebDriver driver() {
        return driver;
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
        return new LoginPage(this).awaitLoaded();
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
                    driver.switchTo().window(handle);
                    driver.close();
                } catch (NoSuchWindowException e) {
                    LOG.debug("La ventana {} ya estaba cerrada", handle);
                }
            }
        }
        driver.switchTo().window(mainWindow);
        driver.switchTo().defaultContent();
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
