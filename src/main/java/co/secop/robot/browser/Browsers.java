package co.secop.robot.browser;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.apache.commons.io.FileUtils;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.CommandPayload;
import org.openqa.selenium.remote.LocalFileDetector;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Chrome/Chromium for the robot: locally (with a fresh profile folder that is deleted on
 * {@code quit()}) or on a Selenium Grid 4 (files to upload travel from this machine).
 */
public final class Browsers {

    private static final Logger LOG = LoggerFactory.getLogger(Browsers.class);

    /**
     * Flags that keep Chromium quiet and stable in containers and CI. The sandbox stays on: see
     * {@link ChromiumSandbox}.
     */
    static final List<String> COMMON_FLAGS = List.of(
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--lang=es-CO");

    private Browsers() {}

    /**
     * Opens a browser. Call {@code quit()} when done: it also deletes the temporary profile.
     *
     * @throws BrowserUnavailableException when no browser/driver is usable or the browser does not start
     */
    public static WebDriver open(BrowserSettings settings) {
        return open(settings, new DriverResolver());
    }

    static WebDriver open(BrowserSettings settings, DriverResolver resolver) {
        if (settings.gridUrl().isPresent()) {
            return openOnGrid(settings);
        }
        DriverResolver.Resolution resolution = resolver.resolve(settings);
        LOG.debug("Navegador: {}", resolution.description());
        if (settings.profile().isPresent()) {
            return openWithProfile(
                    settings,
                    resolution,
                    PrivateFolder.create(settings.profile().get()));
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("secop-robot-perfil-");
        } catch (IOException e) {
            throw new BrowserUnavailableException(
                    "No se pudo crear la carpeta temporal del perfil del navegador: " + e.getMessage(), e);
        }
        ChromeOptions options = options(settings);
        options.addArguments(ChromiumSandbox.flags());
        resolution.browser().ifPresent(binary -> options.setBinary(binary.toFile()));
        options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(resolution.chromedriver().toFile())
                .usingAnyFreePort()
                .build();
        try {
            WebDriver driver = new ProfileCleaningChromeDriver(service, options, profile);
            configure(driver, settings);
            return driver;
        } catch (WebDriverException e) {
            deleteQuietly(profile);
            throw new BrowserUnavailableException(
                    "No se pudo iniciar el navegador (" + resolution.description() + "): " + firstLine(e.getMessage())
                            + " " + DriverResolver.INSTALL_HINT,
                    e);
        }
    }

    /** {@code --perfil}: the folder stays after {@code quit()}, with the portal's session cookies in it. */
    private static WebDriver openWithProfile(
            BrowserSettings settings, DriverResolver.Resolution resolution, Path profile) {
        ChromeOptions options = options(settings);
        resolution.browser().ifPresent(binary -> options.setBinary(binary.toFile()));
        options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(resolution.chromedriver().toFile())
                .usingAnyFreePort()
                .build();
        try {
            WebDriver driver = new CountingChromeDriver(service, options);
            configure(driver, settings);
            return driver;
        } catch (WebDriverException e) {
            throw new BrowserUnavailableException(
                    "No se pudo iniciar el navegador con el perfil " + profile + " ("
                            + resolution.description() + "): " + firstLine(e.getMessage())
                            + " ¿Hay otro navegador abierto con ese perfil?",
                    e);
        }
    }

    private static WebDriver openOnGrid(BrowserSettings settings) {
        ChromeOptions options = options(settings);
        settings.chromeBinary().ifPresent(binary -> options.setBinary(binary.toString()));
        URL grid = settings.gridUrl().get();
        try {
            RemoteWebDriver driver = new CountingRemoteWebDriver(grid, options);
            // Right away: every file the robot attaches lives on this machine, not on the Grid's node.
            driver.setFileDetector(new LocalFileDetector());
            configure(driver, settings);
            return driver;
        } catch (WebDriverException e) {
            LOG.debug("El Selenium Grid {} no abrió una sesión", grid, e);
            throw gridFailure(grid, e);
        }
    }

    /** What went wrong with a Grid, in Spanish: down, full, or it could not start the browser. */
    static BrowserUnavailableException gridFailure(URL grid, WebDriverException e) {
        if (causedBy(e, java.net.ConnectException.class)
                || causedBy(e, java.nio.channels.UnresolvedAddressException.class)
                || causedBy(e, java.net.UnknownHostException.class)) {
            return new BrowserUnavailableException(
                    "El Selenium Grid " + grid + " no responde: ¿está iniciado y es"
                            + " correcta la dirección? («./secop grid» inicia uno en este equipo; revise --grid, SECOP_GRID o"
                            + " navegador.grid).",
                    e);
        }
        String message = String.valueOf(e.getMessage());
        if (causedBy(e, java.net.http.HttpTimeoutException.class)
                || causedBy(e, java.util.concurrent.TimeoutException.class)
                || causedBy(e, org.openqa.selenium.TimeoutException.class)
                || message.contains("New session request timed out")
                || message.contains("session queue")) {
            return new BrowserUnavailableException(
                    "El Selenium Grid " + grid + " no tuvo un navegador libre a tiempo:"
                            + " todas sus sesiones están ocupadas. Espere a que terminen, use un --paralelo menor o agregue"
                            + " nodos al Grid.",
                    e);
        }
        return new BrowserUnavailableException(
                "El Selenium Grid " + grid + " no pudo abrir Chrome: " + firstLine(e.getMessage()), e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static ChromeOptions options(BrowserSettings settings) {
        ChromeOptions options = new ChromeOptions();
        if (settings.headless()) {
            options.addArguments("--headless=new");
        }
        options.addArguments(COMMON_FLAGS);
        options.addArguments("--window-size=" + settings.windowSize().getWidth() + ","
                + settings.windowSize().getHeight());
        // chromedriver does not wait for the page's load event after every command (measured: ~0.3 s per row
        // on the simulator); the page objects wait for what they use, and act only on a complete document.
        options.setPageLoadStrategy(PageLoadStrategy.NONE);
        // A certificate error stops the robot: never accept an insecure certificate.
        options.setAcceptInsecureCerts(false);
        // The support trace (--traza) keeps the browser console of every step.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "credentials_enable_service", false,
                        "profile.password_manager_enabled", false,
                        "intl.accept_languages", "es-CO,es"));
        return options;
    }

    private static void configure(WebDriver driver, BrowserSettings settings) {
        driver.manage().timeouts().pageLoadTimeout(settings.pageLoadTimeout());
        if (!settings.headless()) {
            driver.manage().window().setSize(settings.windowSize());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int cut = message.indexOf('\n');
        return (cut < 0 ? message : message.substring(0, cut)).strip();
    }

    static void deleteQuietly(Path dir) {
        if (!FileUtils.deleteQuietly(dir.toFile()) && Files.exists(dir)) {
            LOG.warn("No se pudo borrar la carpeta temporal del navegador {}", dir);
        }
    }

    /** A ChromeDriver on a profile of the person's ({@code --perfil}) that counts its commands. */
    static final class CountingChromeDriver extends ChromeDriver {

        CountingChromeDriver(ChromeDriverService service, ChromeOptions options) {
            super(service, options);
        }

        @Override
        protected Response execute(CommandPayload payload) {
            WebDriverCommands.count(payload.getName());
            return super.execute(payload);
        }
    }

    /** A browser on a Selenium Grid ({@code --grid}) that counts its commands: each one crosses the network. */
    static final class CountingRemoteWebDriver extends RemoteWebDriver {

        CountingRemoteWebDriver(URL grid, ChromeOptions options) {
            super(grid, options);
        }

        @Override
        protected Response execute(CommandPayload payload) {
            WebDriverCommands.count(payload.getName());
            return super.execute(payload);
        }
    }

    /** A ChromeDriver whose {@code quit()} also deletes its temporary profile folder, and that counts its commands. */
    static final class ProfileCleaningChromeDriver extends ChromeDriver {

        private final Path profile;

        ProfileCleaningChromeDriver(ChromeDriverService service, ChromeOptions options, Path profile) {
            super(service, options);
            this.profile = profile;
        }

        Path profile() {
            return profile;
        }

        /** Every command of the driver and its elements passes here: one round trip to chromedriver. */
        @Override
        protected Response execute(CommandPayload payload) {
            WebDriverCommands.count(payload.getName());
            return super.execute(payload);
        }

        @Override
        public void quit() {
            try {
                super.quit();
            } finally {
                deleteQuietly(profile);
            }
        }
    }
}
