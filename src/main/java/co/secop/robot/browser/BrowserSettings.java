package co.secop.robot.browser;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.openqa.selenium.Dimension;

/**
 * How to start the browser.
 *
 * @param headless        without a window (the default; the robot can run unattended)
 * @param chromeBinary    Chrome/Chromium executable; empty = look for it
 * @param chromedriver    chromedriver executable; empty = look for one matching the browser
 * @param gridUrl         a Selenium Grid 4 to use instead of a local browser
 * @param pageLoadTimeout the most a page load may take
 * @param windowSize      browser window size
 * @param profile         a persistent profile folder ({@code --perfil}); empty = a fresh one deleted on quit
 */
public record BrowserSettings(
        boolean headless,
        Optional<Path> chromeBinary,
        Optional<Path> chromedriver,
        Optional<URL> gridUrl,
        Duration pageLoadTimeout,
        Dimension windowSize,
        Optional<Path> profile) {

    public BrowserSettings(
            boolean headless,
            Optional<Path> chromeBinary,
            Optional<Path> chromedriver,
            Optional<URL> gridUrl,
            Duration pageLoadTimeout,
            Dimension windowSize) {
        this(headless, chromeBinary, chromedriver, gridUrl, pageLoadTimeout, windowSize, Optional.empty());
    }

    public BrowserSettings {
        Objects.requireNonNull(chromeBinary, "chromeBinary");
        Objects.requireNonNull(chromedriver, "chromedriver");
        Objects.requireNonNull(gridUrl, "gridUrl");
        Objects.requireNonNull(pageLoadTimeout, "pageLoadTimeout");
        Objects.requireNonNull(windowSize, "windowSize");
        Objects.requireNonNull(profile, "profile");
    }

    /** Headless, everything looked up, 120 s page loads, 1366×900. */
    public static BrowserSettings defaults() {
        return new BrowserSettings(
                true,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Duration.ofSeconds(120),
                new Dimension(1366, 900));
    }

    public BrowserSettings withHeadless(boolean value) {
        return new BrowserSettings(value, chromeBinary, chromedriver, gridUrl, pageLoadTimeout, windowSize, profile);
    }

    public BrowserSettings withChromeBinary(Path value) {
        return new BrowserSettings(
                headless, Optional.ofNullable(value), chromedriver, gridUrl, pageLoadTimeout, windowSize, profile);
    }

    public BrowserSettings withChromedriver(Path value) {
        return new BrowserSettings(
                headless, chromeBinary, Optional.ofNullable(value), gridUrl, pageLoadTimeout, windowSize, profile);
    }

    public BrowserSettings withGridUrl(URL value) {
        return new BrowserSettings(
                headless, chromeBinary, chromedriver, Optional.ofNullable(value), pageLoadTimeout, windowSize, profile);
    }

    public BrowserSettings withPageLoadTimeout(Duration value) {
        return new BrowserSettings(headless, chromeBinary, chromedriver, gridUrl, value, windowSize, profile);
    }

    /** A persistent profile folder: the portal's session (and a solved captcha) survive between runs. */
    public BrowserSettings withProfile(Path value) {
        return new BrowserSettings(
                headless, chromeBinary, chromedriver, gridUrl, pageLoadTimeout, windowSize, Optional.ofNullable(value));
    }

    public BrowserSettings withWindowSize(Dimension value) {
        return new BrowserSettings(headless, chromeBinary, chromedriver, gridUrl, pageLoadTimeout, value, profile);
    }
}
