package co.secop.robot.simulator;

import co.secop.robot.simulator.web.ErrorPages;
import co.secop.robot.simulator.web.SessionStore;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's fault injector ({@link FaultSettings}): latency on every portal request and, with
 * probability {@code rate}, one fault per <em>eligible</em> request, chosen by a {@link Random} seeded with
 * {@code seed}. Only requests eligible for at least one enabled kind draw from the generator, so the same
 * seed and the same sequence of requests give the same faults. The latency has its own generator and
 * never shifts the fault decisions.
 *
 * <p>Which requests are eligible for which kind:
 * <ul>
 *   <li>{@code error-500}: AJAX actions (POST) after login (not "Ingresar" nor the company choice); the
 *       request is NOT handled: nothing changes on the server.</li>
 *   <li>{@code error-tras-guardar}: the AJAX actions that change data ({@code Confirm}, {@code SendPayment},
 *       {@code DeletePayment}, {@code EditPayment}); the action IS applied, then the answer is replaced by
 *       the "Error inesperado" page (HTTP 500).</li>
 *   <li>{@code sesion-expirada}: AJAX actions (POST) of a signed-in session; the session expires right before
 *       the action is handled (401 and the in-page dialog; the next page goes to the login page).</li>
 *   <li>{@code precargador-lento}: AJAX requests and page loads after login; the server waits {@code slowMs}
 *       first (the preloader stays on screen, or the page takes that long).</li>
 *   <li>{@code redibujo}, {@code estado-ingles}: the AJAX answers that redraw "Ejecución del Contrato"
 *       (StepManagerGoToStep, OnPaymentRequestSaved, SendPayment, DeletePayment, PaymentDetail, EditPayment)
 *       and the "Mis contratos" grid (Folder). The answer carries {@code X-Simulador-Falla}; portal.js draws
 *       it again 0.4 s later, or shows the states in English for 1.5 s.</li>
 *   <li>{@code clic-tragado}: the login page, the contract detail page ({@code data-simulador-falla} on the
 *       body) and the section answers above (header); portal.js swallows the next button click with a
 *       transparent {@code .blockUI}.</li>
 *   <li>{@code ventana-tardia}: the payment request form page; "Anexar documento" opens its window
 *       {@code slowMs} late.</li>
 *   <li>{@code carga-fallida}: the upload XHR of "Anexar documento"; it answers "Error" and stores nothing.</li>
 *   <li>{@code login-expirado}: "Ingresar" ({@code LoginAuthenticate}); it answers "sesión expirada" and
 *       portal.js goes back to the login page with the notice; no session is opened.</li>
 *   <li>A document's download («Descargar») is no page load: no fault applies to it.</li>
 *   <li>{@code caida}: page loads after login (not AJAX, not the login pages); this and every portal request
 *       for the next {@code outageMs} answer HTTP 503 "Service Unavailable" (no decisions are drawn while the
 *       server is down).</li>
 * </ul>
 * Static files, {@code /favicon.ico} and the mock API never get latency nor faults. Faults never change
 * the portal's data except through the normal handler ({@code error-tras-guardar}).
 */
public final class SeededFaults extends FaultInjector {

    private static final Logger LOG = LoggerFactory.getLogger(SeededFaults.class);

    /** Response header portal.js reads to misbehave on the client (AJAX answers). */
    public static final String HEADER = "X-Simulador-Falla";
    /** The milliseconds the simulator held a request on purpose (latency, slow preloader): tests read it. */
    public static final String DELAY_HEADER = "X-Simulador-Demora-Ms";
    /** Body attribute portal.js reads to misbehave on the client (full pages). */
    public static final String BODY_ATTRIBUTE = "data-simulador-falla";

    public static final String UPLOAD_FAILED_MESSAGE =
            "No se pudo anexar el documento: la transferencia se interrumpió. Intente de nuevo.";
    /** Set on a planilla check that must answer that SICOPI is down. */
    public static final String SICOPI_DOWN_ATTRIBUTE = "simulador-sicopi-caido";

    public static final String LOGIN_EXPIRED_MESSAGE = "La sesión ha expirado. Por favor ingrese de nuevo.";

