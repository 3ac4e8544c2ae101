package co.secop.robot.testsupport;

import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.browser.Browsers;
import co.secop.robot.browser.DriverResolver;
import co.secop.robot.config.RobotConfiguration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;

/**
 * The browser of the tests, found the way the robot finds it: {@code navegador.binario} and
 * {@code navegador.chromedriver} of {@code config/secop.conf} (or {@code SECOP_NAVEGADOR}, {@code SECOP_CHROMEDRIVER},
 * {@code -Dnavegador.binario=...}), else {@code /usr/bin/chromium}, the PATH and the usual install folders of Chrome
 * ({@link DriverResolver}). When there is no browser at all, the browser tests are skipped with a message that says
 * how to run them; a configured browser that does not exist, or a browser without its driver, still fails.
 */
public final class TestBrowsers {

    public static final String NO_BROWSER =
            "Pruebas con navegador omitidas: no se encontró Google Chrome ni Chromium en este"
                    + " equipo. Instálelo o indique su ruta en config/secop.conf (navegador.binario), en SECOP_NAVEGADOR o con"
                    + " -Dnavegador.binario=<ruta>.";

    private static final Map<List<Optional<Path>>, DriverResolver.Resolution> RESOLVED = new ConcurrentHashMap<>();

    private TestBrowsers() {}

    /**
     * The robot's browser settings from its configuration (headless unless configured, never a Grid); skips the
     * running test, or class from {@code @BeforeAll}, when this machine has no browser at all.
     */
    public static BrowserSettings settings() {
        assumeBrowser();
        return configured();
    }

    private static BrowserSettings configured() {
        return RobotConfiguration.load(Optional.empty()).browserSettings(false).withGridUrl(null);
    }

    /** Skips the running test (or class, from {@code @BeforeAll}) when this machine has no browser at all. */
    public static void assumeBrowser() {
        assumeBrowser(configured(), new DriverResolver());
    }

    /**
     * Skips unless a browser is configured (whether or not it exists: a wrong path must fail, not skip) or the
     * resolver finds one.
     */
    public static void assumeBrowser(BrowserSettings settings, DriverResolver resolver) {
        Assumptions.assumeTrue(
                settings.chromeBinary().isPresent() || resolver.findBrowser().isPresent(), NO_BROWSER);
    }

    /** A headless browser as the robot opens it, with the configured browser; skips when there is none. */
    public static WebDriver open() {
        return Browsers.open(settings());
    }

    /** The browser and chromedriver of {@link #settings()}, resolved once per test JVM. */
    public static DriverResolver.Resolution resolution() {
        return resolution(settings());
    }

    /** The browser and chromedriver of these settings, resolved once per test JVM. */
    public static DriverResolver.Resolution resolution(BrowserSettings settings) {
        return RESOLVED.computeIfAbsent(
                List.of(settings.chromeBinary(), settings.chromedriver()), k -> new DriverResolver().resolve(settings));
    }
}
