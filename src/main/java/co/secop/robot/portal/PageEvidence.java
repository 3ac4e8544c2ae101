package co.secop.robot.portal;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the browser shows for evidence, traces and support: never changes the page, and goes back
 * to the window it found, at its top document. Failures to read are logged, never thrown: evidence
 * must not turn a row's real failure into another one.
 */
final class PageEvidence {

    private static final Logger LOG = LoggerFactory.getLogger(PageEvidence.class);

    private final WebDriver driver;

    PageEvidence(WebDriver driver) {
        this.driver = driver;
    }

    Optional<String> currentUrl() {
        try {
            return Optional.ofNullable(driver.getCurrentUrl());
        } catch (WebDriverException e) {
            return Optional.empty();
        }
    }

    Optional<byte[]> screenshot() {
        try {
            return Optional.of(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (WebDriverException | ClassCastException e) {
            LOG.warn("No se pudo tomar la captura de pantalla", e);
            return Optional.empty();
        }
    }

    List<PageDocument> documents() {
        List<PageDocument> documents = new ArrayList<>();
        String current;
        try {
            current = driver.getWindowHandle();
        } catch (WebDriverException e) {
            LOG.warn("No se pudo leer la ventana actual del navegador", e);
            return documents;
        }
        try {
            driver.switchTo().defaultContent();
            collectWindow("pagina", documents);
            int window = 1;
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(current)) {
                    driver.switchTo().window(handle);
                    collectWindow("ventana-" + window++, documents);
                }
            }
        } catch (WebDriverException e) {
            LOG.warn("No se pudo copiar el HTML de todas las ventanas y marcos", e);
        } finally {
            restore(current);
        }
        return documents;
    }

    List<String> consoleLines() {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getLevel() + " " + entry.getMessage())
                    .toList();
        } catch (WebDriverException | UnsupportedOperationException e) {
            return List.of();
        }
    }

    /** The window's page and each iframe of it (one level: the portal's modals do not nest forms). */
    private void collectWindow(String name, List<PageDocument> into) {
        into.add(new PageDocument(name, driver.getCurrentUrl(), driver.getPageSource()));
        List<WebElement> frames = driver.findElements(By.tagName("iframe"));
        for (int i = 0; i < frames.size(); i++) {
            try {
                driver.switchTo().frame(frames.get(i));
                into.add(new PageDocument(name + "-marco-" + (i + 1), driver.getCurrentUrl(), driver.getPageSource()));
            } catch (WebDriverException e) {
                LOG.debug("No se pudo leer el marco {} de {}", i + 1, name, e);
            } finally {
                driver.switchTo().parentFrame();
            }
        }
    }

    private void restore(String window) {
        try {
            driver.switchTo().window(window);
            driver.switchTo().defaultContent();
        } catch (NoSuchWindowException e) {
            LOG.debug("La ventana {} se cerró mientras se copiaba su HTML", window);
        } catch (WebDriverException e) {
            LOG.warn("No se pudo volver a la ventana {}", window, e);
        }
    }
}
