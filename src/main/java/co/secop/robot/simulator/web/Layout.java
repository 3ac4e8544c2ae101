package co.secop.robot.simulator.web;

import static co.secop.robot.simulator.web.Html.esc;

import co.secop.robot.simulator.PortalState;
import co.secop.robot.simulator.model.Company;
import java.util.Map;
import java.util.UUID;

/**
 * The page shell every simulator page shares, with the structures seen on real saved pages (portal
 * reference §18): overlays, header ({@code div#cssmenu}, {@code label#companiesLabel}), the messages area
 * ({@code #MessagesContainer}, {@code #validationSummary}), the generic confirmation box
 * ({@code #mdboxConfirmDialog}) and the localized texts the scripts build their boxes from.
 */
public final class Layout {

    public static final String SCRIPT = "/StaticContent/Scripts/portal.js";
    public static final String STYLE = "/StaticContent/Styles/portal.css";
    /** The confirmation box's title, as the real generic box shows it. */
    public static final String CONFIRM_TITLE = "Mensaje de confirmación";

    /** The {@code --variante} codes of the simulator answering on this thread, for the page's script. */
    private static final ThreadLocal<String> VARIANTS = new ThreadLocal<>();

    private Layout() {}

    /** The variants the pages of this request imitate (codes separated by spaces); {@code null} clears them. */
    public static void useVariants(String codes) {
        if (codes == null) {
            VARIANTS.remove();
        } else {
            VARIANTS.set(codes);
        }
    }

    /**
     * A full page.
     *
     * @param pageName  {@code body[data-page]}: which part of portal.js wires the page up
     * @param mkey      this page load's mkey ({@code input#ModelKey} = mkey + "." + guid)
     * @param header    {@link #header} or "" for popup views
     * @param data      more {@code data-*} attributes for the body
     */
    public static String page(
            String title, String pageName, String mkey, String header, String content, Map<String, String> data) {
        return page(title, pageName, mkey, header, content, data, null);
    }

