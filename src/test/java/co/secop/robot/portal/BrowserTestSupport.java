package co.secop.robot.portal;

import co.secop.robot.browser.Browsers;
import co.secop.robot.portal.locate.Locators;
import co.secop.robot.testsupport.TestBrowsers;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;

/**
 * One headless browser ({@link Browsers#open}) and its {@link PortalSession} per test class, closed after the
 * last test. Subclasses choose the timeouts ({@link #portalSettings()}) or another browser ({@link
 * #openBrowser()}); {@link SimulatorTestSupport} adds a simulator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

    protected WebDriver driver;
    protected PortalSession portal;

    /** The default locators with these timeouts. */
    static PortalSettings settings(Duration timeout, Duration shortTimeout) {
        return new PortalSettings(timeout, shortTimeout, Locators.load(Optional.empty()));
    }

    /** 20 s to wait for the portal, 2 s for optional popups. */
    protected PortalSettings portalSettings() {
        return settings(Duration.ofSeconds(20), Duration.ofSeconds(2));
    }

    protected WebDriver openBrowser() {
        return TestBrowsers.open();
    }

    @BeforeAll
    void openBrowserAndSession() {
        driver = openBrowser();
        portal = new PortalSession(driver, portalSettings());
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
