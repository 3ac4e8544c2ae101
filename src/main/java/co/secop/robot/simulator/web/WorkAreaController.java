package co.secop.robot.simulator.web;

import static co.secop.robot.simulator.web.Html.esc;

import co.secop.robot.simulator.model.Contract;
import co.secop.robot.simulator.model.PaymentState;
import co.secop.robot.simulator.model.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/** "Escritorio" (work area) with the optional general information dialog, and "Mis ofertas". */
public final class WorkAreaController {

    private final WebContext web;

    public WorkAreaController(WebContext web) {
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get(LoginController.WORKAREA, this::workArea);
        routes.post("/CO1Marketplace/Common/Workarea/AcknowledgeInformation", this::acknowledge);
        routes.get("/CO1BusinessLine/Tendering/ProcedureReplyManagement/Index", this::myOffers);
    }

    private void workArea(Context ctx) {
        Session session = web.guard().page(ctx);
        String mkey = session.register(new MkeyTarget.Page("workarea"));
        String content = """
                <div class="PageTitleBar"><span id="spnPageTitle" class="PageTitle">Escritorio</span></div>
                <div class="WorkareaGrid">
                  <div class="Panel">
                    <div class="PanelTitle">Bienvenido(a), %s</div>
                    <div class="PanelBody">%s</div>
                  </div>
                  <div class="Panel">
                    <div class="PanelTitle">Mensajes</div>
                    <div class="PanelBody"><p>No tiene mensajes nuevos.</p></div>
                  </div>
                  <div class="Panel">
                    <div class="PanelTitle">Tareas</div>
                    <div class="PanelBody"><p>No tiene tareas pendientes.</p></div>
                  </div>
                </div>
                %s
                """.formatted(
                esc(session.user().name()), summary(session), session.informationPending() ? informationDialog() : "");
        ctx.html(Layout.page("Escritorio", "workarea", mkey, Layout.header(session, web.state()), content, Map.of()));
    }

    private String summary(Session session) {
        if (session.user().role() == Role.SUPERVISOR) {
            long waiting = web.state().payments().stream()
                    .filter(p -> p.state() == PaymentState.ENVIADO)
                    .count();
            return "<p>Solicitudes de pago por revisar: <b id=\"spnPendingReviewCount\">" + waiting + "</b>.</p>"
                    + "<p>Use el menú <b>Contratos</b> para aprobarlas o rechazarlas.</p>";
        }
        long inExecution = web.state().contractsOf(session.activeCompanyCode()).stream()
                .filter(Contract::inExecution)
                .count();
        return "<p>Contratos en ejecución de la empresa activa: <b id=\"spnContractsInExecution\">" + inExecution
                + "</b>.</p><p>Use el menú <b>Mis procesos &rsaquo; Mis contratos</b> para cargar sus "
                + "informes, cuentas de cobro y facturas.</p>";
    }

    /** In-page dialog over an overlay that blocks the header until "Aceptar". */
    private static String informationDialog() {
        return """
                %s
                <div id="mdboxGeneralInformation" class="bModal VortalModalDialogBox bDialog" style="display:block" data-overlay="bPopup1">
                  <table id="mdboxGeneralInformation_tblmodalContentTable" class="VortalModalDialogTable">
                    <tr class="VortalModalDialogTitleRow"><td class="bTitle">Información general</td></tr>
                    <tr><td id="mdboxGeneralInformation_content" class="bContent">
                      <p class="DialogText">Colombia Compra Eficiente informa: recuerde que las solicitudes de pago
                      deben incluir el informe de actividades firmado por el supervisor y la planilla de aportes
                      a seguridad social del periodo. Los documentos se anexan en formato .zip.</p>
                    </td></tr>
                    <tr><td class="VortalButtonLine bActions">
                      <input type="button" id="btnAcknowledgeGen" class="VortalButton VortalBlueButton" value="Aceptar">
                    </td></tr>
                  </table>
                </div>
                """.formatted(Layout.overlay(1));
    }

    private void acknowledge(Context ctx) {
        web.guard().ajax(ctx).acknowledgeInformation();
        ctx.json(Map.of("ok", true));
    }

    private void myOffers(Context ctx) {
        Session session = web.guard().page(ctx, Role.CONTRACTOR);
        String content = """
                <div class="PageTitleBar"><span id="spnPageTitle" class="PageTitle">Mis ofertas</span></div>
                <div class="Panel"><div class="PanelBody"><p>No tiene ofertas registradas para la empresa activa.</p></div></div>
                """;
        ctx.html(Layout.page(
                "Mis ofertas",
                "offers",
                session.register(new MkeyTarget.Page("offers")),
                Layout.header(session, web.state()),
                content,
                Map.of()));
    }
}
