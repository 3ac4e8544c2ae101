package co.secop.robot.run;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.Evidence;
import co.secop.robot.batch.Journal;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.batch.StepObserver;
import co.secop.robot.batch.SupervisorNotifications;
import co.secop.robot.browser.BrowserUnavailableException;
import co.secop.robot.format.SecretMasker;
import co.secop.robot.portal.LoginRejectedException;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.report.RunFolder;
import co.secop.robot.spreadsheet.PaymentRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --paralelo N} and several accounts: the valid rows are split into lanes, one per account and
 * contract, kept in sheet order; N browsers take lanes one at a time, so rows of one contract go one
 * after the other in one browser while different contracts advance side by side. Each browser works
 * for one account only (it signs in once; a lane of another account gets a fresh browser), and the
 * accounts are spread over the browsers. The first sign-in of each account happens before any other
 * browser tries that account: a refused password stops that account's rows, with the portal's reason,
 * after one attempt (repeated logins get accounts locked), and the other accounts go on. The journal,
 * the e-mails and the evidence are shared and thread-safe; the outcomes are sorted back into sheet
 * order by {@link BatchJob}.
 */
final class ParallelBatch {

    private static final Logger LOG = LoggerFactory.getLogger(ParallelBatch.class);

    static final String STOPPED = "Detenido con Ctrl+C antes de esta fila: ejecute de nuevo el mismo comando para"
            + " terminar (lo ya radicado no se repite).";
    private static final String LOGIN_FAILED = "No se pudo iniciar sesión en SECOP II";

    /** The rows of one account and one contract, in sheet order. */
    record Lane(int order, String user, List<PaymentRow> rows) {}

    private final BatchJob.Request request;
    private final RunFolder folder;
    private final SecretMasker masker;
    private final BatchRunner.Listener listener;
    private final Journal journal;
    private final Optional<SupervisorNotifications> notifications;
    private final Evidence evidence;
    private final Path workDir;

    private final List<Lane> pending = new ArrayList<>();
    private final Map<String, Integer> busyByUser = new HashMap<>();
    private final Map<String, AccountGate> gates = new ConcurrentHashMap<>();
    private final List<RowOutcome> outcomes = new CopyOnWriteArrayList<>();
    private final List<BrowserUnavailableException> browserFailures = new CopyOnWriteArrayList<>();
    private volatile String portalDown;

    ParallelBatch(
            BatchJob.Request request,
            RunFolder folder,
            SecretMasker masker,
            BatchRunner.Listener listener,
            Journal journal,
            Optional<SupervisorNotifications> notifications,
            Path workDir) {
        this.request = request;
        this.folder = folder;
        this.masker = masker;
        this.listener = synchronizedListener(listener);
        this.journal = journal;
        this.notifications = notifications;
        this.evidence = new Evidence(folder.root(), folder.evidenceDir(), masker);
        this.workDir = workDir;
    }

    /** Files the rows; returns one outcome per row (in no particular order). */
    List<RowOutcome> run(List<PaymentRow> rows) {
        pending.addAll(lanes(request, rows));
        int browsers = Math.min(request.parallel(), pending.size());
        LOG.info(
                "{} filas en {} grupos (usuario y contrato) con {} navegador(es) a la vez; usuarios: {}",
                rows.size(),
                pending.size(),
                browsers,
                request.accounts().users());
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i <= browsers; i++) {
            Thread thread = new Thread(this::work, "navegador-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            joinUninterruptibly(thread);
        }
        return complete(rows);
    }

    /** Lanes in the order their first row appears in the sheet. */
    static List<Lane> lanes(BatchJob.Request request, List<PaymentRow> rows) {
        Map<String, List<PaymentRow>> byLane = new LinkedHashMap<>();
        Map<String, String> users = new HashMap<>();
        for (PaymentRow row : rows) {
            String user = request.accounts().userOf(request.sheet(), row);
            String key = Accounts.key(user) + "|" + row.contract().strip().toUpperCase(Locale.ROOT);
            byLane.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            users.putIfAbsent(key, user);
        }
        List<Lane> lanes = new ArrayList<>();
        byLane.forEach((key, laneRows) -> lanes.add(new Lane(lanes.size(), users.get(key), List.copyOf(laneRows))));
        return lanes;
    }

    // ------------------------------------------------------------------ one browser

