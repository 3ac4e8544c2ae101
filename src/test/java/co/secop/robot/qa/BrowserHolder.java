package co.secop.robot.qa;

import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.browser.Browsers;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.portal.PortalSettings;
import co.secop.robot.testsupport.TestBrowsers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.picocontainer.Disposable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one browser of a scenario ({@link Browsers#open}, headless unless {@code -Dsecop.qa.visible=true}),
 * opened on first use and closed by PicoContainer when the scenario ends, even when it failed.
 */
public final class BrowserHolder implements Disposable {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserHolder.class);
    /** Enough for the simulator; a test portal keeps the robot's own 60 s. */
    private static final Duration SIMULATOR_TIMEOUT = Duration.ofSeconds(30);
    /** Selenium warns through java.util.logging on every start that Chromium 156 has no CDP module (harmless). */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools"),
            java.util.logging.Logger.getLogger("org.openqa.selenium.chromium"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private final PortalUnderTest portal;
    private WebDriver driver;
    private PortalSession session;
    private String expireSessionOnButton;
    private boolean sessionExpiredByTest;

    public BrowserHolder(PortalUnderTest portal) {
        this.portal = portal;
    }

    public synchronized boolean opened() {
        return driver != null;
    }

    /** The page objects' entry point on this scenario's browser. */
    public synchronized PortalSession session() {
        if (session == null) {
            BrowserSettings browser = TestBrowsers.settings().withHeadless(!QaConfig.visible());
            browser = QaConfig.gridUrl().map(browser::withGridUrl).orElse(browser);
            WebDriver opened = Browsers.open(browser);
            driver = expireSessionOnButton == null
                    ? opened
                    : new EventFiringDecorator<>(new ExpireSessionOnClick(this)).decorate(opened);
            PortalSettings settings = PortalSettings.defaults();
            session =
                    new PortalSession(driver, portal.simulated() ? settings.withTimeout(SIMULATOR_TIMEOUT) : settings);
        }
        return session;
    }

    public synchronized WebDriver driver() {
        session();
        return driver;
    }

    /**
     * Fault injection: the first time the robot clicks the button with this label, every session of the
     * simulator expires right before the click reaches the portal. Must be set before the browser opens.
     */
    public synchronized void expireSessionWhenClicking(String buttonValue) {
        if (driver != null) {
            throw new IllegalStateException("La expiración de la sesión se programa antes de abrir el navegador.");
        }
        portal.api();
        expireSessionOnButton = buttonValue;
    }

    public synchronized boolean sessionExpiredByTest() {
        return sessionExpiredByTest;
    }

    /** A PNG of what the browser shows now, if a browser is open and still answers. */
    public synchronized Optional<byte[]> screenshot() {
        if (driver == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (WebDriverException | ClassCastException e) {
            LOG.warn("No se pudo tomar la captura de pantalla: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void dispose() {
        if (driver != null) {
            try {
                driver.quit();
            } catch (WebDriverException e) {
                LOG.warn("No se pudo cerrar el navegador: {}", e.getMessage());
            } finally {
                driver = null;
                session = null;
            }
        }
    }

    /** Public: the decorator calls listener methods by reflection and cannot reach a private class. */
    public static final class ExpireSessionOnClick implements WebDriverListener {
        private final BrowserHolder holder;

        ExpireSessionOnClick(BrowserHolder holder) {
            this.holder = holder;
        }

        @Override
        public void beforeClick(WebElement element) {
            holder.beforeClick(element);
        }
    }

    private synchronized void beforeClick(WebElement element) {
        if (sessionExpiredByTest || expireSessionOnButton == null) {
            return;
        }
        if (expireSessionOnButton.equals(element.getDomAttribute("value"))) {
            sessionExpiredByTest = true;
            LOG.info("Prueba: la sesión del portal expira antes de pulsar «{}»", expireSessionOnButton);
            portal.api().expireSessions();
        }
    }
}
