package co.secop.robot.batch;

import co.secop.robot.portal.PortalException;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.portal.PortalValidationException;
import co.secop.robot.portal.SessionExpiredException;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.SupportsException;
import co.secop.robot.spreadsheet.SupportsPackager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The monthly batch: signs in once, files every valid row in turn, and keeps going when one row
 * fails. Each row ends with a screenshot of what the portal shows, and a page dump when it failed.
 */
public final class BatchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    private static final int ATTEMPTS_AFTER_SESSION_EXPIRED = 2;

    /** Follows the batch, e.g. to move a progress bar. */
    public interface Listener {
        default void rowStarted(PaymentRow row) {
        }

        default void rowFinished(RowOutcome outcome) {
        }
    }

    private final PortalSession portal;
    private final PortalNavigator navigator;
    private final PaymentFiler filer;
    private final SupportsPackager packager;
    private final Evidence evidence;
    private final Path workDir;
    private final Listener listener;

    private final SendingJournal sendings;
    private final Optional<SupervisorNotifications> notifications;

    /** A batch with its journal in the work folder and no e-mail to supervisors. */
    public BatchRunner(PortalSession portal, BatchOptions options, Evidence evidence, Listener listener) {
        this(portal, options, evidence, Journal.open(options.workDir().resolve("diario.json")), Optional.empty(), listener);
    }

    BatchRunner(PortalSession portal, BatchOptions options, Evidence evidence, Journal journal,
                Optional<SupervisorNotifications> notifications, Listener listener) {
        this.portal = portal;
        this.navigator = new PortalNavigator(portal, options.loginUrl(), options.user(), options.password(),
                options.preferredCompany());
        this.sendings = new SendingJournal(journal);
        this.notifications = notifications;
        this.filer = new PaymentFiler(options.dryRun(), sendings);
        this.packager = new SupportsPackager(options.maxZipBytes());
        this.evidence = evidence;
        this.workDir = options.workDir();
        this.listener = listener;
    }

    public List<RowOutcome> run(List<PaymentRow> rows) {
        List<RowOutcome> outcomes = new ArrayList<>();
        try {
            navigator.signIn();
        } catch (PortalException e) {
            String reason = "No se pudo iniciar sesión en SECOP II: " + e.getMessage();
            LOG.warn(reason, e);
            List<Path> shots = evidence.failure(0, portal.driver());
            for (PaymentRow row : rows) {
                StepLog steps = new StepLog(row.describe());
                steps.add(reason);
                RowOutcome outcome = outcome(row, RowStatus.FAILED, reason, Optional.empty(), Optional.empty(),
                        LocalDateTime.now(), shots, steps);
                outcomes.add(outcome);
                listener.rowFinished(outcome);
            }
            return outcomes;
        }
        for (PaymentRow row : rows) {
            listener.rowStarted(row);
            RowOutcome outcome = fileRow(row);
            outcomes.add(outcome);
            listener.rowFinished(outcome);
        }
        return outcomes;
    }

    private RowOutcome fileRow(PaymentRow row) {
        LocalDateTime start = LocalDateTime.now();
        StepLog steps = new StepLog(row.describe());
        try {
            Path zip = packager.packageSupports(row.supports(), workDir.resolve("fila-" + row.rowNumber()));
            packager.checkSize(zip);
            PaymentFiler.Filed filed = fileWithSessionRetry(row, zip, steps);
            sendings.afterFiling(row, filed.status(), filed.entry());
            List<Path> shots = evidence.finalState(row.rowNumber(), portal.driver());
            String message = filed.message();
            if (notifications.isPresent()) {
                Optional<Path> screenshot = shots.stream().findFirst().map(evidence::absolute);
                message = notifications.get().notifyIfOwed(row, filed.entry(), zip, screenshot, steps)
                        .map(note -> filed.message() + " " + note).orElse(message);
            }
            return outcome(row, filed.status(), message, Optional.of(filed.entry().paymentId()),
                    Optional.of(filed.entry().state()), start, shots, steps);
        } catch (SupportsException | RowFailure e) {
            return failed(row, e.getMessage(), start, steps, e);
        } catch (PortalValidationException e) {
            return failed(row, "El portal no aceptó la solicitud: " + String.join(" ", e.messages()), start, steps, e);
        } catch (PortalException e) {
            return failed(row, e.getMessage(), start, steps, e);
        } catch (RuntimeException e) {
            return failed(row, "Error inesperado del robot (" + e.getClass().getSimpleName() + "); vea robot.log.",
                    start, steps, e);
        }
    }

    private PaymentFiler.Filed fileWithSessionRetry(PaymentRow row, Path zip, StepLog steps) {
        for (int attempt = 1; ; attempt++) {
            try {
                return filer.file(row, zip, navigator.openPaymentPlan(row.contract(), row.company(), steps), steps);
            } catch (SessionExpiredException e) {
                if (attempt >= ATTEMPTS_AFTER_SESSION_EXPIRED) {
                    throw e;
                }
                steps.add("La sesión expiró: inicia sesión de nuevo y retoma la fila");
                portal.closeOtherWindows();
                navigator.signIn();
            }
        }
    }

    private RowOutcome failed(PaymentRow row, String message, LocalDateTime start, StepLog steps, Exception cause) {
        LOG.warn("{}: {}", row.describe(), message, cause);
        steps.add("Falló: " + message);
        List<Path> shots = evidence.failure(row.rowNumber(), portal.driver());
        portal.closeOtherWindows();
        return outcome(row, RowStatus.FAILED, message, Optional.empty(), Optional.empty(), start, shots, steps);
    }

    private static RowOutcome outcome(PaymentRow row, RowStatus status, String message, Optional<String> paymentId,
                                      Optional<String> state, LocalDateTime start, List<Path> shots, StepLog steps) {
        LocalDateTime end = LocalDateTime.now();
        return new RowOutcome(row.rowNumber(), row.contract(), row.number(), row.cellTexts(), status, message,
                paymentId, state, end, Duration.between(start, end), shots, steps.steps());
    }
}
