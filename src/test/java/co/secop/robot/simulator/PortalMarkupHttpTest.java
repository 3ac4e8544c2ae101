package co.secop.robot.simulator;

import static co.secop.robot.simulator.PortalClient.attr;
import static co.secop.robot.simulator.PortalClient.has;
import static co.secop.robot.simulator.PortalClient.text;
import static co.secop.robot.testsupport.Zips.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.simulator.PortalClient.ContractPage;
import co.secop.robot.simulator.PortalClient.PaymentForm;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The structures checked on real saved SECOP II pages (docs/portal.md §18), on the HTML the simulator serves. */
class PortalMarkupHttpTest extends SimulatorHttpSupport {

    @Test
    void headerHasTheUserBoxTheCutCompanyLabelAndNoInventedIds() {
        String work = client.login("contratista.demo", "901234567");
        assertThat(work)
                .containsPattern(nested(
                        "<div id=\"cssmenu\"[^>]*onclick=\"ToggleContextMenu\\(event,'ulMenu','Bottom'\\)\"",
                        "<span id=\"userImage\" class=\"VortalSpan[^\"]*\"",
                        "<img "));
        assertThat(work)
                .containsPattern(nested(
                        "<ul id=\"ulMenu\" class=\"hiddenCtxMenu[^\"]*\"",
                        "<span class=\"SecondDescription\">Juana Pérez Gómez</span>",
                        "<a id=\"logOut\"[^>]*>Salir</a>",
                        "</ul>"));
        assertThat(attr(work, "companiesLabel", "class")).startsWith("VortalSpan");
        assertThat(work).contains("<label id=\"companiesLabel\"");
        assertThat(attr(work, "companiesLabel", "title")).isEqualTo("Consultores Andinos S.A.S.");
        assertThat(text(work, "companiesLabel")).isEqualTo("Consultores Andin...");
        assertThat(work).doesNotContain("spnUserName", "spnCurrentCompanyName");
    }

    @Test
    void mainMenuButtonHasAGuidIdDifferentFromItsListAndTheMisContratosLink() {
        String work = client.loginJuana();
        Matcher menu = Pattern.compile(
                        "<div class=\"MainMenuDivContainer\">\\s*<div class=\"ContextMenu\" title=\"Mis procesos\">\\s*"
                                + "<input type=\"button\" id=\"ctxm__([0-9a-f-]{36})\" class=\"[^\"]*MainMenuContextMenuButton\" value=\"Mis procesos\">\\s*"
                                + "<div id=\"ctxm_Content_([0-9a-f-]{36})\" class=\"MainMenuContextMenuContainer hiddenCtxMenu\">(.*?)</div>",
                        Pattern.DOTALL)
                .matcher(work);
        assertThat(menu.find()).as(work).isTrue();
        assertThat(menu.group(1)).isNotEqualTo(menu.group(2));
        assertThat(menu.group(3))
                .contains(
                        "<a id=\"lnkSubItem68\" href=\"/CO1ContractsManagement/Tendering/SalesContractManagement/Index\">Mis contratos</a>");
    }

    @Test
    void everyPageHasTheMessagesAreaAndAnEmptyHiddenValidationSummary() {
        String login = client.get("/STS/Users/Login/Index").body();
        String work = client.loginJuana();
        String contracts = client.get("/CO1ContractsManagement/Tendering/SalesContractManagement/Index")
                .body();
        String detail = client.openContract(7784301);
        for (String page : List.of(login, work, contracts, detail)) {
            assertThat(page)
                    .containsPattern(nested(
                            "<div id=\"MessagesContainer\"",
                            "<table id=\"msgMessagesPanel\" class=\"AlertMessagesContainer\"><tbody></tbody></table>"));
            assertThat(page).contains("<div id=\"validationSummary\" class=\"VortalValidationSummaryHidden\"></div>");
        }
    }

    @Test
    void confirmationIsTheOneGenericBoxWithTheQuestionsFromTheLocalizedTexts() {
        client.loginJuana();
        String detail = client.openContract(7784301);
        assertThat(detail)
                .containsPattern(
                        nested(
                                "<div id=\"mdboxConfirmDialog\" class=\"bModal VortalModalDialogBox bDialog\" style=\"display:none\">",
                                "<tr class=\"VortalModalDialogTitleRow\"><td class=\"bTitle\">Mensaje de confirmación",
                                "<td id=\"mdboxConfirmDialog_content\" class=\"bContent\">",
                                "<td class=\"VortalButtonLine bActions\">",
                                "<input type=\"button\" id=\"btnConfirmCancelDialogModal\" class=\"[^\"]*\" value=\"Cancelar\">",
                                "<input type=\"button\" id=\"btnConfirmConfirmDialogModal\" class=\"[^\"]*\" value=\"Aceptar\">"));
        assertThat(detail).doesNotContain("mdboxSendPaymentDialog", "mdboxDeletePaymentDialog");
        assertThat(detail)
                .contains(
                        "ConfirmSendPayment: \"¿Está seguro de enviar la solicitud de pago a la entidad estatal?\"",
                        "ConfirmDeletePayment: \"¿Está seguro de borrar la solicitud de pago? Esta acción no se puede deshacer.\"");
        String js = client.get("/StaticContent/Scripts/portal.js").body();
        assertThat(js).contains("Portal.confirm(Portal.text('ConfirmSendPayment')", "byId('mdboxConfirmDialog')");
    }