    private void work() {
        Browser browser = null;
        try {
            for (Lane lane = take(null); lane != null; lane = take(browser == null ? null : browser.user)) {
                try {
                    Optional<Skip> skip = skip(lane);
                    if (skip.isPresent()) {
                        notAttempted(
                                lane.rows(), skip.get().status(), skip.get().reason());
                        continue;
                    }
                    if (browser != null && !Accounts.key(browser.user).equals(Accounts.key(lane.user()))) {
                        browser.close();
                        browser = null;
                    }
                    if (browser == null) {
                        try {
                            browser = open(lane.user());
                        } catch (BrowserUnavailableException e) {
                            LOG.warn("No se pudo abrir un navegador para {}: {}", lane.user(), e.getMessage(), e);
                            browserFailures.add(e);
                            giveBack(lane);
                            lane = null;
                            return;
                        }
                    }
                    if (signIn(browser, lane)) {
                        fileLane(browser, lane);
                    }
                } finally {
                    if (lane != null) {
                        release(lane);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Error inesperado en {}", Thread.currentThread().getName(), e);
        } finally {
            if (browser != null) {
                browser.close();
            }
        }
    }

    private Browser open(String user) {
        PortalSession portal = PortalSession.open(request.browser(), request.portal());
        StepObserver observer =
                request.observers().create(portal, folder, request.sheet().headers(), masker);
        BatchOptions base = request.batch();
        BatchOptions options = new BatchOptions(
                base.loginUrl(),
                user,
                request.accounts().password(user),
                base.preferredCompany(),
                base.dryRun(),
                base.maxZipBytes(),
                workDir,
                base.rowBudget(),
                base.retryPause(),
                base.stop());
        BatchRunner runner = new BatchRunner(portal, options, evidence, journal, notifications, observer, listener)
                .leavingOutOfSupports(request.sheet().file());
        LOG.info("Navegador abierto para {}", user);
        return new Browser(user, portal, runner);
    }

    /**
     * Signs the browser in before its first lane. The first browser of an account signs in alone; a refusal
     * ends the account's rows here. Any other failure is left to the batch, which retries the portal.
     *
     * @return false when the account's password was refused
     */
    private boolean signIn(Browser browser, Lane lane) {
        if (browser.portal.signedIn()) {
            return true;
        }
        AccountGate gate = gate(lane.user());
        boolean first = gate.claimOrAwait();
        if (gate.refusal().isPresent()) {
            notAttempted(
                    lane.rows(),
                    RowStatus.FAILED,
                    refusedMessage(lane.user(), gate.refusal().get()));
            return false;
        }
        try {
            BatchOptions base = request.batch();
            browser.portal
                    .openLogin(base.loginUrl())
                    .signIn(lane.user(), new String(request.accounts().password(lane.user())))
                    .enter(base.preferredCompany().orElse(null));
            LOG.info("Sesión iniciada en SECOP II como {}", lane.user());
            gate.report(Optional.empty(), true);
            return true;
        } catch (LoginRejectedException e) {
            LOG.warn("SECOP II rechazó el inicio de sesión de {}: {}", lane.user(), e.getMessage());
            gate.report(Optional.of(e.getMessage()), true);
            notAttempted(lane.rows(), RowStatus.FAILED, refusedMessage(lane.user(), e.getMessage()));
            return false;
        } catch (RuntimeException e) {
            // The portal failed, not the password: the batch signs in again within its retry budget.
            LOG.info("El inicio de sesión de {} falló ({}); la carga lo reintenta", lane.user(), e.toString());
            browser.portal.markSignedOut();
            if (first) {
                gate.report(Optional.empty(), false);
            }
            return true;
        }
    }

    private void fileLane(Browser browser, Lane lane) {
        List<RowOutcome> done = browser.runner.run(lane.rows());
        outcomes.addAll(done);
        for (RowOutcome outcome : done) {
            if (outcome.message().startsWith(LOGIN_FAILED)) {
                String reason = outcome.message()
                        .substring(outcome.message().indexOf(':') + 1)
                        .strip();
                gate(lane.user()).report(Optional.of(reason), true);
                return;
            }
        }
        done.stream()
                .filter(o -> o.status() == RowStatus.INTERRUPTED)
                .findFirst()
                .filter(o -> !request.batch().stop().requested())
                .ifPresent(o -> {
                    // The portal stayed down for a whole row budget: the other lanes would fare no better.
                    if (portalDown == null) {
                        portalDown = o.message();
                    }
                });
    }

    // ------------------------------------------------------------------ lanes

    private record Skip(RowStatus status, String reason) {}

    private Optional<Skip> skip(Lane lane) {
        if (request.batch().stop().requested()) {
            return Optional.of(new Skip(RowStatus.INTERRUPTED, STOPPED));
        }
        Optional<String> refused = gate(lane.user()).refusal();
        if (refused.isPresent()) {
            return Optional.of(new Skip(RowStatus.FAILED, refusedMessage(lane.user(), refused.get())));
        }
        String down = portalDown;
        return down == null ? Optional.empty() : Optional.of(new Skip(RowStatus.INTERRUPTED, down));
    }

    /** The next lane: one of the browser's own account first, else one of the account with fewest browsers. */
    private synchronized Lane take(String user) {
        if (pending.isEmpty()) {
            return null;
        }
        Lane chosen = null;
        if (user != null) {
            chosen = pending.stream()
                    .filter(l -> Accounts.key(l.user()).equals(Accounts.key(user)))
                    .findFirst()
                    .orElse(null);
        }
        if (chosen == null) {
            int fewest = pending.stream()
                    .mapToInt(l -> busyByUser.getOrDefault(Accounts.key(l.user()), 0))
                    .min()
                    .orElse(0);
            chosen = pending.stream()
                    .filter(l -> busyByUser.getOrDefault(Accounts.key(l.user()), 0) == fewest)
                    .findFirst()
                    .orElseThrow();
        }
        pending.remove(chosen);
        busyByUser.merge(Accounts.key(chosen.user()), 1, Integer::sum);
        return chosen;
    }

    private synchronized void giveBack(Lane lane) {
        pending.add(0, lane);
        pending.sort(java.util.Comparator.comparingInt(Lane::order));
        busyByUser.merge(Accounts.key(lane.user()), -1, Integer::sum);
    }

    private synchronized void release(Lane lane) {
        busyByUser.merge(Accounts.key(lane.user()), -1, Integer::sum);
    }

    /** Every row gets an outcome, also those no browser could take. */
    private List<RowOutcome> complete(List<PaymentRow> rows) {
        Set<Integer> done = outcomes.stream().map(RowOutcome::rowNumber).collect(Collectors.toSet());
        List<PaymentRow> missing =
                rows.stream().filter(r -> !done.contains(r.rowNumber())).toList();
        if (!missing.isEmpty()) {
            if (done.isEmpty() && !browserFailures.isEmpty()) {
                // Not a single browser opened: the same error as with one browser.
                throw browserFailures.get(0);
            }
            String reason = browserFailures.isEmpty()
                    ? "No se procesó por un error inesperado del robot (vea robot.log)."
                    : "No se pudo abrir otro navegador: "
                            + browserFailures.get(0).getMessage();
            notAttempted(missing, RowStatus.INTERRUPTED, reason + " Ejecute de nuevo el mismo comando para terminar.");
        }
        return List.copyOf(outcomes);
    }

    private void notAttempted(List<PaymentRow> rows, RowStatus status, String reason) {
        for (PaymentRow row : rows) {
            RowOutcome outcome = new RowOutcome(
                    row.rowNumber(),
                    row.contract(),
                    row.number(),
                    row.cellTexts(),
                    status,
                    reason,
                    Optional.empty(),
                    Optional.empty(),
                    LocalDateTime.now(),
                    Duration.ZERO,
                    List.of(),
                    List.of(reason));
            outcomes.add(outcome);
            listener.rowFinished(outcome);
        }
    }

    private static String refusedMessage(String user, String reason) {
        return LOGIN_FAILED + " como «" + user + "»: " + reason + " No se intentó esta fila (para no bloquear la"
                + " cuenta): corrija la contraseña de ese usuario y ejecute de nuevo el mismo comando.";
    }

    private AccountGate gate(String user) {
        return gates.computeIfAbsent(Accounts.key(user), k -> new AccountGate());
    }

    private static BatchRunner.Listener synchronizedListener(BatchRunner.Listener listener) {
        return new BatchRunner.Listener() {
            @Override
            public synchronized void rowStarted(PaymentRow row) {
                listener.rowStarted(row);
            }

            @Override
            public synchronized void rowFinished(RowOutcome outcome) {
                listener.rowFinished(outcome);
            }
        };
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One browser, signed in as one account, with the batch that drives it. */
    private record Browser(String user, PortalSession portal, BatchRunner runner) {
        void close() {
            try {
                portal.close();
            } catch (RuntimeException e) {
                LOG.warn("No se pudo cerrar el navegador de {}", user, e);
            }
        }
    }
}
