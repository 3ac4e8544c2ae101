package co.secop.robot.portal.locate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every document the browser shows: the page of each open window and, inside it, every iframe (nested
 * ones too). The portal puts its forms in iframes and its upload dialog in a window of its own, so the
 * top page alone rarely shows what went wrong. After visiting, the driver is back in the window and frame
 * it was in.
 */
public final class PageDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(PageDocuments.class);
    private static final By FRAMES = By.cssSelector("iframe, frame");
    private static final int MAX_DEPTH = 4;

    /** Index path of the current frame inside its window ([] = top document), or null when it cannot be told. */
    private static final String FRAME_PATH = """
            var path = [];
            var w = window;
            try {
              while (w !== w.parent) {
                var frames = w.parent.document.querySelectorAll('iframe, frame');
                var index = -1;
                for (var i = 0; i < frames.length; i++) {
                  if (frames[i].contentWindow === w) { index = i; break; }
                }
                if (index < 0) { return null; }
                path.unshift(index);
                w = w.parent;
              }
            } catch (e) {
              return null;
            }
            return path;""";

    private static final String DESCRIBE = "return [location.href, document.title];";

    /**
     * One document.
     *
     * @param name    {@code ventana-1}, {@code ventana-1-iframe-2}, {@code ventana-2-iframe-1-1}...
     * @param current true for the document the robot was working in
     */
    public record Document(String name, String url, String title, String html, boolean current) {}

    /** Called with the driver switched into each document in turn. */
    @FunctionalInterface
    public interface Visitor {
        void visit(String name, boolean current, WebDriver driver);
    }

    private PageDocuments() {}

    /** The HTML, URL and title of every window and iframe (secrets are the caller's to mask). */
    public static List<Document> collect(WebDriver driver) {
        List<Document> documents = new ArrayList<>();
        visit(driver, (name, current, d) -> {
            List<?> described = (List<?>) ((JavascriptExecutor) d).executeScript(DESCRIBE);
            documents.add(new Document(
                    name,
                    String.valueOf(described.get(0)),
                    String.valueOf(described.get(1)),
                    d.getPageSource(),
                    current));
        });
        return documents;
    }

    /** Visits every document; a document that cannot be read is skipped (and logged), never fatal. */
    public static void visit(WebDriver driver, Visitor visitor) {
        String original;
        List<Long> originalPath;
        try {
            original = driver.getWindowHandle();
            originalPath = framePath(driver);
        } catch (WebDriverException e) {
            original = null;
            originalPath = List.of();
        }
        List<String> handles;
        try {
            handles = new ArrayList<>(driver.getWindowHandles());
        } catch (WebDriverException e) {
            LOG.debug("No se pudieron listar las ventanas", e);
            return;
        }
        try {
            int number = 0;
            for (String handle : handles) {
                number++;
                try {
                    driver.switchTo().window(handle);
                    driver.switchTo().defaultContent();
                } catch (WebDriverException e) {
                    LOG.debug("La ventana {} ya no existe", handle, e);
                    continue;
                }
                boolean inOriginal = handle.equals(original);
                visitFrames(driver, "ventana-" + number, new ArrayList<>(), inOriginal ? originalPath : null, visitor);
            }
        } finally {
            restore(driver, original, originalPath);
        }
    }

    private static void visitFrames(
            WebDriver driver, String name, List<Long> path, List<Long> currentPath, Visitor visitor) {
        try {
            visitor.visit(name, Objects.equals(path, currentPath), driver);
        } catch (WebDriverException | ClassCastException | IndexOutOfBoundsException e) {
            LOG.debug("No se pudo leer el documento {}", name, e);
        }
        if (path.size() >= MAX_DEPTH) {
            return;
        }
        int count;
        try {
            count = driver.findElements(FRAMES).size();
        } catch (WebDriverException e) {
            return;
        }
        for (int i = 0; i < count; i++) {
            boolean entered = false;
            try {
                List<WebElement> frames = driver.findElements(FRAMES);
                if (i >= frames.size()) {
                    break;
                }
                driver.switchTo().frame(frames.get(i));
                entered = true;
                List<Long> inner = new ArrayList<>(path);
                inner.add((long) i);
                visitFrames(driver, name + "-iframe-" + (i + 1), inner, currentPath, visitor);
            } catch (WebDriverException e) {
                LOG.debug("No se pudo entrar al iframe {} de {}", i + 1, name, e);
            } finally {
                if (entered) {
                    try {
                        driver.switchTo().parentFrame();
                    } catch (WebDriverException e) {
                        LOG.debug("No se pudo volver del iframe {} de {}", i + 1, name, e);
                    }
                }
            }
        }
    }

    private static List<Long> framePath(WebDriver driver) {
        Object path = ((JavascriptExecutor) driver).executeScript(FRAME_PATH);
        if (!(path instanceof List<?> list)) {
            return List.of();
        }
        List<Long> indexes = new ArrayList<>();
        for (Object o : list) {
            indexes.add(((Number) o).longValue());
        }
        return indexes;
    }

    private static void restore(WebDriver driver, String window, List<Long> path) {
        if (window == null) {
            return;
        }
        try {
            driver.switchTo().window(window);
            driver.switchTo().defaultContent();
            for (Long index : path) {
                driver.switchTo().frame(driver.findElements(FRAMES).get(index.intValue()));
            }
        } catch (WebDriverException | IndexOutOfBoundsException e) {
            LOG.debug("No se pudo volver a la ventana o iframe de antes", e);
        }
    }
}
