package co.secop.robot.run;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.Evidence;
import co.secop.robot.batch.Journal;
import co.secop.robot.batch.RowFailure;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.batch.SheetLock;
import co.secop.robot.batch.StepObserver;
import co.secop.robot.batch.SupervisorNotifications;
import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.format.OwnerOnly;
import co.secop.robot.format.SecretMasker;
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
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.Problem;
import co.secop.robot.spreadsheet.SheetRow;
import co.secop.robot.spreadsheet.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of {@code cargar}: the run folder and its log, the browser, the batch, and the reports
 * (resultados.xlsx, reporte.html, evidencias/). Invalid rows never reach the portal.
 */
public final class BatchJob {

    private static final Logger LOG = LoggerFactory.getLogger(BatchJob.class);

    /**
     * Everything a run needs; the password never leaves this record except to type it.
     *
     * @param accounts who files each row (column «Usuario»); the single account of {@code batch} by default
     * @param parallel browsers at once ({@code --paralelo})
     */
    public record Request(
            PaymentSheet sheet,
            ValidationReport validation,
            BatchOptions batch,
            BrowserSettings browser,
            PortalSettings portal,
            RunFolder folder,
            Path journalFile,
            Mail mail,
            Observers observers,
            Accounts accounts,
            int parallel) {

        public Request {
            if (parallel < 1) {
                throw new IllegalArgumentException("parallel < 1");
            }
        }

        public Request(
                PaymentSheet sheet,
                ValidationReport validation,
                BatchOptions batch,
                BrowserSettings browser,
                PortalSettings portal,
                RunFolder folder,
                Path journalFile,
                Mail mail,
                Observers observers) {
            this(
                    sheet,
                    validation,
                    batch,
                    browser,
                    portal,
                    folder,
                    journalFile,
                    mail,
                    observers,
                    Accounts.single(batch.user(), batch.password()),
                    1);
        }

        public Request(
                PaymentSheet sheet,
                ValidationReport validation,
                BatchOptions batch,
                BrowserSettings browser,
                PortalSettings portal,
                RunFolder folder,
                Path journalFile,
                Mail mail) {
            this(sheet, validation, batch, browser, portal, folder, journalFile, mail, Observers.NONE);
        }

        public Request withAccounts(Accounts value, int browsers) {
            return new Request(
                    sheet, validation, batch, browser, portal, folder, journalFile, mail, observers, value, browsers);
        }
    }

    /** Builds what watches each step once the browser exists, e.g. the {@code --traza} recorder. */
    public interface Observers {
        Observers NONE = (portal, folder, headers, masker) -> StepObserver.NONE;

        StepObserver create(PortalSession portal, RunFolder folder, List<String> headers, SecretMasker masker);
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

    /**
     * Runs the batch holding the sheet's lock (one run per sheet at a time).
     *
     * @throws SheetLock.HeldException when another run holds the sheet (nothing is done)
     */
    public BatchSummary run(Request request, BatchRunner.Listener listener) {
        Path lockFile =
                request.journalFile().resolveSibling(request.journalFile().getFileName() + ".lock");
        try (SheetLock lock = SheetLock.acquire(
                lockFile, request.sheet().file(), request.folder().root())) {
            return runLocked(request, listener);
        }
    }

