package co.secop.robot.simulator;

import co.secop.robot.simulator.model.PortalRuleException;
import co.secop.robot.simulator.seed.SeedLoader;
import co.secop.robot.simulator.web.ContractDetailController;
import co.secop.robot.simulator.web.ContractsController;
import co.secop.robot.simulator.web.ErrorPages;
import co.secop.robot.simulator.web.FieldRenamer;
import co.secop.robot.simulator.web.Guard;
import co.secop.robot.simulator.web.Layout;
import co.secop.robot.simulator.web.LoginAttempts;
import co.secop.robot.simulator.web.LoginController;
import co.secop.robot.simulator.web.MockApiController;
import co.secop.robot.simulator.web.NameScrambler;
import co.secop.robot.simulator.web.Outcome;
import co.secop.robot.simulator.web.PaymentFormController;
import co.secop.robot.simulator.web.PaymentPlanController;
import co.secop.robot.simulator.web.ReverseNamesFilter;
import co.secop.robot.simulator.web.SessionStore;
import co.secop.robot.simulator.web.StateChangeGuard;
import co.secop.robot.simulator.web.StaticAssets;
import co.secop.robot.simulator.web.SupervisorController;
import co.secop.robot.simulator.web.Texts;
import co.secop.robot.simulator.web.UploadController;
import co.secop.robot.simulator.web.WebContext;
import co.secop.robot.simulator.web.WorkAreaController;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled SECOP II simulator: an embedded Javalin (Jetty 12) server on 127.0.0.1 that imitates the
 * supplier pages the robot drives (login, Mis contratos, contract detail, Plan de pagos, payment
 * request form, upload window), the supervisor's page and a JSON mock API under {@code /_mock/api/}.
 *
 * <pre>{@code
 * try (Simulator sim = Simulator.start(SimulatorOptions.defaults())) {
 *     System.out.println(sim.loginUrl());
 * }
 * }</pre>
 */
