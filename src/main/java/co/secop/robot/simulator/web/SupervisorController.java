package co.secop.robot.simulator.web;

import static co.secop.robot.simulator.web.Html.esc;

import co.secop.robot.simulator.model.Company;
import co.secop.robot.simulator.model.Contract;
import co.secop.robot.simulator.model.Document;
import co.secop.robot.simulator.model.PaymentEntry;
import co.secop.robot.simulator.model.PaymentState;
import co.secop.robot.simulator.model.PortalRuleException;
import co.secop.robot.simulator.model.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The entity side: {@code ProcurementContractManagement/Index} lists the payment requests
 * "Enviado por el Proveedor" and "Aceptada"; AJAX {@code ApprovePayment}, {@code RejectPayment},
 * {@code MarkPaid} answer the list again.
 */
public final class SupervisorController {

    public static final String BASE = "/CO1ContractsManagement/Tendering/ProcurementContractManagement/";

    private final WebContext web;

    public SupervisorController(WebContext web) {
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get(BASE + "Index", this::index);
        routes.post(
                BASE + "ApprovePayment",
                ctx -> act(ctx, id -> {
                    web.state().approve(id);
                    return "La solicitud de pago " + id + " fue aprobada.";
                }));
        routes.post(
                BASE + "RejectPayment",
                ctx -> act(ctx, id -> {
                    web.state().reject(id, ctx.formParam("reason"));
                    return "La solicitud de pago " + id + " fue rechazada.";
                }));
        routes.post(
                BASE + "MarkPaid",
                ctx -> act(ctx, id -> {
                    web.state().markPaid(id);
                    return "La solicitud de pago " + id + " fue marcada como pagada.";
                }));
        routes.get(BASE + "DownloadDocument", this::download);
    }

    private interface Action {
        String apply(String paymentId);
    }

    private void index(Context ctx) {
        Session session = web.guard().page(ctx, Role.SUPERVISOR);
        String mkey = session.register(new MkeyTarget.Page("supervisor"));
        String content = """
                <div class="PageTitleBar"><span id="spnPageTitle" class="PageTitle">Contratos &middot; Solicitudes de pago</span></div>
                <div class="Panel"><div class="PanelBody">
                  <p class="Hint">Solicitudes de pago enviadas por los proveedores. Apruebe, rechace (indicando el motivo) o marque como pagadas las aceptadas.</p>
                  <div id="divSupervisorGrid">%s</div>
                </div></div>
                """.formatted(grid(session, mkey, null, false));
        ctx.html(Layout.page(
                "Contratos",
                "supervisor",
                mkey,
                Layout.header(session, web.state()),
                content,
                Map.of("action-base", BASE)));
    }

    private void act(Context ctx, Action action) {
        Session session = web.guard().ajax(ctx, Role.SUPERVISOR);
        web.guard().target(session, ctx, MkeyTarget.Page.class);
        String paymentId = ctx.formParam("paymentId");
        String id = paymentId == null ? "" : paymentId.strip();
        String message;
        boolean error = false;
        try {
            if (web.state().payment(id).filter(p -> ofEntity(session, p)).isEmpty()) {
                // another entity's payment answers like one that does not exist: guessing ids reveals nothing
                throw new PortalRuleException("La solicitud de pago " + id + " no existe.");
            }
            message = action.apply(id);
        } catch (PortalRuleException e) {
            message = e.getMessage();
            error = true;
        }
        ctx.html(grid(session, Guard.mkey(ctx), message, error));
    }

    /** True when the payment's contract is with the supervisor's own entity. */
    private boolean ofEntity(Session session, PaymentEntry payment) {
        return web.state()
                .contract(payment.contractId())
                .map(contract -> session.user().companyCodes().stream()
                        .map(code ->
                                web.state().company(code).map(Company::name).orElse(null))
                        .anyMatch(contract.entityName()::equals))
                .orElse(false);
    }