    private BatchSummary runLocked(Request request, BatchRunner.Listener listener) {
        LocalDateTime started = LocalDateTime.now();
        SecretMasker masker = new SecretMasker()
                .register(request.batch().password())
                .register(request.mail().smtp().flatMap(SmtpSettings::password).orElse(null));
        request.accounts().allPasswords().forEach(masker::register);
        RunFolder folder = request.folder();
        List<RowOutcome> outcomes = new ArrayList<>(invalidRows(request.sheet(), request.validation(), started));
        MailedReceipts receipts = new MailedReceipts(request);
        try (RunLog log = RunLog.start(folder.logFile(), masker)) {
            LOG.info(
                    "Inicio de la carga de {} ({} filas válidas, {} inválidas), portal {}, ensayo={}",
                    request.sheet().file(),
                    request.validation().validRows().size(),
                    outcomes.size(),
                    request.batch().loginUrl(),
                    request.batch().dryRun());
            Optional<ReceiptsAsSent> asSent = Optional.empty();
            if (!request.validation().validRows().isEmpty()) {
                Journal journal = null;
                try {
                    // The journal first: one that cannot be read is set aside (and said) before the browser starts.
                    journal = Journal.open(request.journalFile());
                    journal.recovery().ifPresent(listener::notice);
                    asSent = Optional.of(new ReceiptsAsSent(request, journal, receipts, listener));
                    outcomes.addAll(fileValidRows(request, folder, masker, asSent.get(), receipts, journal));
                } catch (SheetLock.HeldException e) {
                    throw e;
                } catch (RuntimeException e) {
                    outcomes.addAll(afterUnexpected(request, e, asSent, journal, started, listener));
                }
            }
            outcomes.sort(Comparator.comparingInt(RowOutcome::rowNumber));
            BatchSummary summary = new BatchSummary(
                    request.sheet().file(),
                    request.sheet().headers(),
                    request.batch().loginUrl(),
                    usersOf(request),
                    request.batch().dryRun(),
                    started,
                    LocalDateTime.now(),
                    outcomes);
            List<Path> written = Receipt.writeAll(
                    folder.root(), summary, asSent.map(ReceiptsAsSent::written).orElseGet(receipts::written));
            receipts.attachToWaiting(summary, written);
            asSent.ifPresent(a -> {
                a.recordWritten(summary, written);
                a.stillOwed().ifPresent(listener::notice);
            });
            ResultsWorkbook.write(folder.resultsWorkbook(), summary);
            HtmlReport.write(folder.htmlReport(), summary);
            OwnerOnly.restrictInside(folder.root());
            LOG.info(
                    "Fin de la carga: {}",
                    summary.outcomes().stream()
                            .collect(Collectors.groupingBy(o -> o.status().label(), Collectors.counting())));
            return summary;
        }
    }

