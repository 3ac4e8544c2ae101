package co.secop.robot.simulator;

import co.secop.robot.testsupport.Chromium;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One simulator and one headless Chromium (plain Selenium, 1366×900) per test class, for the tests of the
 * simulator's own pages; {@link #wait} waits up to 15 s and ignores stale elements.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SimulatorBrowserSupport {

    protected Simulator simulator;
    protected ChromeDriver driver;
    protected WebDriverWait wait;

    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults();
    }

    @BeforeAll
    void startSimulatorAndBrowser(@TempDir Path profile) {
        simulator = Simulator.start(simulatorOptions());
        driver = Chromium.open(profile, "--window-size=1366,900");
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    void stopSimulatorAndBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (simulator != null) {
            simulator.close();
        }
    }
}
