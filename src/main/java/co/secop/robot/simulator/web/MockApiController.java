package co.secop.robot.simulator.web;

import co.secop.robot.simulator.FaultKind;
import co.secop.robot.simulator.FaultSettings;
import co.secop.robot.simulator.LoginOptions;
import co.secop.robot.simulator.PaymentFormMode;
import co.secop.robot.simulator.SimulatorVariant;
import co.secop.robot.simulator.model.Contract;
import co.secop.robot.simulator.model.DianInvoice;
import co.secop.robot.simulator.model.Document;
import co.secop.robot.simulator.model.HistoryEntry;
import co.secop.robot.simulator.model.PaymentEntry;
import co.secop.robot.simulator.model.PortalRuleException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** {@code /_mock/api/...}: JSON to inspect and drive the simulator from tests (no session needed). */
public final class MockApiController {

    public static final String BASE = "/_mock/api/";

    private final WebContext web;
    private final Runnable reset;
    private final FaultSwitch faults;

    /** The simulator's faults as the API sees them ({@code /_mock/api/faults}). */
    public interface FaultSwitch {
        FaultSettings current();

        void apply(FaultSettings settings);

        Map<String, Integer> injected();
    }

    public MockApiController(WebContext web, Runnable reset) {
        this(web, reset, null);
    }

    public MockApiController(WebContext web, Runnable reset, FaultSwitch faults) {
        this.web = web;
        this.reset = reset;
        this.faults = faults;
    }

    /** One payment entry as the API shows it (money with 2 decimals, ISO dates, Bogotá time). */
    public record PaymentJson(
            String contract,
            String paymentId,
            String reference,
            String number,
            Boolean electronicInvoice,
            String cufe,
            BigDecimal netValue,
            BigDecimal totalValue,
            LocalDateTime dueDate,
            String notes,
            String state,
            String rejectionReason,
            List<DocumentJson> documents,
            List<HistoryJson> history,
            List<PlanillaJson> planillas) {}

    /** A planilla the request carries, validated in SICOPI («Consulta exitosa»), with the IBC computed. */
    /** One planilla line of a saved request; {@code validated} false (and no IBC) only with the refusal off. */
    public record PlanillaJson(String number, java.time.LocalDate paymentDate, BigDecimal ibc, boolean validated) {}

    /** {@code POST sicopi/planillas}: a payment SICOPI will know; {@code businessDays} 2 to 4 (3 when omitted). */
    public record SicopiBody(String document, String number, java.time.LocalDate paymentDate, Integer businessDays) {}

    /** {@code POST clock/advance}: how far the simulator's clock jumps. */
    public record ClockBody(Long days, Long hours) {}

    public record DocumentJson(String name, long bytes, String sha256) {}

    public record HistoryJson(String state, LocalDateTime at) {}

    public record RejectBody(String reason) {}

    public record DianBody(String cufe, String number, BigDecimal totalValue) {}

    /**
     * {@code POST faults}: every field optional. {@code jitterMs} defaults to half of {@code latencyMs};
     * {@code kinds} is an array or a comma-separated string of Spanish names (empty = every kind).
     */
    public record FaultsBody(
            Long latencyMs, Long jitterMs, Double rate, Long seed, JsonNode kinds, Long slowMs, Long outageMs) {}

    /**
     * {@code POST settings}: every field optional. {@code captcha} is "siempre", "tras-fallos" (with
     * {@code captchaAfterFailures}) or "no"; {@code language} "es" or "en".
     */
    public record SettingsBody(
            String paymentFormMode,
            Long sessionIdleSeconds,
            String captcha,
            Integer captchaAfterFailures,
            String language) {}