public final class Simulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);

    private final SimulatorOptions options;
    private final SimulatorClock clock = new SimulatorClock();
    private final SimulatorSettings settings;
    private final PortalState state;
    private final SessionStore sessions;
    private static final String INJECTOR = "simulador.inyector";
    /** The real portal's language cookie: {@code CurrentLanguage=es-CO} keeps it in Spanish. */
    public static final String LANGUAGE_COOKIE = "CurrentLanguage";
    /** The language chosen in the login page's selector (variant {@code idioma-por-selector}). */
    static final String CHOSEN_LANGUAGE_COOKIE = "SimuladorIdiomaElegido";

    private volatile FaultInjector faults = FaultInjector.NONE;
    private final RequestStats requests = new RequestStats();
    private final Javalin app;
    private final String baseUrl;
    private final NameScrambler names;
    private final LoginAttempts loginAttempts = new LoginAttempts();

    private Simulator(SimulatorOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.settings = new SimulatorSettings(options);
        this.state = new PortalState(SeedLoader.load(options.seedFile()), clock);
        state.allowRepeatedNumbers(options.allowRepeatedNumbers());
        this.sessions = new SessionStore(settings, clock);
        this.names = options.has(SimulatorVariant.UNKNOWN_IDS)
                ? new NameScrambler(options.namesSeed() != null ? options.namesSeed() : new SecureRandom().nextLong())
                : null;
        WebContext web = new WebContext(state, sessions, new Guard(sessions), settings, clock);
        this.app = Javalin.create(config -> configure(config, web));
        app.start("127.0.0.1", options.port());
        this.baseUrl = "http://127.0.0.1:" + app.port();
        LOG.info(
                "Simulador SECOP II escuchando en {}{}{}",
                baseUrl,
                options.variants().isEmpty()
                        ? ""
                        : " (variantes: "
                                + options.variants().stream()
                                        .map(SimulatorVariant::code)
                                        .toList() + ")",
                options.renamedField() == null
                        ? ""
                        : " (campo renombrado: " + options.renamedField().code() + ")");
    }

    /** Starts the server; port 0 picks a free port. */
    public static Simulator start(SimulatorOptions options) {
        return new Simulator(options);
    }

    /** "http://127.0.0.1:PORT". */
    public String baseUrl() {
        return baseUrl;
    }

    /** {@code baseUrl + "/STS/Users/Login/Index"}. */
    public String loginUrl() {
        return baseUrl + Guard.LOGIN;
    }

    public PortalState state() {
        return state;
    }

    public SimulatorOptions options() {
        return options;
    }

    /**
     * With {@link SimulatorVariant#UNKNOWN_IDS}: the name this start gave to an id, name or class of the simulator
     * (itself when confirmed, see {@link ConfirmedNames}). Without the variant, {@code id} itself.
     */
    public String servedName(String id) {
        return names == null ? id : names.rename(id);
    }

    /** The seed of the random names, when {@link SimulatorVariant#UNKNOWN_IDS} is on. */
    public Optional<Long> namesSeed() {
        return Optional.ofNullable(names).map(NameScrambler::seed);
    }

    /** Settings changeable at run time (payment form mode, session idle). */
    public SimulatorSettings settings() {
        return settings;
    }

    /** The simulator's clock; tests may {@link SimulatorClock#advance advance} it to make sessions idle. */
    public SimulatorClock clock() {
        return clock;
    }

    /** Expires every open session now (as {@code POST /_mock/api/sessions/expire}). */
    public void expireSessions() {
        sessions.expireAll();
    }

    /** Installs a fault injector (extension point; {@link FaultInjector#NONE} by default). */
    public void faultInjector(FaultInjector injector) {
        faults = injector == null ? FaultInjector.NONE : injector;
    }

    /**
     * Latency and seeded faults ({@link SeededFaults}); {@link FaultSettings#off()} turns them off. Setting
     * the same settings again starts the seeded sequence again. {@link #reset()} leaves them as they are.
     */
    public void faults(FaultSettings settings) {
        if (settings == null || settings.isOff()) {
            faults = FaultInjector.NONE;
            LOG.info("Fallas simuladas desactivadas");
        } else {
            faults = new SeededFaults(settings, sessions);
            LOG.info("Fallas simuladas: {}", settings);
        }
    }

    /** The fault settings in force ({@link FaultSettings#off()} when none, or when a custom injector is set). */
    public FaultSettings faults() {
        return faults instanceof SeededFaults seeded ? seeded.settings() : FaultSettings.off();
    }

    /** How many faults of each kind were injected since the settings were last set. */
    public Map<String, Integer> faultsInjected() {
        return faults instanceof SeededFaults seeded ? seeded.injected() : Map.of();
    }

    /** Portal requests served since start or the last {@code POST /_mock/api/stats/reset} (static files excluded). */
    public RequestStats requests() {
        return requests;
    }

    /** Back to the seed (contracts, entries, DIAN) and to the start-up settings. Open sessions survive. */
    public void reset() {
        state.reset();
        settings.restore();
        loginAttempts.clear();
    }

    /**
     * Changes the login while running: captcha, lock, language ({@link LoginOptions}). {@link #reset()} goes
     * back to the start-up options and unlocks every account.
     */
    public void login(LoginOptions login) {
        settings.login(login);
    }

    /** Forgets wrong passwords and unlocks every account, without waiting for the lock to end. */
    public void unlockAccounts() {
        loginAttempts.clear();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void configure(JavalinConfig config, WebContext web) {
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(SimulatorJson.mapper(), false));
        if (names != null) {
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(
                    new FilterHolder(new ReverseNamesFilter(names)), "/*", EnumSet.of(DispatcherType.REQUEST)));
        }
        RoutesConfig routes = config.routes;
        routes.before(this::beforeRequest);
        routes.before(new StateChangeGuard(web.sessions())::before);
        new StaticAssets().register(routes);
        new LoginController(web, loginAttempts).register(routes);
        new WorkAreaController(web).register(routes);
        new ContractsController(web).register(routes);
        ContractDetailController detail = new ContractDetailController(web);
        detail.register(routes);
        new PaymentPlanController(web, detail).register(routes);
        new PaymentFormController(web, detail).register(routes);
        new UploadController(web).register(routes);
        new SupervisorController(web).register(routes);
        new MockApiController(web, this::reset, new MockApiController.FaultSwitch() {
                    @Override
                    public FaultSettings current() {
                        return faults();
                    }

                    @Override
                    public void apply(FaultSettings settings) {
                        faults(settings);
                    }

                    @Override
                    public Map<String, Integer> injected() {
                        return faultsInjected();
                    }
                })
                .register(routes);
        requests.register(routes);
        routes.after(this::afterRequest);
        routes.after(ctx -> Texts.use(null));
        routes.after(ctx -> Layout.useVariants(null));
        if (options.renamedField() != null) {
            routes.after(new FieldRenamer(options.renamedField())::apply);
        }
        if (names != null) {
            routes.after(names::apply);
        }
        routes.get("/<path>", ctx -> {
            throw new Outcome.NotFound("La página solicitada no existe.");
        });
        registerOutcomes(routes);
    }

    private void beforeRequest(Context ctx) throws Exception {
        requests.count(ctx);
        Layout.useVariants(options.variants().stream()
                .map(SimulatorVariant::code)
                .sorted()
                .collect(java.util.stream.Collectors.joining(" ")));
        Texts.use(english(ctx) ? Texts.ENGLISH : Texts.SPANISH);
        if (faultable(ctx)) {
            FaultInjector injector = faults;
            ctx.attribute(INJECTOR, injector);
            injector.before(ctx);
        }
    }

    /**
     * English with {@code --idioma en} unless the cookie {@code CurrentLanguage=es-CO} says otherwise; with the
     * variant {@code idioma-por-selector}, English until «Español» is chosen in the login page's selector
     * ({@code ?currentLanguage=es-CO}, remembered in a cookie of the simulator's own).
     */
    private boolean english(Context ctx) {
        if (!options.has(SimulatorVariant.LANGUAGE_BY_SELECTOR)) {
            return settings.login().english() && !"es-CO".equals(ctx.cookie(LANGUAGE_COOKIE));
        }
        String chosen = ctx.queryParam(LoginController.LANGUAGE_PARAMETER);
        if (chosen != null && !chosen.isBlank()) {
            ctx.cookie(CHOSEN_LANGUAGE_COOKIE, chosen.strip());
            return !"es-CO".equals(chosen.strip());
        }
        return !"es-CO".equals(ctx.cookie(CHOSEN_LANGUAGE_COOKIE));
    }

    private void afterRequest(Context ctx) throws Exception {
        // The injector that saw the request finishes it, even if the settings changed meanwhile.
        FaultInjector injector = ctx.attribute(INJECTOR);
        if (injector != null && faultable(ctx)) {
            injector.after(ctx);
        }
    }

    private static boolean faultable(Context ctx) {
        String path = ctx.path();
        return !path.startsWith(MockApiController.BASE) && !path.startsWith("/StaticContent/");
    }

    private static void registerOutcomes(RoutesConfig routes) {
        routes.exception(Outcome.Redirect.class, (e, ctx) -> ctx.redirect(e.location()));
        routes.exception(
                Outcome.AjaxSessionExpired.class, (e, ctx) -> ctx.status(401).json(Map.of("sessionExpired", true)));
        routes.exception(Outcome.StaleKey.class, (e, ctx) -> {
            LOG.debug("{} en {}", e.getMessage(), ctx.path());
            ErrorPages.unexpected(ctx);
        });
        routes.exception(Outcome.Forbidden.class, (e, ctx) -> ErrorPages.forbidden(ctx, e.getMessage()));
        routes.exception(Outcome.NotFound.class, (e, ctx) -> ErrorPages.notFound(ctx, e.getMessage()));
        routes.exception(PortalRuleException.class, (e, ctx) -> {
            if (ctx.path().startsWith(MockApiController.BASE)) {
                ctx.status(e.getMessage().startsWith("No existe") ? 404 : 409).json(Map.of("error", e.getMessage()));
            } else {
                LOG.warn("Regla de negocio no atendida en {}: {}", ctx.path(), e.getMessage());
                ErrorPages.unexpected(ctx);
            }
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.warn("Error inesperado atendiendo {} {}", ctx.method(), ctx.path(), e);
            if (ctx.path().startsWith(MockApiController.BASE)) {
                ctx.status(500).json(Map.of("error", String.valueOf(e.getMessage())));
            } else {
                ErrorPages.unexpected(ctx);
            }
        });
    }
}
