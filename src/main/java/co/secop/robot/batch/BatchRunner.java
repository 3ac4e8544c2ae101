package co.secop.robot.batch;

import co.secop.robot.portal.CaptchaRequiredException;
import co.secop.robot.portal.LoginRejectedException;
import co.secop.robot.portal.PortalLanguageException;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.portal.PortalValidationException;
import co.secop.robot.portal.UnexpectedDialogException;
import co.secop.robot.portal.locate.ElementNotFoundException;
import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.portal.locate.SessionExpiredException;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.SupportsException;
import co.secop.robot.spreadsheet.SupportsPackager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monthly batch: signs in once, files every valid row in turn, and keeps going when one row
 * fails. A failing portal is retried within a time budget per row, starting the row again from
 * "Mis contratos": the portal is re-read each time, so a retry after an unknown outcome finds the
 * entry instead of creating a second one. Each row ends with a screenshot of what the portal shows,
 * and a page dump when it failed.
 */
public final class BatchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    /** Follows the batch, e.g. to move a progress bar. */
    public interface Listener {
        default void rowStarted(PaymentRow row) {}

        default void rowFinished(RowOutcome outcome) {}

        /** Something the contractor must know about the whole run (Spanish), e.g. a journal set aside. */
        default void notice(String text) {}
    }

    private final PortalSession portal;
    private final BatchOptions options;
    private final PortalNavigator navigator;
    private final PortalRecovery recovery;
    private final PaymentFiler filer;
    private final SupportsPackager packager;
    private final Evidence evidence;
    private final Listener listener;
    private final SendingJournal sendings;
    private final Optional<SupervisorNotifications> notifications;
    private final StepObserver observer;
    /** Wrong credentials stop the batch: trying again row after row could lock the account. */
    private boolean loginRejected;
    /** Keys of elements that were not found, by how many rows missed them. */
    private final java.util.Map<String, Integer> missingKeys = new java.util.HashMap<>();
    /** Why the batch must stop after the current row (portal changed, captcha), if it must. */
    private Optional<String> mustStop = Optional.empty();
    /** A row failed: the page may still show its form or a dialog, so the next row starts from a fresh page. */
    private boolean leftOver;

    /** A batch with its journal in the work folder and no e-mail to supervisors. */
    public BatchRunner(PortalSession portal, BatchOptions options, Evidence evidence, Listener listener) {
        this(
                portal,
                options,
                evidence,
                Journal.open(options.workDir().resolve("diario.json")),
                Optional.empty(),
                StepObserver.NONE,
                listener);
    }

    public BatchRunner(
            PortalSession portal,
            BatchOptions options,
            Evidence evidence,
            Journal journal,
            Optional<SupervisorNotifications> notifications,
            StepObserver observer,
            Listener listener) {
        this.observer = observer;
        this.portal = portal;
        this.options = options;
        this.navigator = new PortalNavigator(
                portal, options.loginUrl(), options.user(), options.password(), options.preferredCompany());
        this.recovery = new PortalRecovery(portal, options.loginUrl());
        this.sendings = new SendingJournal(journal);
        this.notifications = notifications;
        this.filer = new PaymentFiler(options.dryRun(), sendings);
        this.packager = new SupportsPackager(options.maxZipBytes());
        this.evidence = evidence;
        this.listener = listener;
    }

    public List<RowOutcome> run(List<PaymentRow> rows) {
        List<RowOutcome> outcomes = new ArrayList<>();
        Optional<String> stopReason = Optional.empty();
        for (PaymentRow row : rows) {
            RowOutcome outcome;
            if (stopReason.isPresent()) {
                outcome = notAttempted(row, stopReason.get());
            } else if (options.stop().requested()) {
                stopReason = Optional.of(STOPPED);
                outcome = notAttempted(row, STOPPED);
            } else {
                listener.rowStarted(row);
                outcome = fileRow(row);
                if (outcome.status().ok()) {
                    navigator.progressed();
                }
                if (outcome.status() == RowStatus.INTERRUPTED || loginRejected) {
                    stopReason = Optional.of(outcome.message());
                } else if (mustStop.isPresent()) {
                    stopReason = mustStop;
                }
            }
            outcomes.add(outcome);
            listener.rowFinished(outcome);
        }
        return outcomes;
    }

    static final String STOPPED = "Detenido con Ctrl+C antes de esta fila: ejecute de nuevo el mismo comando para"
            + " terminar (lo ya radicado no se repite).";

    private RowOutcome fileRow(PaymentRow row) {
        LocalDateTime start = LocalDateTime.now();
        observer.rowStarted(row);
        StepLog steps = new StepLog(row.describe(), options.stop(), row, observer);
        portal.onStep(steps::note);
        try {
            Path zip =
                    packager.packageSupports(row.supports(), options.workDir().resolve("fila-" + row.rowNumber()));
            packager.checkSize(zip);
            PaymentFiler.Filed filed = fileWithRetries(row, zip, steps);
            RowStatus status = sendings.afterFiling(row, filed.status(), filed.entry());
            String filedMessage = status == filed.status()
                    ? filed.message()
                    : (status == RowStatus.CORRECTED ? "Corrección enviada" : "Enviado") + ": la respuesta a «Enviar»"
                            + " se perdió (error del portal o ejecución interrumpida), pero Plan de pagos la muestra «"
                            + filed.entry().state() + "». No se envió dos veces.";
            List<Path> shots = evidence.finalState(row.rowNumber(), portal);
            String message = filedMessage;
            if (notifications.isPresent()) {
                Optional<Path> screenshot = shots.stream().findFirst().map(evidence::absolute);
                message = notifications
                        .get()
                        .notifyIfOwed(row, filed.entry(), filed.portal(), zip, screenshot, steps)
                        .map(note -> filedMessage + " " + note)
                        .orElse(message);
            }
            RowOutcome done = outcome(
                    row,
                    status,
                    message,
                    Optional.of(filed.entry().paymentId()),
                    Optional.of(filed.entry().state()),
                    start,
                    shots,
                    steps);
            return new RowOutcome(
                    done.rowNumber(),
                    done.contract(),
                    done.number(),
                    done.inputValues(),
                    done.status(),
                    done.message(),
                    done.paymentId(),
                    done.portalState(),
                    done.finishedAt(),
                    done.took(),
                    done.evidence(),
                    done.steps(),
                    filed.portal());
        } catch (StopSignal.StopRequestedException e) {
            steps.note("Detenido con Ctrl+C después del último paso");
            portal.closeOtherWindows();
            return outcome(
                    row,
                    RowStatus.INTERRUPTED,
                    "Detenido con Ctrl+C: ejecute de nuevo el mismo comando para"
                            + " terminar (lo ya radicado no se repite).",
                    Optional.empty(),
                    Optional.empty(),
                    start,
                    List.of(),
                    steps);
        } catch (PortalStayedDownException e) {
            RowOutcome failed = failed(
                    row,
                    e.getMessage() + " Se detiene la carga: ejecute de nuevo el mismo comando"
                            + " cuando el portal responda.",
                    start,
                    steps,
                    e);
            return new RowOutcome(
                    failed.rowNumber(),
                    failed.contract(),
                    failed.number(),
                    failed.inputValues(),
                    RowStatus.INTERRUPTED,
                    failed.message(),
                    failed.paymentId(),
                    failed.portalState(),
                    failed.finishedAt(),
                    failed.took(),
                    failed.evidence(),
                    failed.steps());
        } catch (ElementNotFoundException e) {
            return missing(row, e, start, steps);
        } catch (CaptchaRequiredException | PortalLanguageException e) {
            loginRejected = true;
            return failed(row, e.getMessage(), start, steps, e);
        } catch (LoginRejectedException e) {
            loginRejected = true;
            return failed(row, "No se pudo iniciar sesión en SECOP II: " + e.getMessage(), start, steps, e);
        } catch (SupportsException | RowFailure e) {
            return failed(row, e.getMessage(), start, steps, e);
        } catch (PortalValidationException e) {
            return failed(row, "El portal no aceptó la solicitud: " + String.join(" ", e.messages()), start, steps, e);
        } catch (PortalException e) {
            return failed(row, e.getMessage(), start, steps, e);
        } catch (RuntimeException e) {
            return failed(
                    row,
                    "Error inesperado del robot (" + e.getClass().getSimpleName() + "); vea robot.log.",
                    start,
                    steps,
                    e);
        }
    }

    /**
     * Files the row, starting again from "Mis contratos" after an expired session or a portal fault.
     * Never retried: what the portal refused (validation) and what the contractor must fix.
     */
    private PaymentFiler.Filed fileWithRetries(PaymentRow row, Path zip, StepLog steps) {
        Instant deadline = Instant.now().plus(options.rowBudget());
        Duration pause = options.retryPause();
        if (leftOver && portal.signedIn()) {
            leftOver = false;
            if (!recovery.awaitHealthy(pause, deadline, navigator.contractsUrl())) {
                portal.markSignedOut();
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                if (!portal.signedIn()) {
                    navigator.signIn();
                }
                return filer.file(row, zip, navigator.openPaymentPlan(row.contract(), row.company(), steps), steps);
            } catch (SessionExpiredException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new PortalStayedDownException(
                            "SECOP II cerró la sesión una y otra vez durante " + budget() + " (último aviso: "
                                    + e.getMessage() + ").",
                            e);
                }
                steps.add("La sesión expiró: inicia sesión de nuevo y retoma la fila");
                portal.closeOtherWindows();
                portal.markSignedOut();
            } catch (PortalValidationException
                    | LoginRejectedException
                    | CaptchaRequiredException
                    | PortalLanguageException
                    | ElementNotFoundException
                    | UnexpectedDialogException e) {
                // Never retried: the portal refused the data or the login, or it changed (a missing element would
                // be missing again, and each retry would cost a new login). An unknown question in a box is never
                // retried either: nothing was accepted, nothing sent.
                throw e;
            } catch (PortalException | WebDriverException e) {
                if (Instant.now().isAfter(deadline)) {
                    if (e instanceof co.secop.robot.portal.locate.PortalUnavailableException) {
                        // Down ("Service Unavailable") for the whole budget: the next rows would fare no better.
                        throw new PortalStayedDownException(
                                "SECOP II siguió sin estar disponible durante " + budget() + " (último error: "
                                        + describe(e) + ").",
                                e);
                    }
                    // The portal answers but this row keeps failing: it ends "Fallido" and the others go on.
                    throw new RowFailure(
                            "No se pudo terminar la fila: SECOP II siguió fallando durante " + budget()
                                    + " de reintentos (último error: " + describe(e) + ").",
                            e);
                }
                LOG.info("{}: intento {} falló", row.describe(), attempt, e);
                steps.add("El portal falló (" + describe(e) + "); reintenta desde «Mis contratos» (intento "
                        + (attempt + 1) + ")");
                if (!recovery.awaitHealthy(pause, deadline, navigator.contractsUrl())) {
                    portal.markSignedOut();
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /**
     * A row that failed because an element was not found. The second row that misses the same key stops the
     * batch: the portal changed, and every other row would fail the same way (the form was never sent, since
     * the robot stops before «Confirmar» when it cannot fill it).
     */
    private RowOutcome missing(PaymentRow row, ElementNotFoundException e, LocalDateTime start, StepLog steps) {
        int rowsMissing = missingKeys.merge(e.key(), 1, Integer::sum);
        if (rowsMissing >= 2) {
            String message = portalChanged(e);
            mustStop = Optional.of(message);
            return failed(row, message, start, steps, e);
        }
        return failed(row, e.getMessage() + " No se envió nada de esta fila.", start, steps, e);
    }

    /** «El portal cambió: no se encontró «Valor neto» (formulario.valor-neto) en … Ejecute ./secop revisar…». */
    static String portalChanged(ElementNotFoundException e) {
        return "El portal cambió: no se encontró «" + e.label() + "» (" + e.key() + ") en " + e.page()
                + ". Ejecute ./secop revisar y envíe revision.zip a soporte.";
    }

    /** The row's retry budget as the contractor reads it: "5 min", "90 s". */
    private String budget() {
        Duration budget = options.rowBudget();
        return budget.toSeconds() % 60 == 0 ? budget.toMinutes() + " min" : budget.toSeconds() + " s";
    }

    private static String describe(RuntimeException e) {
        if (e instanceof PortalException) {
            return e.getMessage();
        }
        String message =
                e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message);
    }

    private RowOutcome notAttempted(PaymentRow row, String reason) {
        StepLog steps = new StepLog(row.describe());
        steps.note(reason);
        return outcome(
                row,
                RowStatus.INTERRUPTED,
                reason,
                Optional.empty(),
                Optional.empty(),
                LocalDateTime.now(),
                List.of(),
                steps);
    }

    private RowOutcome failed(PaymentRow row, String message, LocalDateTime start, StepLog steps, Exception cause) {
        leftOver = true;
        LOG.warn("{}: {}", row.describe(), message, cause);
        steps.note("Falló: " + message);
        List<Path> shots = evidence.failure(row.rowNumber(), portal);
        portal.closeOtherWindows();
        return outcome(row, RowStatus.FAILED, message, Optional.empty(), Optional.empty(), start, shots, steps);
    }

    private static RowOutcome outcome(
            PaymentRow row,
            RowStatus status,
            String message,
            Optional<String> paymentId,
            Optional<String> state,
            LocalDateTime start,
            List<Path> shots,
            StepLog steps) {
        LocalDateTime end = LocalDateTime.now();
        return new RowOutcome(
                row.rowNumber(),
                row.contract(),
                row.number(),
                row.cellTexts(),
                status,
                message,
                paymentId,
                state,
                end,
                Duration.between(start, end),
                shots,
                steps.steps());
    }
}
