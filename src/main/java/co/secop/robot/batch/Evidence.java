package co.secop.robot.batch;

import co.secop.robot.format.OwnerOnly;
import co.secop.robot.format.SecretMasker;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Screenshots and page dumps of each row, in {@code evidencias/}. Secrets registered in the masker
 * never reach a page dump; the password field itself is never shown filled on a screenshot because
 * evidence is taken only after the login page is gone.
 */
public final class Evidence {

    private static final Logger LOG = LoggerFactory.getLogger(Evidence.class);

    private final Path runFolder;
    private final Path evidenceDir;
    private final SecretMasker masker;

    public Evidence(Path runFolder, Path evidenceDir, SecretMasker masker) {
        this.runFolder = runFolder;
        this.evidenceDir = evidenceDir;
        this.masker = masker;
    }

    /** The file behind a path this class returned (relative to the run folder). */
    Path absolute(Path relative) {
        return runFolder.resolve(relative);
    }

    /** The screenshot of the final state of a row, as the contractor would see it. */
    List<Path> finalState(int rowNumber, WebDriver driver) {
        List<Path> saved = new ArrayList<>();
        screenshot(driver, "fila-" + rowNumber + "-final.png").ifPresent(saved::add);
        return saved;
    }

    /** A failure: the screenshot and the page's HTML (secrets masked). */
    List<Path> failure(int rowNumber, WebDriver driver) {
        List<Path> saved = new ArrayList<>();
        screenshot(driver, "fila-" + rowNumber + "-fallo.png").ifPresent(saved::add);
        pageSource(driver, "fila-" + rowNumber + "-fallo.html").ifPresent(saved::add);
        return saved;
    }

    public java.util.Optional<Path> screenshot(WebDriver driver, String fileName) {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Path file = evidenceDir.resolve(fileName);
            OwnerOnly.restrict(Files.write(file, png));
            return java.util.Optional.of(runFolder.relativize(file));
        } catch (WebDriverException | IOException | ClassCastException e) {
            LOG.warn("No se pudo guardar la captura {}", fileName, e);
            return java.util.Optional.empty();
        }
    }

    public java.util.Optional<Path> pageSource(WebDriver driver, String fileName) {
        try {
            String html = masker.mask(driver.getPageSource());
            Path file = evidenceDir.resolve(fileName);
            OwnerOnly.restrict(Files.writeString(file, html, StandardCharsets.UTF_8));
            return java.util.Optional.of(runFolder.relativize(file));
        } catch (WebDriverException | IOException e) {
            LOG.warn("No se pudo guardar la copia de la página {}", fileName, e);
            return java.util.Optional.empty();
        }
    }
}