    public void register(RoutesConfig routes) {
        routes.get(BASE + "payments", this::payments);
        routes.get(
                BASE + "payments/{paymentId}",
                ctx -> ctx.json(json(web.state()
                        .payment(ctx.pathParam("paymentId"))
                        .orElseThrow(() -> new PortalRuleException(
                                "No existe la solicitud de pago " + ctx.pathParam("paymentId") + ".")))));
        routes.post(BASE + "reset", ctx -> {
            reset.run();
            ctx.json(Map.of("ok", true));
        });
        routes.post(
                BASE + "payments/{paymentId}/reject",
                ctx -> transition(ctx, id -> {
                    RejectBody body = ctx.body().isBlank() ? new RejectBody(null) : ctx.bodyAsClass(RejectBody.class);
                    return web.state().reject(id, body.reason());
                }));
        routes.post(BASE + "payments/{paymentId}/approve", ctx -> transition(ctx, web.state()::approve));
        routes.post(BASE + "payments/{paymentId}/pay", ctx -> transition(ctx, web.state()::markPaid));
        routes.get(BASE + "dian/invoices", ctx -> ctx.json(web.state().dian().all()));
        routes.post(BASE + "dian/invoices", this::registerInvoice);
        routes.get(
                BASE + "sicopi/planillas", ctx -> ctx.json(web.state().sicopi().all()));
        routes.post(BASE + "sicopi/planillas", this::registerPlanilla);
        routes.post(BASE + "sicopi/failures", ctx -> {
            int next = ctx.bodyAsClass(JsonNode.class).path("next").asInt(0);
            web.state().sicopi().failNext(next);
            ctx.json(Map.of("ok", true, "next", next));
        });
        routes.post(BASE + "planillas/refusal", ctx -> {
            boolean refuse = ctx.bodyAsClass(JsonNode.class).path("refuse").asBoolean(true);
            web.state().acceptUnvalidatedPlanillas(!refuse);
            ctx.json(Map.of("ok", true, "refuse", refuse));
        });
        routes.post(BASE + "clock/advance", ctx -> {
            ClockBody body = ctx.bodyAsClass(ClockBody.class);
            web.clock()
                    .advance(Duration.ofDays(body.days() == null ? 0 : body.days())
                            .plusHours(body.hours() == null ? 0 : body.hours()));
            ctx.json(Map.of("now", web.clock().now().toString()));
        });
        routes.get(BASE + "settings", ctx -> ctx.json(settings()));
        routes.post(BASE + "settings", this::updateSettings);
        if (faults != null) {
            routes.get(BASE + "faults", ctx -> ctx.json(faultsJson()));
            routes.post(BASE + "faults", this::updateFaults);
            routes.delete(BASE + "faults", ctx -> {
                faults.apply(FaultSettings.off());
                ctx.json(faultsJson());
            });
        }
        routes.post(
                BASE + "sessions/expire",
                ctx -> ctx.json(Map.of("ok", true, "expired", web.sessions().expireAll())));
    }

    private void payments(Context ctx) {
        String contract = ctx.queryParam("contract");
        ctx.json(web.state().payments().stream()
                .map(this::json)
                .filter(p -> contract == null || contract.equalsIgnoreCase(p.contract()))
                .toList());
    }

    private void transition(Context ctx, Function<String, PaymentEntry> action) {
        ctx.json(json(action.apply(ctx.pathParam("paymentId"))));
    }

    private void registerPlanilla(Context ctx) {
        SicopiBody body = ctx.bodyAsClass(SicopiBody.class);
        if (body.document() == null || body.number() == null || body.paymentDate() == null) {
            ctx.status(400).json(Map.of("error", "Se requieren document, number y paymentDate."));
            return;
        }
        try {
            ctx.json(web.state()
                    .sicopi()
                    .register(new co.secop.robot.simulator.SicopiRegistry.Payment(
                            body.document().strip(),
                            body.number().strip(),
                            body.paymentDate(),
                            body.businessDays() == null
                                    ? co.secop.robot.simulator.SicopiRegistry.DEFAULT_BUSINESS_DAYS
                                    : body.businessDays())));
        } catch (IllegalArgumentException e) {
            ctx.status(400).json(Map.of("error", e.getMessage()));
        }
    }

    private void registerInvoice(Context ctx) {
        DianBody body = ctx.bodyAsClass(DianBody.class);
        if (body.number() == null || body.number().isBlank() || body.totalValue() == null) {
            ctx.status(400).json(Map.of("error", "Se requieren number y totalValue."));
            return;
        }
        DianInvoice stored =
                web.state().registerDianInvoice(new DianInvoice(body.cufe(), body.number(), body.totalValue()));
        ctx.status(201).json(stored);
    }