    /**
     * Something outside any row failed (the browser, the journal...), or Ctrl+C killed the browser and its
     * driver: the rows that finished keep their outcome, a row whose sending the journal recorded during this run
     * is «Enviado», and only the others are «Interrumpido». The report and the log still tell what happened.
     */
    private static List<RowOutcome> afterUnexpected(
            Request request,
            RuntimeException e,
            Optional<ReceiptsAsSent> asSent,
            Journal journal,
            LocalDateTime started,
            BatchRunner.Listener listener) {
        boolean stopped = request.batch().stop().requested();
        String message;
        if (stopped) {
            LOG.warn("Detenido con Ctrl+C; el navegador ya no respondía", e);
            message = "Detenido con Ctrl+C antes de terminar esta fila: ejecute de nuevo el mismo comando para"
                    + " terminar (lo ya radicado no se repite).";
        } else {
            LOG.error("Error inesperado del robot; la carga se detuvo", e);
            message = "Error inesperado del robot ("
                    + e.getClass().getSimpleName()
                    + (e.getMessage() == null
                            ? ""
                            : ": " + e.getMessage().lines().findFirst().orElse(""))
                    + "); la carga se detuvo. El detalle quedó en "
                    + request.folder().logFile().toAbsolutePath()
                    + ". Ejecute de nuevo el mismo comando: lo ya radicado no se repite.";
            listener.notice(message);
        }
        Map<Integer, RowOutcome> finished = asSent.map(ReceiptsAsSent::finished).orElse(Map.of());
        List<RowOutcome> outcomes = new ArrayList<>();
        for (co.secop.robot.spreadsheet.PaymentRow row : request.validation().validRows()) {
            RowOutcome done = finished.get(row.rowNumber());
            if (done != null) {
                outcomes.add(done);
                continue;
            }
            Optional<Journal.Entry> sent = Optional.ofNullable(journal)
                    .flatMap(j -> j.entry(Journal.key(row.contract(), row.number())))
                    .filter(entry -> entry.stage() == Journal.Stage.SENT)
                    .filter(entry -> entry.sentAt() != null && !entry.sentAt().isBefore(started));
            RowOutcome outcome = new RowOutcome(
                    row.rowNumber(),
                    row.contract(),
                    row.number(),
                    row.cellTexts(),
                    sent.map(entry -> entry.correction() ? RowStatus.CORRECTED : RowStatus.SENT)
                            .orElse(RowStatus.INTERRUPTED),
                    sent.isPresent()
                            ? "Enviado: SECOP II mostró «Enviado a la entidad estatal» (anotado en el diario). "
                                    + message
                            : message,
                    sent.map(Journal.Entry::paymentId),
                    sent.map(entry -> "Enviado a la entidad estatal"),
                    LocalDateTime.now(),
                    Duration.ZERO,
                    List.of(),
                    List.of(message));
            if (sent.isPresent()) {
                asSent.ifPresent(a -> a.rowFinished(outcome));
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private List<RowOutcome> fileValidRows(
            Request request,
            RunFolder folder,
            SecretMasker masker,
            BatchRunner.Listener listener,
            MailedReceipts receipts,
            Journal journal) {
        Path workDir = folder.root().resolve("soportes");
        createDirectories(workDir);
        if (!oneBrowserOneAccount(request)) {
            return new ParallelBatch(
                            request,
                            folder,
                            masker,
                            listener,
                            journal,
                            notifications(request, journal, receipts),
                            workDir)
                    .run(request.validation().validRows());
        }
        try (PortalSession portal = PortalSession.open(request.browser(), request.portal())) {
            Evidence evidence = new Evidence(folder.root(), folder.evidenceDir(), masker);
            BatchOptions withWorkDir = request.batch().withWorkDir(workDir);
            StepObserver observer =
                    request.observers().create(portal, folder, request.sheet().headers(), masker);
            return new BatchRunner(
                            portal,
                            withWorkDir,
                            evidence,
                            journal,
                            notifications(request, journal, receipts),
                            observer,
                            listener)
                    .leavingOutOfSupports(request.sheet().file())
                    .run(request.validation().validRows());
        }
    }

    /** One browser and the account of {@code batch} for every row: the batch as it always ran. */
    private static boolean oneBrowserOneAccount(Request request) {
        return request.parallel() == 1
                && request.validation().validRows().stream()
                        .map(row -> request.accounts().userOf(request.sheet(), row))
                        .allMatch(user -> Accounts.key(user)
                                .equals(Accounts.key(request.batch().user())));
    }

    /** The account(s) of the run, for the reports. */
    private static String usersOf(Request request) {
        java.util.Set<String> users = new java.util.LinkedHashSet<>();
        users.add(request.batch().user());
        for (var row : request.validation().validRows()) {
            users.add(request.accounts().userOf(request.sheet(), row));
        }
        return users.size() == 1 ? request.batch().user() : String.join(", ", users);
    }

    /** The supervisor's e-mails of the run, each with its payment's receipt attached; none in a dry run. */
    private static Optional<SupervisorNotifications> notifications(
            Request request, Journal journal, MailedReceipts receipts) {
        if (!request.mail().on() || request.batch().dryRun()) {
            return Optional.empty();
        }
        Optional<NoticeSender> sender = request.mail()
                .smtp()
                .filter(SmtpSettings::configured)
                .map(SupervisorMailer::new)
                .map(receipts::attachingTo);
        return Optional.of(new SupervisorNotifications(
                sender,
                "no hay servidor de correo configurado (SECOP_SMTP_HOST y SECOP_SMTP_REMITENTE)",
                journal,
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
            invalid.add(new RowOutcome(
                    row.rowNumber(),
                    row.cellTexts().getOrDefault(sheet.headerOf(co.secop.robot.spreadsheet.Column.CONTRACT), ""),
                    row.cellTexts().getOrDefault(sheet.headerOf(co.secop.robot.spreadsheet.Column.NUMBER), ""),
                    row.cellTexts(),
                    RowStatus.INVALID,
                    message,
                    Optional.empty(),
                    Optional.empty(),
                    at,
                    Duration.ZERO,
                    List.of(),
                    List.of("No se envió al portal: la fila tiene errores en la hoja.")));
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
