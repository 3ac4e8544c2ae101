package co.secop.robot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

class BrowsersTest {

    @Test
    void opensHeadlessChromiumWithATemporaryProfileDeletedOnQuit() {
        WebDriver driver = Browsers.open(BrowserSettings.defaults());
        Path profile = ((Browsers.ProfileCleaningChromeDriver) driver).profile();
        try {
            assertThat(profile).isDirectory();
            driver.get("data:text/html;charset=utf-8,<title>Prueba</title><p id=x>hola</p>");
            assertThat(driver.getTitle()).isEqualTo("Prueba");
            assertThat(Files.exists(profile)).isTrue();
        } finally {
            driver.quit();
        }
        assertThat(Files.exists(profile)).isFalse();
    }

    @Test
    void optionsCarryTheContractFlags() {
        var options = Browsers.options(BrowserSettings.defaults());
        @SuppressWarnings("unchecked")
        var args = (java.util.List<String>)
                ((java.util.Map<String, Object>) options.asMap().get("goog:chromeOptions")).get("args");
        assertThat(args)
                .contains(
                        "--headless=new",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1366,900");
        var visible = Browsers.options(BrowserSettings.defaults().withHeadless(false));
        @SuppressWarnings("unchecked")
        var visibleArgs = (java.util.List<String>)
                ((java.util.Map<String, Object>) visible.asMap().get("goog:chromeOptions")).get("args");
        assertThat(visibleArgs).doesNotContain("--headless=new");
    }

    @Test
    void theSandboxStaysOnUnlessChromiumMustRunWithoutIt() {
        var options = Browsers.options(BrowserSettings.defaults());
        @SuppressWarnings("unchecked")
        var args = (java.util.List<String>)
                ((java.util.Map<String, Object>) options.asMap().get("goog:chromeOptions")).get("args");
        assertThat(args).doesNotContain("--no-sandbox");
        assertThat(ChromiumSandbox.reasonToRunWithout(false, false)).isEmpty();
        assertThat(ChromiumSandbox.reasonToRunWithout(true, false))
                .get()
                .asString()
                .contains("root");
        assertThat(ChromiumSandbox.reasonToRunWithout(false, true))
                .get()
                .asString()
                .contains("contenedor");
        assertThat(ChromiumSandbox.reasonToRunWithout(true, true))
                .get()
                .asString()
                .contains("root", "contenedor");
    }

    @Test
    void theLogSaysWhyTheSandboxIsOff() {
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ChromiumSandbox.class);
        var appender = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        try {
            java.util.List<String> flags = ChromiumSandbox.flags();
            boolean mustRunWithout = ChromiumSandbox.runningAsRoot() || ChromiumSandbox.inContainer();
            assertThat(flags).isEqualTo(mustRunWithout ? java.util.List.of("--no-sandbox") : java.util.List.of());
            assertThat(appender.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage))
                    .as("el registro dice por qué no hay sandbox solo cuando se apaga")
                    .hasSize(mustRunWithout ? 1 : 0)
                    .allMatch(m -> m.contains("sin su aislamiento (sandbox, --no-sandbox) porque"));
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void neverAcceptsAnInsecureCertificate() {
        var options = Browsers.options(BrowserSettings.defaults());
        assertThat(options.getCapability("acceptInsecureCerts")).isEqualTo(false);
    }
}