    @Test
    void modalsAndOverlaysFollowTheRealNaming() {
        String js = client.get("/StaticContent/Scripts/portal.js").body();
        assertThat(js)
                .contains(
                        "overlay.id = 'bPopup' + n;",
                        "overlay.className = 'bModal bPopup' + n;",
                        "z-index:10000; opacity:0.7",
                        "modal.className = 'bModal VortalModalDialog';",
                        "'<div id=\"' + name + '_content\" class=\"bContent\">'",
                        "'<iframe id=\"' + name + '_iframe\" name=\"' + name + '_iframe\"");
        String work = client.loginJuana();
        assertThat(work)
                .contains(
                        "<div id=\"bPopup1\" class=\"bModal bPopup1\" style=\"display:block; position:fixed; "
                                + "top:0; left:0; width:100%; height:100%; background-color:#000; z-index:10000; opacity:0.7\"></div>");
        assertThat(attr(work, "ModalsStack", "value")).isEqualTo("[]");
    }

    @Test
    void loginPageHasTheHiddenCaptchaContainerAndTheFailureAndLockedTexts() {
        String login = client.get("/STS/Users/Login/Index").body();
        assertThat(attr(login, "divGoogleReCaptchaDiv", "style")).isEqualTo("display:none");
        assertThat(attr(login, "spnlblFailureText", "style")).isEqualTo("display:none");
        assertThat(attr(login, "spnlblAccountLocked", "style")).isEqualTo("display:none");
        assertThat(login).doesNotContain("divLoginFailure");
        assertThat(text(login, "spnlblFailureText")).isEmpty();
    }

    @Test
    void sessionTimeoutWarningIsBuiltByScriptFromLocalizedTexts() {
        String login = client.get("/STS/Users/Login/Index").body();
        assertThat(login).doesNotContain("mdboxSessionTimeout");
        assertThat(login)
                .contains(
                        "window.NextWay = {Localization: {",
                        "SessionTimeoutTextHeader: \"La sesión ha expirado\"",
                        "SessionTimeoutTextInactivity: \"La sesión ha expirado por inactividad.\"",
                        "SessionTimeoutTextHere: \"Aquí\"");
        assertThat(client.get("/StaticContent/Scripts/portal.js").body())
                .contains("text('SessionTimeoutTextInactivity')", "SessionTimeoutWarning");
    }

    @Test
    void gridsCutLongTextsAndKeepTheWholeTextInTitle() throws Exception {
        client.loginJuana();
        ContractPage page = client.contract(7784301);
        PaymentForm form = page.openForm("btnCreatePaymentButton");
        form.attach("a.zip", bytes("a.txt", "a"));
        String number = "CUENTA DE COBRO No. 1 DE 2026";
        assertThat(form.fill(false, number, "1.000.000", "1.000.000")
                        .confirm()
                        .json()
                        .path("ok")
                        .asBoolean())
                .isTrue();
        String section = page.executionSection();
        assertThat(text(section, "spnInvoiceNrSpan_0")).isEqualTo("CUENTA DE COBRO N...");
        assertThat(attr(section, "spnInvoiceNrSpan_0", "title")).isEqualTo(number);
        assertThat(section)
                .containsPattern("<tr class=\"gridHeader\"><td>Id de pago</td><td>Referencia de pago</td>"
                        + "<td>Fecha prevista de pago</td><td>Número de factura</td><td>Valor total</td><td>Estado</td><td>Última modificación</td>"
                        + "<td>Acciones</td></tr>");
        // when the entry last changed state, as the portal writes dates
        assertThat(text(section, "spnPaymentLastChangeSpan_0"))
                .matches("\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d{2}:\\d{2} [AP]M .*");
    }

    @Test
    void paymentFormHasARealLabelForEveryFieldAndTheRealUploadTrigger() {
        client.loginJuana();
        PaymentForm form = client.contract(7784301).openForm("btnCreatePaymentButton");
        String html = form.html;
        for (String[] field : new String[][] {
            {"txtInvoiceNumber", "Número de factura o pago"},
            {"cbxNetValue", "Valor neto"},
            {"cbxTotalValue", "Valor total"},
            {"txaNotes", "Notas"},
            {"dtmbDueDate_txt", "Fecha de vencimiento"},
            {"txtCufe", "CUFE"},
            {"rdbgElectronicInvoice_0", "Sí"},
            {"rdbgElectronicInvoice_1", "No"},
            {"dtmbIssueDate_txt", "Fecha de emisión"}
        }) {
            assertThat(html).as(field[1]).contains("<label for=\"" + field[0] + "\">" + field[1] + "</label>");
            assertThat(has(html, field[0])).as(field[0]).isTrue();
        }
        assertThat(html)
                .containsPattern(nested(
                        "<tr><td class=\"FieldLabelCell\"><label[^>]*>¿Está obligado a facturar electrónicamente\\?</label>",
                        "id=\"rdbgElectronicInvoice_0\"",
                        "id=\"rdbgElectronicInvoice_1\"",
                        "</tr>"));
        assertThat(attr(html, "btnUploadDocumentGen", "value")).isEqualTo("Anexar documento");
        assertThat(attr(html, "btnUploadDocumentGen", "title")).isEqualTo("Anexar documento");
        assertThat(client.get("/StaticContent/Scripts/portal.js").body())
                .contains("window.open(uploadUrl, 'swip', 'height=550,width=750");
        assertThat(attr(html, "btnConfirmGen", "value")).isEqualTo("Confirmar");
        assertThat(attr(html, "btnCancelGen", "value")).isEqualTo("Cancelar");
    }

    /** The parts in this order, anything between them. */
    private static String nested(String... parts) {
        return "(?s)" + String.join(".*?", parts);
    }
}
