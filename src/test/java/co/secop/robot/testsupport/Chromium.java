package co.secop.robot.testsupport;

import co.secop.robot.browser.DriverResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven straight by Selenium, without the robot's {@code Browsers}: for the tests of the
 * simulator's pages and for a browser that needs flags of its own (e.g. a host resolver rule). The browser and
 * its chromedriver are the ones the robot would use ({@link TestBrowsers#resolution()}).
 */
public final class Chromium {

    private Chromium() {}

    /** A fresh headless Chromium with its profile in {@code profile} and these flags added. */
    public static ChromeDriver open(Path profile, String... extraArguments) {
        return open(TestBrowsers.resolution(), profile, extraArguments);
    }

    /** The same with this browser and chromedriver. */
    public static ChromeDriver open(DriverResolver.Resolution browser, Path profile, String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath()));
        arguments.addAll(List.of(extraArguments));
        ChromeOptions options = new ChromeOptions();
        browser.browser().ifPresent(binary -> options.setBinary(binary.toFile()));
        options.addArguments(arguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(browser.chromedriver().toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
