package co.secop.robot.simulator.web;

import static co.secop.robot.simulator.web.Html.esc;

import co.secop.robot.simulator.model.Company;
import co.secop.robot.simulator.model.Contract;
import co.secop.robot.simulator.model.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * "Mis contratos" ({@code SalesContractManagement/Index}), its AJAX grid ({@code Folder}) and the
 * company switch chain {@code SwitchCompany → ReloadSession → issue.aspx → Index}.
 */
public final class ContractsController {

    public static final String BASE = "/CO1ContractsManagement/Tendering/SalesContractManagement/";
    public static final String INDEX = BASE + "Index";

    private final WebContext web;

    public ContractsController(WebContext web) {
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get(INDEX, this::index);
        routes.get(BASE + "Folder", this::folder);
        routes.post(BASE + "Folder", this::folder);
        routes.get(BASE + "SwitchCompany", this::switchCompany);
        routes.get("/CO1ContractsManagement/ReloadSession", this::reloadSession);
        routes.get("/issue.aspx", this::issue);
    }

    private void index(Context ctx) {
        Session session = web.guard().page(ctx, Role.CONTRACTOR);
        String mkey = session.register(new MkeyTarget.Page("contracts"));
        StringBuilder options = new StringBuilder();
        for (Company company : web.state().companiesOf(session.user())) {
            boolean active = company.code().equals(session.activeCompanyCode());
            options.append("<option title=\"")
                    .append(esc(company.name()))
                    .append("\" value=\"")
                    .append(esc(company.code()))
                    .append('"')
                    .append(active ? " selected" : "")
                    .append('>')
                    .append(esc(company.name()))
                    .append("</option>");
        }
        String content = """
                <div class="PageTitleBar">
                  <span id="spnPageTitle" class="PageTitle">Administración de contratos</span>
                  <div class="CompanySelector">
                    <label for="companiesSelector">Empresa</label>
                    <select id="companiesSelector" class="VortalDropDown">%s</select>
                  </div>
                </div>
                <div class="Panel">
                  <div class="PanelTabs"><a id="lnkLinkTopLastModified" class="Tab TabOn" href="#">Últimas modificaciones</a></div>
                  <div class="PanelBody">
                    <div id="divContractsGrid" class="GridContainer" data-folder-url="%s"></div>
                  </div>
                </div>
                """.formatted(options, BASE + "Folder?mkey=" + mkey);
        ctx.html(Layout.page(
                "Administración de contratos",
                "contracts",
                mkey,
                Layout.header(session, web.state()),
                content,
                Map.of("switch-url", BASE + "SwitchCompany?companyCode=")));
    }

    /** The grid, loaded by AJAX after the page: only the active company's contracts. */
    private void folder(Context ctx) {
        Session session = web.guard().ajax(ctx, Role.CONTRACTOR);
        web.guard().target(session, ctx, MkeyTarget.Page.class);
        List<Contract> contracts = web.state().contractsOf(session.activeCompanyCode());
        StringBuilder rows = new StringBuilder("""
                <table id="grdContractsGrid_tbl" class="VortalGrid">
                <tr class="gridHeader"><td>Id del contrato</td><td>Número del Contrato</td><td>Entidad Estatal</td>\
                <td>Fecha de firma</td><td>Fecha de finalización</td><td>Valor total de la oferta</td><td>Estado</td><td>Detalle</td></tr>
                """);
        for (int i = 0; i < contracts.size(); i++) {
            Contract c = contracts.get(i);
            String cell = "grdContractsGrid_tbl_%s_" + i;
            rows.append("<tr class=\"")
                    .append(i % 2 == 0 ? "gridLineLight" : "gridLineDark")
                    .append("\">")
                    .append(td(cell, "ContractIdCol", "<span class=\"VortalSpan\">" + c.id() + "</span>"))
                    .append(td(cell, "ContractNameCol", Html.cutSpan(null, "VortalSpan", c.number())))
                    .append(td(
                            cell,
                            "ContractBuyerNameCol",
                            "<a href=\"#\" class=\"BuyerLink\" title=\"" + esc(c.entityName()) + "\">"
                                    + esc(Html.cut(c.entityName())) + "</a>"))
                    .append(td(
                            cell,
                            "ContractSignDateCol",
                            "<span class=\"VortalSpan\">" + Html.dateTime(c.signDate()) + "</span>"))
                    .append(td(
                            cell,
                            "ContractEndDateCol",
                            "<span class=\"VortalSpan\" name=\"VB_ContractEndDate_" + i + "\">"
                                    + Html.dateTime(c.endDate()) + "</span>"))
                    .append(td(
                            cell,
                            "ContractValueCol",
                            "<span class=\"VortalNumericSpan\">" + Html.listMoney(c.value()) + "</span>"))
                    .append(td(cell, "ContractStateCol", "<span class=\"VortalSpan\">" + esc(c.state()) + "</span>"))
                    .append(td(
                            cell,
                            "ViewContractCol",
                            "<a href=\"/CO1ContractsManagement/Tendering/SalesContractEdit/View?docUniqueIdentifier="
                                    + esc(c.uniqueIdentifier()) + "\" class=\"DetailLink\">Detalle</a>"))
                    .append("</tr>\n");
        }
        if (contracts.isEmpty()) {
            rows.append("<tr class=\"gridEmpty\"><td colspan=\"8\">No hay contratos para la empresa activa.</td></tr>");
        }
        rows.append("</table>");
        ctx.html(rows.toString());
    }

    private static String td(String idPattern, String column, String content) {
        return "<td id=\"" + idPattern.formatted(column) + "\">" + content + "</td>";
    }

    private void switchCompany(Context ctx) {
        Session session = web.guard().page(ctx, Role.CONTRACTOR);
        String code = ctx.queryParam("companyCode");
        if (code != null && session.user().belongsTo(code)) {
            session.activeCompanyCode(code);
        }
        ctx.redirect("/CO1ContractsManagement/ReloadSession?returnUrl=" + encode(INDEX));
    }

    private void reloadSession(Context ctx) {
        web.guard().page(ctx);
        ctx.redirect("/issue.aspx?wa=wsignin1.0&wreply=" + encode(safeReturn(ctx.queryParam("returnUrl"))));
    }

    private void issue(Context ctx) {
        web.guard().page(ctx);
        ctx.redirect(safeReturn(ctx.queryParam("wreply")));
    }

    private static String safeReturn(String url) {
        return url != null && url.startsWith("/") && !url.startsWith("//") ? url : INDEX;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
