package co.secop.robot.run;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.Evidence;
import co.secop.robot.batch.Journal;
import co.secop.robot.batch.RowFailure;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.batch.StepObserver;
import co.secop.robot.batch.SupervisorNotifications;
import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.browser.Browsers;
import co.secop.robot.notification.NoticeSender;
import co.secop.robot.notification.PendingNotices;
import co.secop.robot.notification.SmtpSettings;
import co.secop.robot.notification.SupervisorMailer;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.portal.PortalSettings;
import co.secop.robot.report.HtmlReport;
import co.secop.robot.report.Receipt;
import co.secop.robot.report.ResultsWorkbook;
import co.secop.robot.report.RunFolder;
import co.secop.robot.report.RunLog;
import co.secop.robot.format.SecretMasker;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.Problem;
import co.secop.robot.spreadsheet.SheetRow;
import co.secop.robot.spreadsheet.ValidationReport;
import org.openqa.selenium.WebDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One run of {@code cargar}: the run folder and its log, the browser, the batch, and the reports
 * (resultados.xlsx, reporte.html, evidencias/). Invalid rows never reach the portal.
 */
public final class BatchJob {

    private static final Logger LOG = LoggerFactory.getLogger(BatchJob.class);

    /** Everything a run needs; the password never leaves this record except to type it. */
    public record Request(PaymentSheet sheet, ValidationReport validation, BatchOptions batch,
                          BrowserSettings browser, PortalSettings portal, RunFolder folder, Path journalFile,
                          Mail mail, Observers observers) {

        public Request(PaymentSheet sheet, ValidationReport validation, BatchOptions batch, BrowserSettings browser,
                       PortalSettings portal, RunFolder folder, Path journalFile, Mail mail) {
            this(sheet, validation, batch, browser, portal, folder, journalFile, mail, Observers.NONE);
        }
    }

    /** Builds what watches each step once the browser exists, e.g. the {@code --traza} recorder. */
    public interface Observers {
        Observers NONE = (driver, folder, headers, masker) -> StepObserver.NONE;

        StepObserver create(WebDriver driver, RunFolder folder, List<String> headers, SecretMasker masker);
    }

    /**
     * The supervisor's e-mail: {@code off} ({@code --sin-correo}, and always in a dry run), or on with
     * an SMTP server ({@code smtp} empty = not configured yet: e-mails wait in correos.json).
     */
    public record Mail(boolean on, Optional<SmtpSettings> smtp) {
        public static Mail off() {
            return new Mail(false, Optional.empty());
        }
    }

    public BatchSummary run(Request request, BatchRunner.Listener listener) {
        LocalDateTime started = LocalDateTime.now();
        SecretMasker masker = new SecretMasker().register(request.batch().password());
        RunFolder folder = request.folder();
        List<RowOutcome> outcomes = new ArrayList<>(invalidRows(request.sheet(), request.validation(), started));
        try (RunLog log = RunLog.start(folder.logFile(), masker)) {
            LOG.info("Inicio de la carga de {} ({} filas válidas, {} inválidas), portal {}, ensayo={}",
                    request.sheet().file(), request.validation().validRows().size(), outcomes.size(),
                    request.batch().loginUrl(), request.batch().dryRun());
            if (!request.validation().validRows().isEmpty()) {
                outcomes.addAll(fileValidRows(request, folder, masker, listener));
            }
            outcomes.sort(Comparator.comparingInt(RowOutcome::rowNumber));
            BatchSummary summary = new BatchSummary(request.sheet().file(), request.sheet().headers(),
                    request.batch().loginUrl(), request.batch().user(), request.batch().dryRun(), started,
                    LocalDateTime.now(), outcomes);
            Receipt.writeAll(folder.root(), summary);
            ResultsWorkbook.write(folder.resultsWorkbook(), summary);
            HtmlReport.write(folder.htmlReport(), summary);
            LOG.info("Fin de la carga: {}", summary.outcomes().stream()
                    .collect(Collectors.groupingBy(o -> o.status().label(), Collectors.counting())));
            return summary;
        }
    }

    private List<RowOutcome> fileValidRows(Request request, RunFolder folder, SecretMasker masker,
                                           BatchRunner.Listener listener) {
        Path workDir = folder.root().resolve("soportes");
        createDirectories(workDir);
        WebDriver driver = Browsers.open(request.browser());
        try {
            PortalSession portal = new PortalSession(driver, request.portal());
            Evidence evidence = new Evidence(folder.root(), folder.evidenceDir(), masker);
            BatchOptions withWorkDir = request.batch().withWorkDir(workDir);
            Journal journal = Journal.open(request.journalFile());
            StepObserver observer = request.observers().create(driver, folder, request.sheet().headers(), masker);
            return new BatchRunner(portal, withWorkDir, evidence, journal, notifications(request, journal), observer,
                    listener)
                    .run(request.validation().validRows());
        } finally {
            driver.quit();
        }
    }

    private static Optional<SupervisorNotifications> notifications(Request request, Journal journal) {
        if (!request.mail().on() || request.batch().dryRun()) {
            return Optional.empty();
        }
        Optional<NoticeSender> sender = request.mail().smtp().filter(SmtpSettings::configured).map(SupervisorMailer::new);
        return Optional.of(new SupervisorNotifications(sender,
                "no hay servidor de correo configurado (SECOP_SMTP_HOST y SECOP_SMTP_REMITENTE)", journal,
                PendingNotices.in(request.folder().root())));
    }

    private static List<RowOutcome> invalidRows(PaymentSheet sheet, ValidationReport validation, LocalDateTime at) {
        List<RowOutcome> invalid = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            List<Problem> problems = validation.problemsOfRow(row.rowNumber());
            if (problems.isEmpty()) {
                continue;
            }
            String message = problems.stream().map(Problem::describe).collect(Collectors.joining(" "));
            invalid.add(new RowOutcome(row.rowNumber(), row.cellTexts().getOrDefault(sheet.headerOf(
                    co.secop.robot.spreadsheet.Column.CONTRACT), ""),
                    row.cellTexts().getOrDefault(sheet.headerOf(co.secop.robot.spreadsheet.Column.NUMBER), ""),
                    row.cellTexts(), RowStatus.INVALID, message, Optional.empty(), Optional.empty(), at,
                    Duration.ZERO, List.of(), List.of("No se envió al portal: la fila tiene errores en la hoja.")));
        }
        return invalid;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new RowFailure("No se pudo crear la carpeta " + dir + ": " + e.getMessage(), e);
        }
    }
}