    /** A full page whose {@code #validationSummary} already lists {@code validationHtml} (a {@code <ul>}). */
    public static String page(
            String title,
            String pageName,
            String mkey,
            String header,
            String content,
            Map<String, String> data,
            String validationHtml) {
        Texts texts = Texts.current();
        StringBuilder body = new StringBuilder();
        body.append("<body data-page=\"").append(esc(pageName)).append('"');
        if (mkey != null) {
            body.append(" data-mkey=\"").append(esc(mkey)).append('"');
        }
        String variants = VARIANTS.get();
        if (variants != null && !variants.isEmpty()) {
            body.append(" data-variantes=\"").append(esc(variants)).append('"');
        }
        data.forEach((k, v) ->
                body.append(" data-").append(k).append("=\"").append(esc(v)).append('"'));
        body.append('>');
        String modelKey = (mkey == null ? Session.newKey() : mkey) + "." + Session.newKey();
        boolean failed = validationHtml != null && !validationHtml.isEmpty();
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <title>%s - SECOP II</title>
                <link rel="stylesheet" href="%s">
                <script>%s</script>
                <script src="%s"></script>
                </head>
                %s
                <input type="hidden" id="ModelKey" name="ModelKey" value="%s">
                <input type="hidden" id="ModalsStack" name="ModalsStack" value="[]">
                <div class="vortal-preloader" style="display:none"><div class="preloaderBox"><span class="preloaderSpinner"></span><span>%s</span></div></div>
                <div class="blockUI" style="display:none"></div>
                %s
                <div id="MessagesContainer" class="MessagesContainer"><table id="msgMessagesPanel" class="AlertMessagesContainer"><tbody></tbody></table></div>
                <div id="divMainContent" class="MainContent">
                <div id="validationSummary" class="%s">%s</div>
                %s
                </div>
                <div id="divFooter" class="PortalFooter">SECOP II &middot; Simulador local para pruebas del robot &middot; Colombia Compra Eficiente (imitación)</div>
                %s
                </body>
                </html>
                """.formatted(
                        texts.language(),
                        esc(title),
                        STYLE,
                        texts.localizationScript(),
                        SCRIPT,
                        body,
                        esc(modelKey),
                        esc(texts.get("PleaseWait")),
                        header,
                        failed ? "VortalValidationSummary" : "VortalValidationSummaryHidden",
                        failed ? validationHtml : "",
                        content,
                        confirmDialog(texts));
    }

    /**
     * Top bar: the company label the server cuts, the user box {@code div#cssmenu} with its hidden
     * {@code ul#ulMenu}, and the "Mis procesos" (supplier) or "Contratos" (entity) context menu.
     */
    public static String header(Session session, PortalState state) {
        Texts texts = Texts.current();
        String menu = session.user().supervisor()
                ? contextMenu(texts.get("MenuContracts"), """
                    <tr><td class="ContextMenuItem"><a id="lnkSubItem17" href="/CO1ContractsManagement/Tendering/ProcurementContractManagement/Index">%s</a></td></tr>
                    """.formatted(esc(texts.get("MenuContracts"))))
                : contextMenu(texts.get("MenuMyProcesses"), """
                    <tr><td class="ContextMenuItem"><a id="lnkSubItem67" href="/CO1BusinessLine/Tendering/ProcedureReplyManagement/Index">%s</a></td></tr>
                    <tr><td class="ContextMenuItem"><a id="lnkSubItem68" href="/CO1ContractsManagement/Tendering/SalesContractManagement/Index">%s</a></td></tr>
                    """.formatted(
                                esc(texts.get("MenuMyOffers")), esc(texts.get("MenuMyContracts"))));
        String company =
                state.company(session.activeCompanyCode()).map(Company::name).orElse("");
        return """
                <div id="divHeader" class="PortalHeader">
                  <div class="HeaderTop">
                    <a class="HeaderLogo" href="/CO1Marketplace/Common/Workarea/Index"><span class="LogoSecop">SECOP</span><span class="LogoII">II</span></a>
                    <span class="HeaderSubtitle">%s</span>
                    <div class="HeaderUser">
                      <label id="companiesLabel" class="VortalSpan CompanyName" title="%s">%s</label>
                      <div id="cssmenu" class="UserMenuTrigger" onclick="ToggleContextMenu(event,'ulMenu','Bottom')">
                        <span id="userImage" class="VortalSpan UserImage" title="%s"><img src="/StaticContent/Images/user.svg" alt="%s"></span>
                        <ul id="ulMenu" class="hiddenCtxMenu UserMenu">
                          <li class="UserMenuHeader"><span class="SecondDescription">%s</span></li>
                          <li><a id="lnkMyProfile" href="#" class="UserMenuItem">%s</a></li>
                          <li><a id="logOut" href="/STS/Users/Login/LogOut" class="UserMenuItem">%s</a></li>
                        </ul>
                      </div>
                    </div>
                  </div>
                  <div class="MainMenuBar">
                    <a class="MainMenuHome" href="/CO1Marketplace/Common/Workarea/Index">%s</a>
                    <div class="MainMenuDivContainer">
                    %s
                    </div>
                    <div class="QuickSearch"><input type="text" id="quickSearchGlobal" placeholder="%s" title="%s"></div>
                  </div>
                </div>
                """.formatted(
                        esc(texts.get("HeaderSubtitle")),
                        esc(company),
                        esc(Html.cut(company)),
                        esc(texts.get("UserOptions")),
                        esc(texts.get("User")),
                        esc(session.user().name()),
                        esc(texts.get("MyProfile")),
                        esc(texts.get("LogOut")),
                        esc(texts.get("Desktop")),
                        menu,
                        esc(texts.get("Search")),
                        esc(texts.get("Search")));
    }

    /** {@code div.ContextMenu[title]} > {@code input.MainMenuContextMenuButton#ctxm__<GUID>}, its list under another GUID. */
    private static String contextMenu(String title, String items) {
        return """
                <div class="ContextMenu" title="%1$s">
                  <input type="button" id="ctxm__%2$s" class="ContextMenuButton_2 MainMenuContextMenuButton" value="%1$s">
                  <div id="ctxm_Content_%3$s" class="MainMenuContextMenuContainer hiddenCtxMenu">
                    <table class="ContextMenuTable">
                %4$s    </table>
                  </div>
                </div>
                """.formatted(esc(title), UUID.randomUUID(), UUID.randomUUID(), items);
    }

    /**
     * The one generic confirmation box {@code div#mdboxConfirmDialog} (hidden); portal.js writes the
     * question in {@code #mdboxConfirmDialog_content} before showing it.
     */
    private static String confirmDialog(Texts texts) {
        return """
                <div id="mdboxConfirmDialog" class="bModal VortalModalDialogBox bDialog" style="display:none">
                  <table id="mdboxConfirmDialog_tblmodalContentTable" class="VortalModalDialogTable">
                    <tr class="VortalModalDialogTitleRow"><td class="bTitle">%s<input type="button" class="bClose VortalBlueButton" value="X" title="%s"></td></tr>
                    <tr><td id="mdboxConfirmDialog_content" class="bContent"><p class="DialogText"></p></td></tr>
                    <tr><td class="VortalButtonLine bActions">
                      <input type="button" id="btnConfirmCancelDialogModal" class="VortalButton" value="%s">
                      <input type="button" id="btnConfirmConfirmDialogModal" class="VortalButton VortalBlueButton" value="%s">
                    </td></tr>
                  </table>
                </div>
                """.formatted(
                        esc(texts.get("ConfirmTitle")),
                        esc(texts.get("Close")),
                        esc(texts.get("Cancel")),
                        esc(texts.get("Accept")));
    }

    /** An in-page overlay {@code div#bPopup<N>.bModal} as the real pages draw it (z-index 10000, opacity 0.7). */
    public static String overlay(int n) {
        return "<div id=\"bPopup" + n + "\" class=\"bModal bPopup" + n + "\" style=\"display:block; position:fixed; "
                + "top:0; left:0; width:100%; height:100%; background-color:#000; z-index:10000; opacity:0.7\"></div>";
    }
}
