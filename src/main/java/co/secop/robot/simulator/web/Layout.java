package co.secop.robot.simulator.web;

import static co.secop.robot.simulator.web.Html.esc;

import co.secop.robot.simulator.PortalState;
import co.secop.robot.simulator.model.Company;
import java.util.Map;
import java.util.UUID;

/** The page shell every simulator page shares: overlays, header, session-timeout dialog. */
public final class Layout {

    public static final String SCRIPT = "/StaticContent/Scripts/portal.js";
    public static final String STYLE = "/StaticContent/Styles/portal.css";

    private Layout() {
    }

    /**
     * A full page.
     *
     * @param pageName  {@code body[data-page]}: which part of portal.js wires the page up
     * @param mkey      this page load's mkey ({@code input#ModelKey} = mkey + "." + guid)
     * @param header    {@link #header} or "" for popup views
     * @param data      more {@code data-*} attributes for the body
     */
    public static String page(String title, String pageName, String mkey, String header, String content,
                              Map<String, String> data) {
        StringBuilder body = new StringBuilder();
        body.append("<body data-page=\"").append(esc(pageName)).append('"');
        if (mkey != null) {
            body.append(" data-mkey=\"").append(esc(mkey)).append('"');
        }
        data.forEach((k, v) -> body.append(" data-").append(k).append("=\"").append(esc(v)).append('"'));
        body.append('>');
        String modelKey = (mkey == null ? Session.newKey() : mkey) + "." + Session.newKey();
        return """
                <!DOCTYPE html>
                <html lang="es">
                <head>
                <meta charset="utf-8">
                <title>%s - SECOP II</title>
                <link rel="stylesheet" href="%s">
                <script src="%s"></script>
                </head>
                %s
                <input type="hidden" id="ModelKey" name="ModelKey" value="%s">
                <div class="vortal-preloader" style="display:none"><div class="preloaderBox"><span class="preloaderSpinner"></span><span>Por favor, espere . </span></div></div>
                <div class="blockUI" style="display:none"></div>
                %s
                <div id="divMainContent" class="MainContent">
                %s
                </div>
                <div id="divFooter" class="PortalFooter">SECOP II &middot; Simulador local para pruebas del robot &middot; Colombia Compra Eficiente (imitación)</div>
                %s
                </body>
                </html>
                """.formatted(esc(title), STYLE, SCRIPT, body, esc(modelKey), header, content, sessionTimeoutDialog());
    }

    /** Top bar with the "Mis procesos" (supplier) or "Contratos" (entity) context menu and the user box. */
    public static String header(Session session, PortalState state) {
        String guid = UUID.randomUUID().toString();
        String menu = session.user().supervisor()
                ? contextMenu(guid, "Contratos", """
                    <tr><td class="ContextMenuItem"><a id="lnkSubItem17" href="/CO1ContractsManagement/Tendering/ProcurementContractManagement/Index">Contratos</a></td></tr>
                    """)
                : contextMenu(guid, "Mis procesos", """
                    <tr><td class="ContextMenuItem"><a id="lnkSubItem67" href="/CO1BusinessLine/Tendering/ProcedureReplyManagement/Index">Mis ofertas</a></td></tr>
                    <tr><td class="ContextMenuItem"><a id="lnkSubItem68" href="/CO1ContractsManagement/Tendering/SalesContractManagement/Index">Mis contratos</a></td></tr>
                    """);
        String company = state.company(session.activeCompanyCode()).map(Company::name).orElse("");
        return """
                <div id="divHeader" class="PortalHeader">
                  <div class="HeaderTop">
                    <a class="HeaderLogo" href="/CO1Marketplace/Common/Workarea/Index"><span class="LogoSecop">SECOP</span><span class="LogoII">II</span></a>
                    <span class="HeaderSubtitle">Sistema Electrónico de Contratación Pública</span>
                    <div class="HeaderUser">
                      <div class="HeaderUserText">
                        <span id="spnUserName" class="UserName">%s</span>
                        <span id="spnCurrentCompanyName" class="CompanyName">%s</span>
                      </div>
                      <div id="userImage" class="UserImage" title="Opciones del usuario"><img src="/StaticContent/Images/user.svg" alt="Usuario"></div>
                      <div id="divUserMenu" class="UserMenu" style="display:none">
                        <a id="lnkMyProfile" href="#" class="UserMenuItem">Mi perfil</a>
                        <a id="logOut" href="/STS/Users/Login/LogOut" class="UserMenuItem">Salir</a>
                      </div>
                    </div>
                  </div>
                  <div class="MainMenuBar">
                    <a class="MainMenuHome" href="/CO1Marketplace/Common/Workarea/Index">Escritorio</a>
                    %s
                    <div class="QuickSearch"><input type="text" id="quickSearchGlobal" placeholder="Buscar..."></div>
                  </div>
                </div>
                """.formatted(esc(session.user().name()), esc(company), menu);
    }