    private void updateSettings(Context ctx) {
        SettingsBody body = ctx.bodyAsClass(SettingsBody.class);
        try {
            if (body.paymentFormMode() != null) {
                web.settings()
                        .paymentFormMode(
                                PaymentFormMode.valueOf(body.paymentFormMode().toUpperCase(Locale.ROOT)));
            }
            if (body.sessionIdleSeconds() != null) {
                web.settings().sessionIdle(Duration.ofSeconds(body.sessionIdleSeconds()));
            }
            LoginOptions login = web.settings().login();
            if (body.captcha() != null) {
                login = LoginOptions.parseCaptcha(login, body.captcha(), body.captchaAfterFailures());
            }
            if (body.language() != null) {
                login = switch (body.language().strip().toLowerCase(Locale.ROOT)) {
                    case "en" -> login.inEnglish();
                    case "es" ->
                        new LoginOptions(
                                login.captchaAfterFailures(), login.lockAfterFailures(), login.lockDuration(), false);
                    default -> throw new IllegalArgumentException("idioma «" + body.language() + "»: use es o en");
                };
            }
            web.settings().login(login);
        } catch (IllegalArgumentException e) {
            ctx.status(400).json(Map.of("error", "Configuración inválida: " + e.getMessage()));
            return;
        }
        ctx.json(settings());
    }

    private void updateFaults(Context ctx) {
        FaultSettings settings;
        try {
            FaultsBody body = ctx.body().isBlank()
                    ? new FaultsBody(null, null, null, null, null, null, null)
                    : ctx.bodyAsClass(FaultsBody.class);
            long latency = body.latencyMs() == null ? 0 : body.latencyMs();
            settings = new FaultSettings(
                    latency,
                    body.jitterMs() == null ? latency / 2 : body.jitterMs(),
                    body.rate() == null ? 0 : body.rate(),
                    body.seed() == null ? FaultSettings.DEFAULT_SEED : body.seed(),
                    kinds(body.kinds()),
                    body.slowMs() == null ? FaultSettings.DEFAULT_SLOW_MS : body.slowMs(),
                    body.outageMs() == null ? FaultSettings.DEFAULT_OUTAGE_MS : body.outageMs());
        } catch (IllegalArgumentException e) {
            ctx.status(400).json(Map.of("error", "Fallas inválidas: " + e.getMessage()));
            return;
        }
        faults.apply(settings);
        ctx.json(faultsJson());
    }

    private static java.util.Set<FaultKind> kinds(JsonNode node) {
        if (node == null || node.isNull()) {
            return FaultKind.parse((String) null);
        }
        if (node.isTextual()) {
            return FaultKind.parse(node.asText());
        }
        List<String> codes = new java.util.ArrayList<>();
        node.forEach(n -> codes.add(n.asText()));
        return FaultKind.parse(codes);
    }

    private Map<String, Object> faultsJson() {
        Map<String, Object> json =
                new java.util.LinkedHashMap<>(faults.current().toJson());
        json.put("injected", faults.injected());
        json.put(
                "available",
                java.util.Arrays.stream(FaultKind.values()).map(FaultKind::code).toList());
        return json;
    }

    private Map<String, Object> settings() {
        LoginOptions login = web.settings().login();
        return Map.of(
                "paymentFormMode",
                web.settings().paymentFormMode().name(),
                "sessionIdleSeconds",
                web.settings().sessionIdle().toSeconds(),
                "maxUploadBytes",
                web.settings().maxUploadBytes(),
                "captchaAfterFailures",
                login.captchaAfterFailures(),
                "lockAfterFailures",
                login.lockAfterFailures(),
                "language",
                login.english() ? "en" : "es",
                "variants",
                web.settings().options().variants().stream()
                        .map(SimulatorVariant::code)
                        .sorted()
                        .toList());
    }

    private PaymentJson json(PaymentEntry p) {
        String contract =
                web.state().contract(p.contractId()).map(Contract::number).orElse(null);
        return new PaymentJson(
                contract,
                p.paymentId(),
                p.reference(),
                p.invoiceNumber(),
                p.electronicInvoice(),
                p.cufe(),
                money(p.netValue()),
                money(p.totalValue()),
                p.dueDate(),
                p.notes(),
                p.state().label(),
                p.rejectionReason(),
                p.documents().stream().map(MockApiController::json).toList(),
                p.history().stream().map(MockApiController::json).toList(),
                web.state().planillas(p.paymentId()).stream()
                        .map(l -> new PlanillaJson(l.number(), l.paymentDate(), l.ibc(), l.validated()))
                        .toList());
    }

    private static DocumentJson json(Document d) {
        return new DocumentJson(d.name(), d.size(), d.sha256());
    }

    private static HistoryJson json(HistoryEntry h) {
        return new HistoryJson(h.state().label(), h.at());
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
