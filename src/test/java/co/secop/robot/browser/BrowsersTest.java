package co.secop.robot.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
        var args = (java.util.List<String>) ((java.util.Map<String, Object>) options.asMap().get("goog:chromeOptions")).get("args");
        assertThat(args).contains("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900");
        var visible = Browsers.options(BrowserSettings.defaults().withHeadless(false));
        @SuppressWarnings("unchecked")
        var visibleArgs = (java.util.List<String>) ((java.util.Map<String, Object>) visible.asMap().get("goog:chromeOptions")).get("args");
        assertThat(visibleArgs).doesNotContain("--headless=new");
    }
}