    private static String contextMenu(String guid, String title, String items) {
        return """
                <div class="ContextMenu" title="%1$s">
                  <input type="button" id="ctxm__%2$s" class="ContextMenuButton_2 MainMenuContextMenuButton" value="%1$s">
                  <div id="ctxm_Content_%2$s" class="MainMenuContextMenuContainer hiddenCtxMenu">
                    <table class="ContextMenuTable">
                %3$s    </table>
                  </div>
                </div>
                """.formatted(esc(title), guid, items);
    }

    /** In-page dialog shown by portal.js when an AJAX call answers 401. */
    private static String sessionTimeoutDialog() {
        return """
                <div id="mdboxSessionTimeout" class="bModal VortalModalDialogBox bDialog" style="display:none">
                  <table id="mdboxSessionTimeout_tblmodalContentTable" class="VortalModalDialogTable">
                    <tr class="VortalModalDialogTitleRow"><td class="bTitle">Alerta</td></tr>
                    <tr><td id="mdboxSessionTimeout_content" class="bContent">
                      <div class="SessionTimeoutBox">
                        <img src="/StaticContent/Images/mascote_ui_cce.svg" alt="" class="SessionTimeoutImage">
                        <div>
                          <p class="SessionTimeoutTitle">La sesión ha expirado</p>
                          <p id="spnSessionTimeoutText">La sesión ha expirado por inactividad.</p>
                          <p>Por razones de seguridad la sesión ha terminado. Para iniciar la sesión hacer clic <a id="lnkSessionTimeoutLogin" href="/STS/Users/Login/Index" target="_top">Aquí</a></p>
                        </div>
                      </div>
                    </td></tr>
                  </table>
                </div>
                """;
    }

    /** An in-page confirmation dialog {@code div#mdbox<name>} (hidden until portal.js opens it). */
    public static String dialog(String name, String title, String text, String confirmLabel, String cancelLabel) {
        return """
                <div id="mdbox%1$s" class="bModal VortalModalDialogBox bDialog" style="display:none">
                  <table id="mdbox%1$s_tblmodalContentTable" class="VortalModalDialogTable">
                    <tr class="VortalModalDialogTitleRow"><td class="bTitle">%2$s<input type="button" class="bClose VortalBlueButton" value="X" data-close-dialog="mdbox%1$s"></td></tr>
                    <tr><td id="mdbox%1$s_content" class="bContent"><p class="DialogText">%3$s</p></td></tr>
                    <tr><td class="DialogButtons">
                      <input type="button" id="btnConfirm%1$s" class="VortalButton VortalBlueButton" value="%4$s">
                      <input type="button" id="btnCancel%1$s" class="VortalButton" value="%5$s" data-close-dialog="mdbox%1$s">
                    </td></tr>
                  </table>
                </div>
                """.formatted(name, esc(title), esc(text), esc(confirmLabel), esc(cancelLabel));
    }
}
