package co.secop.robot.trace;

import co.secop.robot.batch.Evidence;
import co.secop.robot.batch.StepObserver;
import co.secop.robot.format.OwnerOnly;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.portal.locate.PageDocuments;
import co.secop.robot.spreadsheet.PaymentRow;
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
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --traza}: after every step of every row, the screenshot, the page's URL and HTML, the
 * browser console and the time it took, with secrets masked. Written to {@code traza/} as it goes,
 * so a run that dies still leaves its trace.
 */
public final class TraceRecorder implements StepObserver {

    private static final Logger LOG = LoggerFactory.getLogger(TraceRecorder.class);

    private final PortalSession portal;
    private final Path runFolder;
    private final List<String> headers;
    private final UnaryOperator<String> masker;
    private final List<TraceRow> rows = new ArrayList<>();
    private TraceRow current;
    private LocalDateTime last;

    /** @param masker hides secrets (the password) in every text the trace keeps */
    public TraceRecorder(PortalSession portal, Path runFolder, List<String> headers, UnaryOperator<String> masker) {
        this.portal = portal;
        this.runFolder = runFolder;
        this.headers = List.copyOf(headers);
        this.masker = masker;
    }

    @Override
    public synchronized void rowStarted(PaymentRow row) {
        Map<String, String> cells = new LinkedHashMap<>();
        row.cellTexts()
                .forEach((header, text) -> cells.put(
                        header, pointsTo(text, row.supports()) ? row.supports().toString() : masker.apply(text)));
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
        current.steps()
                .add(new TraceStep(
                        index,
                        masker.apply(text),
                        now,
                        Duration.between(last, now).toMillis(),
                        url(),
                        screenshot(folder.resolve(base + ".png")),
                        page(folder.resolve(base + ".html")),
                        console()));
        last = now;
        TraceFile.write(runFolder, rows);
    }

    private String url() {
        return portal.currentUrl().map(masker).orElse("");
    }

    private String screenshot(Path file) {
        Optional<byte[]> png = portal.screenshot();
        if (png.isEmpty()) {
            return null;
        }
        try {
            OwnerOnly.folder(file.getParent());
            OwnerOnly.restrict(Files.write(file, png.get()));
            return runFolder.relativize(file).toString();
        } catch (IOException e) {
            LOG.debug("Traza sin captura en {}", file, e);
            return null;
        }
    }

    /**
     * The current document's HTML in {@code file}, and every other window and iframe beside it
     * ({@code paso-03-ventana-1-iframe-1.html}...).
     */
    private String page(Path file) {
        String main = null;
        String base = file.getFileName().toString().replaceFirst("\\.html$", "");
        for (PageDocuments.Document document : portal.documents()) {
            Path target = document.current() ? file : file.resolveSibling(base + "-" + document.name() + ".html");
            try {
                OwnerOnly.folder(target.getParent());
                String html = document.current() ? document.html() : Evidence.withOrigin(document);
                OwnerOnly.restrict(Files.writeString(target, masker.apply(html), StandardCharsets.UTF_8));
                if (document.current()) {
                    main = runFolder.relativize(target).toString();
                }
            } catch (IOException e) {
                LOG.debug("Traza sin HTML en {}", target, e);
            }
        }
        return main;
    }

    private List<String> console() {
        return portal.consoleLines().stream().map(masker).toList();
    }

    /** True when the cell is the row's «Soportes» (written relative to the spreadsheet). */
    private static boolean pointsTo(String text, Path supports) {
        try {
            return !text.isBlank()
                    && supports.endsWith(Path.of(text.strip().replace("\"", "")).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private void drainConsole() {
        console();
    }
}
