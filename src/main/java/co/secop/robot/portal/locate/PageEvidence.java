package co.secop.robot.portal.locate;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.logging.LogType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what the browser shows for evidence, traces and support, without changing the page. Failures to read are logged, never thrown: evidence
 * must not turn a row's real failure into another one.
 */
public final class PageEvidence {

    private static final Logger LOG = LoggerFactory.getLogger(PageEvidence.class);

    private final WebDriver driver;

    public PageEvidence(WebDriver driver) {
        this.driver = driver;
    }

    public Optional<String> currentUrl() {
        try {
            return Optional.ofNullable(driver.getCurrentUrl());
        } catch (WebDriverException e) {
            return Optional.empty();
        }
    }

    public Optional<byte[]> screenshot() {
        try {
            return Optional.of(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (WebDriverException | ClassCastException e) {
            LOG.warn("No se pudo tomar la captura de pantalla", e);
            return Optional.empty();
        }
    }

    public List<PageDocuments.Document> documents() {
        try {
            return PageDocuments.collect(driver);
        } catch (WebDriverException e) {
            LOG.warn("No se pudieron copiar las ventanas e iframes", e);
            return List.of();
        }
    }

    public List<String> consoleLines() {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getLevel() + " " + entry.getMessage())
                    .toList();
        } catch (WebDriverException | UnsupportedOperationException e) {
            return List.of();
        }
    }
}
