package co.secop.robot.simulator.web;

import static co.secop.robot.simulator.web.Html.esc;

import co.secop.robot.simulator.SimulatorVariant;
import co.secop.robot.simulator.model.Company;
import co.secop.robot.simulator.model.Contract;
import co.secop.robot.simulator.model.PaymentEntry;
import co.secop.robot.simulator.model.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contract detail {@code SalesContractEdit/View}: header, StepManager and the AJAX section switch
 * {@code StepManagerGoToStep}. Section answers carry the StepManager and the section, see {@link #section}.
 */
public final class ContractDetailController {

    public static final String BASE = "/CO1ContractsManagement/Tendering/SalesContractEdit/";

    private final WebContext web;

    public ContractDetailController(WebContext web) {
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get(BASE + "View", this::view);
        routes.post(BASE + "StepManagerGoToStep", this::goToStep);
        routes.get(BASE + "OnPaymentRequestSaved", this::onPaymentRequestSaved);
        routes.post(BASE + "OnPaymentRequestSaved", this::onPaymentRequestSaved);
        routes.get(BASE + DOWNLOAD, this::downloadPaymentDocument);
    }

    /** «Descargar» in a document's row of a payment's detail (an assumption, like the form's). */
    static final String DOWNLOAD = "DownloadPaymentDocument";

    private void downloadPaymentDocument(Context ctx) {
        Session session = web.guard().page(ctx, Role.CONTRACTOR);
        PaymentEntry entry = web.state()
                .payment(String.valueOf(ctx.queryParam("paymentId")))
                .orElseThrow(() -> new Outcome.NotFound("La solicitud de pago no existe."));
        Contract contract = web.state()
                .contract(entry.contractId())
                .orElseThrow(() -> new Outcome.NotFound("El contrato solicitado no existe."));
        requireAccess(session, contract);
        String name = ctx.queryParam("documentName");
        co.secop.robot.simulator.model.Document document = entry.documents().stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new Outcome.NotFound("El documento no existe."));
        ctx.contentType("application/octet-stream");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replace("\"", "") + "\"");
        ctx.result(document.content());
    }

    private void view(Context ctx) {
        Session session = web.guard().page(ctx, Role.CONTRACTOR);
        Contract contract = web.state()
                .contractByUniqueId(ctx.queryParam("docUniqueIdentifier"))
                .orElseThrow(() -> new Outcome.NotFound("El contrato solicitado no existe."));
        requireAccess(session, contract);
        String mkey = session.register(new MkeyTarget.ContractPage(contract.id()));
        String step = Optional.ofNullable(ctx.queryParam("step"))
                .filter(s -> ContractSteps.exists(contract, s))
                .orElse(ContractSteps.GENERAL);
        String content = """
                <div class="PageTitleBar">
                  <span id="spnPageTitle" class="PageTitle">Detalle del contrato</span>
                  <a id="lnkBackToContracts" class="BackLink" href="%s">&lsaquo; Volver a Mis contratos</a>
                </div>
                <div class="ContractSummary">
                  <span class="SummaryItem">Número: <span id="spnContractNumber" class="SummaryValue">%s</span></span>
                  <span class="SummaryItem">Estado: <span id="spnContractState" class="SummaryValue">%s</span></span>
                  <span class="SummaryItem">Entidad Estatal: <span id="spnContractBuyer" class="SummaryValue">%s</span></span>
                  <span class="SummaryItem">Valor: <span id="spnContractValue" class="SummaryValue">%s</span></span>
                </div>
                <div class="DetailLayout">
                  <div id="StepsContainer" class="StepsContainer">
                %s  </div>
                  <div id="stphStepsPlaceHolder" class="StepsPlaceHolder">
                %s  </div>
                </div>
                """.formatted(
                        ContractsController.INDEX,
                        esc(contract.number()),
                        esc(contract.state()),
                        esc(contract.entityName()),
                        Html.money(contract.value()),
                        ContractSteps.render(contract, step),
                        sectionContent(session, contract, mkey, step, null, null));
        Map<String, String> data = new java.util.LinkedHashMap<>();
        data.put("action-base", BASE);
        if (web.settings().has(SimulatorVariant.SEND_WITHOUT_CONFIRMATION)) {
            data.put("enviar-sin-confirmacion", "true");
        }
        if (web.settings().has(SimulatorVariant.CREATE_ASKS)) {
            data.put("crear-con-confirmacion", "true");
        }
        ctx.html(Layout.page(
                "Detalle del contrato " + contract.number(),
                "contractDetail",
                mkey,
                Layout.header(session, web.state()),
                content,
                data));
    }

    private void goToStep(Context ctx) {
        Session session = web.guard().ajax(ctx, Role.CONTRACTOR);
        Contract contract = contractOf(session, ctx);
        String step = ctx.formParam("step");
        if (step == null || !ContractSteps.exists(contract, step)) {
            step = ContractSteps.GENERAL;
        }
        section(ctx, session, contract, step, null, null);
    }

    private void onPaymentRequestSaved(Context ctx) {
        Session session = web.guard().ajax(ctx, Role.CONTRACTOR);
        section(ctx, session, contractOf(session, ctx), ContractSteps.EXECUTION, null, null);
    }

    /** The contract behind this request's mkey (the detail page's key), checked against the session. */
    Contract contractOf(Session session, Context ctx) {
        MkeyTarget.ContractPage page = web.guard().target(session, ctx, MkeyTarget.ContractPage.class);
        Contract contract =
                web.state().contract(page.contractId()).orElseThrow(() -> new Outcome.StaleKey(Guard.mkey(ctx)));
        requireAccess(session, contract);
        return contract;
    }

    /** Answers an AJAX section request: the StepManager (active step) followed by the section. */
    void section(
            Context ctx,
            Session session,
            Contract contract,
            String step,
            PaymentPlanView.Notice notice,
            PaymentEntry detail) {
        ctx.html(ContractSteps.render(contract, step)
                + sectionContent(session, contract, Guard.mkey(ctx), step, notice, detail));
    }

    private String sectionContent(
            Session session,
            Contract contract,
            String pageKey,
            String step,
            PaymentPlanView.Notice notice,
            PaymentEntry detail) {
        String body = ContractSteps.EXECUTION.equals(step)
                ? new PaymentPlanView(
                                contract,
                                web.state().payments(contract.id()),
                                session,
                                pageKey,
                                web.settings().paymentFormMode(),
                                PaymentPlanView.DetailMode.of(web.settings()))
                        .render(
                                notice,
                                detail,
                                detail == null ? List.of() : web.state().planillas(detail.paymentId()))
                : ContractSections.body(contract, step, web.state());
        return ContractSections.wrap(contract, step, body);
    }

    void requireAccess(Session session, Contract contract) {
        if (!session.user().belongsTo(contract.companyCode())) {
            throw new Outcome.Forbidden("No tiene permisos para consultar este contrato.");
        }
        if (!contract.companyCode().equals(session.activeCompanyCode())) {
            String company = web.state()
                    .company(contract.companyCode())
                    .map(Company::name)
                    .orElse("");
            throw new Outcome.Forbidden("El contrato " + contract.number() + " pertenece a la empresa «" + company
                    + "». Seleccione esa empresa en «Mis contratos» para consultarlo.");
        }
    }
}