    private String grid(Session session, String mkey, String message, boolean error) {
        List<PaymentEntry> entries = web.state().payments().stream()
                .filter(p -> p.state() == PaymentState.ENVIADO || p.state() == PaymentState.ACEPTADA)
                .filter(p -> ofEntity(session, p))
                .toList();
        StringBuilder html = new StringBuilder();
        if (message != null) {
            html.append("<div id=\"divSupervisorMessages\" class=\"MessagesPanel\"><span class=\"")
                    .append(error ? "ErrorMessage" : "SuccessMessage")
                    .append("\">")
                    .append(esc(message))
                    .append("</span></div>");
        }
        html.append("""
                <table id="grdSupervisorPayments_tbl" class="VortalGrid">
                <tr class="gridHeader"><td>Contrato</td><td>Proveedor</td><td>Id de pago</td><td>Número de factura</td>\
                <td>Valor total</td><td>Documentos</td><td>Estado</td><td>Acciones</td></tr>
                """);
        for (int i = 0; i < entries.size(); i++) {
            PaymentEntry e = entries.get(i);
            Contract c = web.state().contract(e.contractId()).orElseThrow();
            String supplier =
                    web.state().company(c.companyCode()).map(Company::name).orElse("");
            html.append("<tr class=\"")
                    .append(i % 2 == 0 ? "gridLineLight" : "gridLineDark")
                    .append("\" data-payment-id=\"")
                    .append(esc(e.paymentId()))
                    .append("\">")
                    .append("<td><span id=\"spnSupContract_")
                    .append(i)
                    .append("\">")
                    .append(esc(c.number()))
                    .append("</span></td>")
                    .append("<td>")
                    .append(esc(supplier))
                    .append("</td>")
                    .append("<td><span id=\"spnSupPaymentId_")
                    .append(i)
                    .append("\">")
                    .append(esc(e.paymentId()))
                    .append("</span></td>")
                    .append("<td><span id=\"spnSupInvoiceNr_")
                    .append(i)
                    .append("\">")
                    .append(esc(e.invoiceNumber()))
                    .append("</span></td>")
                    .append("<td class=\"Numeric\">")
                    .append(Html.money(e.totalValue()))
                    .append("</td>")
                    .append("<td>")
                    .append(documents(e, mkey))
                    .append("</td>")
                    .append("<td><span id=\"spnSupState_")
                    .append(i)
                    .append("\">")
                    .append(esc(e.state().entityLabel()))
                    .append("</span></td>")
                    .append("<td class=\"ActionsCell\">")
                    .append(actions(e, i))
                    .append("</td></tr>\n");
        }
        if (entries.isEmpty()) {
            html.append("<tr class=\"gridEmpty\"><td colspan=\"8\">No hay solicitudes de pago por revisar.</td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static String actions(PaymentEntry e, int i) {
        String id = esc(e.paymentId());
        if (e.state() == PaymentState.ACEPTADA) {
            return "<input type=\"button\" id=\"btnMarkPaid_" + i
                    + "\" class=\"VortalButton VortalBlueButton GridButton\" "
                    + "value=\"Marcar como pagado\" data-payment-id=\"" + id + "\">";
        }
        return "<input type=\"button\" id=\"btnApprovePayment_" + i
                + "\" class=\"VortalButton VortalBlueButton GridButton\" "
                + "value=\"Aprobar\" data-payment-id=\"" + id + "\">"
                + "<div class=\"RejectBox\"><textarea id=\"txaRejectReason_" + i
                + "\" class=\"VortalTextArea\" rows=\"2\" "
                + "placeholder=\"Motivo del rechazo\"></textarea>"
                + "<input type=\"button\" id=\"btnRejectPayment_" + i + "\" class=\"VortalButton GridButton\" "
                + "value=\"Rechazar\" data-payment-id=\"" + id + "\" data-reason-box=\"txaRejectReason_" + i
                + "\"></div>";
    }

    private static String documents(PaymentEntry e, String mkey) {
        StringBuilder html = new StringBuilder();
        for (Document d : e.documents()) {
            html.append("<a class=\"DocumentLink\" href=\"")
                    .append(BASE)
                    .append("DownloadDocument?paymentId=")
                    .append(encode(e.paymentId()))
                    .append("&name=")
                    .append(encode(d.name()))
                    .append("&mkey=")
                    .append(mkey)
                    .append("\">")
                    .append(esc(d.name()))
                    .append("</a><br>");
        }
        return html.toString();
    }

    private void download(Context ctx) {
        Session session = web.guard().page(ctx, Role.SUPERVISOR);
        web.guard().target(session, ctx, MkeyTarget.Page.class);
        Document document = web.state().payment(ctx.queryParam("paymentId")).filter(p -> ofEntity(session, p)).stream()
                .flatMap(p -> p.documents().stream())
                .filter(d -> d.name().equals(ctx.queryParam("name")))
                .findFirst()
                .orElseThrow(() -> new Outcome.NotFound("El documento solicitado no existe."));
        ctx.contentType("application/zip")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + document.name().replace("\"", "") + "\"")
                .result(document.content());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
