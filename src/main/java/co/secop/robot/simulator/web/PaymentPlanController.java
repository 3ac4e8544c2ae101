package co.secop.robot.simulator.web;

import co.secop.robot.simulator.model.Contract;
import co.secop.robot.simulator.model.PaymentEntry;
import co.secop.robot.simulator.model.PortalRuleException;
import co.secop.robot.simulator.model.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * Plan de pagos row actions (AJAX, mkey of the detail page, form field {@code paymentId}):
 * {@code SendPayment}, {@code DeletePayment}, {@code PaymentDetail}, {@code EditPayment}.
 * Each answers the section again, with a message when the action was refused.
 */
public final class PaymentPlanController {

    private final WebContext web;
    private final ContractDetailController detail;

    public PaymentPlanController(WebContext web, ContractDetailController detail) {
        this.web = web;
        this.detail = detail;
    }

    public void register(RoutesConfig routes) {
        String base = ContractDetailController.BASE;
        routes.post(base + "SendPayment", this::send);
        routes.post(base + "DeletePayment", this::delete);
        routes.post(base + "PaymentDetail", this::showDetail);
        routes.get(base + DETAIL_WINDOW, this::detailWindow);
        routes.post(base + "EditPayment", this::edit);
        routes.post(base + "CreatePaymentDraft", this::createDraft);
    }

    /** «Crear» accepted in the variant {@code crear-con-confirmacion}: the plan with the new draft. */
    private void createDraft(Context ctx) {
        Session session = web.guard().ajax(ctx, Role.CONTRACTOR);
        Contract contract = detail.contractOf(session, ctx);
        PaymentPlanView.Notice notice;
        try {
            PaymentEntry created = web.state().createDraft(contract.id());
            ctx.header(NEW_DRAFT_HEADER, created.paymentId());
            notice = PaymentPlanView.Notice.ok("Se creó la solicitud de pago " + created.paymentId() + ".");
        } catch (PortalRuleException e) {
            notice = PaymentPlanView.Notice.error(e.getMessage());
        }
        detail.section(ctx, session, contract, ContractSteps.EXECUTION, notice, null);
    }

    /** Tells portal.js which row's form to open after «Crear» created a draft. */
    static final String NEW_DRAFT_HEADER = "X-Simulador-Solicitud-Creada";

    private interface Action {
        PaymentPlanView.Notice apply(String paymentId);
    }

    private void send(Context ctx) {
        run(ctx, id -> {
            web.state().send(id);
            return PaymentPlanView.Notice.ok("La solicitud de pago " + id + " fue enviada a la entidad estatal.");
        });
    }

    private void delete(Context ctx) {
        run(ctx, id -> {
            Optional<PaymentEntry> kept = web.state().delete(id);
            return PaymentPlanView.Notice.ok(
                    kept.isPresent()
                            ? "Se borró la información registrada en el pago " + id + "."
                            : "La solicitud de pago " + id + " fue borrada.");
        });
    }

    private void edit(Context ctx) {
        run(ctx, id -> {
            web.state().edit(id);
            return PaymentPlanView.Notice.ok("La solicitud de pago " + id
                    + " quedó en edición: use «Registro» para corregirla y luego «Enviar».");
        });
    }

    private void showDetail(Context ctx) {
        Session session = web.guard().ajax(ctx, Role.CONTRACTOR);
        Contract contract = detail.contractOf(session, ctx);
        Optional<PaymentEntry> entry =
                web.state().payment(ctx.formParam("paymentId")).filter(p -> p.contractId() == contract.id());
        if (entry.isEmpty()) {
            detail.section(
                    ctx,
                    session,
                    contract,
                    ContractSteps.EXECUTION,
                    PaymentPlanView.Notice.error("La solicitud de pago no existe en este contrato."),
                    null);
            return;
        }
        detail.section(ctx, session, contract, ContractSteps.EXECUTION, null, entry.get());
    }

    /** The page a payment's «Detalle» opens in a popup window or a new tab ({@code detalle-en-ventana}, {@code -pestana}). */
    static final String DETAIL_WINDOW = "PaymentDetailView";

    private void detailWindow(Context ctx) {
        Session session = web.guard().page(ctx, Role.CONTRACTOR);
        Contract contract = detail.contractOf(session, ctx);
        String paymentId = ctx.queryParam("paymentId");
        PaymentEntry entry = web.state()
                .payment(paymentId)
                .filter(p -> p.contractId() == contract.id())
                .orElseThrow(() -> new Outcome.NotFound("La solicitud de pago no existe en este contrato."));
        PaymentPlanView.DetailMode where = PaymentPlanView.DetailMode.of(web.settings());
        ctx.html(Layout.page(
                "Detalle de la solicitud de pago " + entry.paymentId(),
                "paymentDetail",
                Guard.mkey(ctx),
                "",
                PaymentPlanView.detailPage(
                        entry,
                        where,
                        PaymentPlanView.socialSecurity(contract, web.state().planillas(entry.paymentId()))),
                Map.of(
                        "action-base",
                        ContractDetailController.BASE,
                        "detalle-en",
                        where == PaymentPlanView.DetailMode.WINDOW ? "ventana" : "pestana")));
    }

    private void run(Context ctx, Action action) {
        Session session = web.guard().ajax(ctx, Role.CONTRACTOR);
        Contract contract = detail.contractOf(session, ctx);
        String paymentId = ctx.formParam("paymentId");
        PaymentPlanView.Notice notice;
        boolean belongs = web.state()
                .payment(paymentId)
                .map(p -> p.contractId() == contract.id())
                .orElse(false);
        if (!belongs) {
            notice = PaymentPlanView.Notice.error("La solicitud de pago " + paymentId + " no existe en este contrato.");
        } else {
            try {
                notice = action.apply(paymentId.strip());
            } catch (PortalRuleException e) {
                notice = PaymentPlanView.Notice.error(e.getMessage());
            }
        }
        detail.section(ctx, session, contract, ContractSteps.EXECUTION, notice, null);
    }
}