    private static final String AFTER_ATTRIBUTE = "simulador.falla.despues";
    private static final String LOGIN = "/STS/Users/Login/";
    private static final String DETAIL = "/CO1ContractsManagement/Tendering/SalesContractEdit/";
    private static final String FORM = "/CO1ContractsManagement/Tendering/PaymentRequestEdit/";
    private static final Set<String> SAVE_ACTIONS =
            Set.of(FORM + "Confirm", DETAIL + "SendPayment", DETAIL + "DeletePayment", DETAIL + "EditPayment");
    private static final Set<String> SECTION_ANSWERS = Set.of(
            DETAIL + "StepManagerGoToStep",
            DETAIL + "OnPaymentRequestSaved",
            DETAIL + "SendPayment",
            DETAIL + "DeletePayment",
            DETAIL + "PaymentDetail",
            DETAIL + "EditPayment");
    private static final String GRID = "/CO1ContractsManagement/Tendering/SalesContractManagement/Folder";
    private static final String UPLOAD = "/CO1ContractsManagement/Documents/DocumentAlternateUpload/Upload";

    private static final String UNAVAILABLE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Service Unavailable</title></head>
            <body><h2 id="hdrServiceUnavailable">Service Unavailable</h2><hr><p>HTTP Error 503. The service is unavailable.</p></body></html>
            """;

    private final FaultSettings settings;
    private final SessionStore sessions;
    private final Random decisions;
    private final Random latency;
    private final Map<FaultKind, Integer> injected = new EnumMap<>(FaultKind.class);
    private long eligibleRequests;
    private volatile long downUntilNanos;
    private volatile boolean down;

    public SeededFaults(FaultSettings settings, SessionStore sessions) {
        this.settings = settings;
        this.sessions = sessions;
        this.decisions = new Random(settings.seed());
        this.latency = new Random(settings.seed() * 31 + 17);
    }

    public FaultSettings settings() {
        return settings;
    }

    /** How many faults of each kind were injected so far (kinds by their Spanish names). */
    public synchronized Map<String, Integer> injected() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        injected.forEach((kind, n) -> counts.put(kind.code(), n));
        return counts;
    }

    /** How many requests drew a decision from the generator. */
    public synchronized long eligibleRequests() {
        return eligibleRequests;
    }

    @Override
    public void before(Context ctx) throws Exception {
        if ("/favicon.ico".equals(ctx.path())) {
            return;
        }
        long latencyMs = latencyMs();
        delayed(ctx, latencyMs);
        if (serverDown()) {
            unavailable(ctx);
            return;
        }
        Request request = classify(ctx);
        FaultKind kind = decide(request);
        if (kind == null) {
            return;
        }
        LOG.info("Falla inyectada «{}» en {} {}", kind.code(), ctx.method(), ctx.path());
        switch (kind) {
            case ERROR_500 -> {
                ErrorPages.unexpected(ctx);
                ctx.skipRemainingHandlers();
            }
            case ERROR_AFTER_SAVE, LATE_WINDOW -> ctx.attribute(AFTER_ATTRIBUTE, kind);
            case SWALLOWED_CLICK -> {
                if (request.ajax) {
                    ctx.header(HEADER, kind.code());
                } else {
                    ctx.attribute(AFTER_ATTRIBUTE, kind);
                }
            }
            case SESSION_EXPIRED -> sessions.expire(ctx);
            case SICOPI_DOWN -> ctx.attribute(SICOPI_DOWN_ATTRIBUTE, true);
            case SLOW_PRELOADER -> delayed(ctx, latencyMs + settings.slowMs());
            case REDRAW, ENGLISH_STATE -> ctx.header(HEADER, kind.code());
            case UPLOAD_FAILED -> {
                ctx.json(Map.of("ok", false, "message", UPLOAD_FAILED_MESSAGE));
                ctx.skipRemainingHandlers();
            }
            case LOGIN_EXPIRED -> {
                ctx.json(Map.of("ok", false, "expired", true, "message", LOGIN_EXPIRED_MESSAGE));
                ctx.skipRemainingHandlers();
            }
            case OUTAGE -> {
                synchronized (this) {
                    downUntilNanos = System.nanoTime() + settings.outageMs() * 1_000_000;
                    down = true;
                }
                LOG.info("Simulador caído durante {} ms", settings.outageMs());
                unavailable(ctx);
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    @Override
    public void after(Context ctx) {
        FaultKind kind = ctx.attribute(AFTER_ATTRIBUTE);
        if (kind == null) {
            return;
        }
        if (kind == FaultKind.ERROR_AFTER_SAVE) {
            // The handler already applied the action: only the answer is lost.
            ErrorPages.unexpected(ctx);
            return;
        }
        String html = ctx.result();
        if (html != null && html.contains("<body ")) {
            ctx.html(html.replaceFirst(
                    "<body ",
                    "<body " + BODY_ATTRIBUTE + "=\"" + kind.code() + "\" data-simulador-lentitud=\""
                            + settings.slowMs() + "\" "));
        }
    }

    // ------------------------------------------------------------------ decisions

    private record Request(boolean ajax, List<FaultKind> eligible) {}

    private Request classify(Context ctx) {
        String path = ctx.path();
        boolean post = ctx.method() == HandlerType.POST;
        boolean get = ctx.method() == HandlerType.GET;
        boolean ajax = "XMLHttpRequest".equals(ctx.header("X-Requested-With"));
        boolean loginArea = "/".equals(path)
                || path.startsWith("/STS/")
                || path.endsWith("/LogOut")
                || path.startsWith("/CO1Portal/");
        // A document's «Descargar» is a file, not a page: no page fault applies (and it draws nothing).
        boolean download = path.endsWith("/DownloadDocument") || path.endsWith("/DownloadPaymentDocument");
        boolean page = get && !ajax && !loginArea && !download;
        boolean action = post && ajax && !loginArea;
        boolean section = ajax && SECTION_ANSWERS.contains(path);
        boolean grid = ajax && GRID.equals(path);
        List<FaultKind> eligible = new ArrayList<>();
        add(eligible, FaultKind.ERROR_500, action);
        add(eligible, FaultKind.ERROR_AFTER_SAVE, action && SAVE_ACTIONS.contains(path));
        add(eligible, FaultKind.SESSION_EXPIRED, action && sessions.signedIn(ctx));
        add(eligible, FaultKind.SLOW_PRELOADER, ajax || page);
        add(eligible, FaultKind.REDRAW, section || grid);
        add(eligible, FaultKind.LATE_WINDOW, page && (FORM + "Index").equals(path));
        add(eligible, FaultKind.UPLOAD_FAILED, post && UPLOAD.equals(path));
        add(
                eligible,
                FaultKind.SWALLOWED_CLICK,
                section || (get && !ajax && (path.equals(LOGIN + "Index") || path.equals(DETAIL + "View"))));
        add(eligible, FaultKind.ENGLISH_STATE, section || grid);
        add(eligible, FaultKind.LOGIN_EXPIRED, post && path.equals(LOGIN + "LoginAuthenticate"));
        add(eligible, FaultKind.OUTAGE, page);
        add(eligible, FaultKind.SICOPI_DOWN, post && (FORM + "ValidatePlanilla").equals(path));
        return new Request(ajax, eligible);
    }

    private void add(List<FaultKind> eligible, FaultKind kind, boolean applies) {
        if (applies && settings.kinds().contains(kind)) {
            eligible.add(kind);
        }
    }

    private synchronized FaultKind decide(Request request) {
        if (settings.rate() <= 0 || request.eligible.isEmpty()) {
            return null;
        }
        eligibleRequests++;
        if (decisions.nextDouble() >= settings.rate()) {
            return null;
        }
        FaultKind kind = request.eligible.get(decisions.nextInt(request.eligible.size()));
        injected.merge(kind, 1, Integer::sum);
        return kind;
    }

    private synchronized long latencyMs() {
        long jitter = settings.jitterMs() <= 0 ? 0 : (long) (latency.nextDouble() * (settings.jitterMs() + 1));
        return settings.latencyMs() + jitter;
    }

    private boolean serverDown() {
        if (!down) {
            return false;
        }
        synchronized (this) {
            if (down && System.nanoTime() - downUntilNanos >= 0) {
                down = false;
                LOG.info("El simulador vuelve a responder");
            }
            return down;
        }
    }

    private static void unavailable(Context ctx) {
        ctx.status(503).header("Retry-After", "5").html(UNAVAILABLE);
        ctx.skipRemainingHandlers();
    }

    /** The simulator imitates a slow server: this is the one place in src/main allowed to sleep. */
    /** Holds the request {@code ms} more than the {@link #DELAY_HEADER} says (the total since it arrived). */
    private static void delayed(Context ctx, long totalMs) throws InterruptedException {
        String said = ctx.res().getHeader(DELAY_HEADER);
        long before = said == null ? 0 : Long.parseLong(said);
        if (totalMs > before) {
            Thread.sleep(totalMs - before);
            ctx.header(DELAY_HEADER, String.valueOf(totalMs));
        }
    }
}
