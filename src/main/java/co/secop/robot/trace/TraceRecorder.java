package co.secop.robot.trace;

import co.secop.robot.format.OwnerOnly;
import co.secop.robot.batch.StepObserver;
import co.secop.robot.spreadsheet.PaymentRow;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code --traza}: after every step of every row, the screenshot, the page's URL and HTML, the
 * browser console and the time it took, with secrets masked. Written to {@code traza/} as it goes,
 * so a run that dies still leaves its trace.
 */
public final class TraceRecorder implements StepObserver {

    private static final Logger LOG = LoggerFactory.getLogger(TraceRecorder.class);

    private final WebDriver driver;
    private final Path runFolder;
    private final List<String> headers;
    private final UnaryOperator<String> masker;
    private final List<TraceRow> rows = new ArrayList<>();
    private TraceRow current;
    private LocalDateTime last;

    /** @param masker hides secrets (the password) in every text the trace keeps */
    public TraceRecorder(WebDriver driver, Path runFolder, List<String> headers, UnaryOperator<String> masker) {
        this.driver = driver;
        this.runFolder = runFolder;
        this.headers = List.copyOf(headers);
        this.masker = masker;
    }

    @Override
    public synchronized void rowStarted(PaymentRow row) {
        Map<String, String> cells = new LinkedHashMap<>();
        row.cellTexts().forEach((header, text) -> cells.put(header,
                pointsTo(text, row.supports()) ? row.supports().toString() : masker.apply(text)));
        current = new TraceRow(row.rowNumber(), row.describe(), headers, cells, List.of());
        rows.add(current);
        last = LocalDateTime.now();
        drainConsole();
        TraceFile.write(runFolder, rows);
    }

    @Override
    public synchronized void stepDone(PaymentRow row, String text) {
        if (current == null || current.rowNumber() != row.rowNumber()) {
            rowStarted(row);
        }
        LocalDateTime now = LocalDateTime.now();
        int index = current.steps().size() + 1;
        String base = "fila-" + row.rowNumber() + "/paso-" + String.format("%02d", index);
        Path folder = runFolder.resolve(TraceFile.FOLDER);
        current.steps().add(new TraceStep(index, masker.apply(text), now, Duration.between(last, now).toMillis(), url(),
                screenshot(folder.resolve(base + ".png")), page(folder.resolve(base + ".html")), console()));
        last = now;
        TraceFile.write(runFolder, rows);
    }

    private String url() {
        try {
            return masker.apply(driver.getCurrentUrl());
        } catch (WebDriverException e) {
            return "";
        }
    }

    private String screenshot(Path file) {
        try {
            OwnerOnly.folder(file.getParent());
            OwnerOnly.restrict(Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES)));
            return runFolder.relativize(file).toString();
        } catch (WebDriverException | IOException | ClassCastException e) {
            LOG.debug("Traza sin captura en {}", file, e);
            return null;
        }
    }

    private String page(Path file) {
        try {
            OwnerOnly.folder(file.getParent());
            OwnerOnly.restrict(Files.writeString(file, masker.apply(driver.getPageSource()), StandardCharsets.UTF_8));
            return runFolder.relativize(file).toString();
        } catch (WebDriverException | IOException e) {
            LOG.debug("Traza sin HTML en {}", file, e);
            return null;
        }
    }

    private List<String> console() {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(TraceRecorder::line).map(masker).toList();
        } catch (WebDriverException | UnsupportedOperationException e) {
            return List.of();
        }
    }

    /** True when the cell is the row's «Soportes» (written relative to the spreadsheet). */
    private static boolean pointsTo(String text, Path supports) {
        try {
            return !text.isBlank() && supports.endsWith(Path.of(text.strip().replace("\"", "")).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private void drainConsole() {
        console();
    }

    private static String line(LogEntry entry) {
        return entry.getLevel() + " " + entry.getMessage();
    }
}
