package co.secop.robot.simulator;

import static co.secop.robot.simulator.PortalClient.attr;
import static co.secop.robot.simulator.PortalClient.bodyData;
import static co.secop.robot.simulator.PortalClient.has;
import static co.secop.robot.simulator.PortalClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.simulator.PortalClient.Response;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Login, header, Mis contratos, company switch, contract detail, sessions and mkeys over plain HTTP. */
class SimulatorHttpTest extends SimulatorHttpSupport {

    @Test
    void bindsLoopbackOnAFreePortAndServesTheLoginPage() {
        assertThat(simulator.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(simulator.loginUrl()).isEqualTo(simulator.baseUrl() + "/STS/Users/Login/Index");
        Response root = client.get("/");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.location()).isEqualTo("/STS/Users/Login/Index");
        String login = client.get("/STS/Users/Login/Index").body();
        assertThat(login)
                .contains(
                        "id=\"loginForm\"",
                        "id=\"txtUserName\"",
                        "type=\"password\" id=\"txtPassword\"",
                        "id=\"spnlblFailureText\"",
                        "id=\"divCompanySelection\"",
                        "id=\"seldpCompany\"",
                        "class=\"vortal-preloader\"",
                        "class=\"blockUI\"",
                        "id=\"ModelKey\"");
        assertThat(attr(login, "btnLoginButton", "value")).isEqualTo("Ingresar");
        assertThat(attr(login, "btnButton1", "value")).isEqualTo("Entrar");
        assertThat(attr(login, "divSessionExpiredMessage", "style")).isEqualTo("display:none");
    }

    @Test
    void wrongCredentialsAnswerTheSpanishError() {
        Response r = client.ajax(
                "/STS/Users/Login/LoginAuthenticate", Map.of("txtUserName", "contratista.demo", "txtPassword", "otra"));
        assertThat(r.json().path("ok").asBoolean()).isFalse();
        assertThat(r.json().path("message").asText()).isEqualTo("Usuario o contraseña incorrectos.");
        assertThat(client.get("/CO1Marketplace/Common/Workarea/Index").location())
                .isEqualTo("/STS/Users/Login/Index");
    }

    @Test
    void userWithTwoCompaniesChoosesOneAndLandsOnTheWorkAreaWithTheInformationPopup() {
        Response auth = client.ajax(
                "/STS/Users/Login/LoginAuthenticate",
                Map.of("txtUserName", "contratista.demo", "txtPassword", PortalClient.PASSWORD));
        assertThat(auth.json().path("redirect").isMissingNode()).isTrue();
        assertThat(auth.json().path("companies").get(0).path("name").asText()).isEqualTo("Juana Pérez Gómez");
        assertThat(auth.json().path("companies").get(1).path("code").asText()).isEqualTo("901234567");
        // not signed in until "Entrar"
        assertThat(client.get("/CO1Marketplace/Common/Workarea/Index").status()).isEqualTo(302);

        client.ajax("/STS/Users/Login/CompanySelectedIndexChanged", Map.of("companyCode", "901234567"));
        Response chosen = client.ajax("/STS/Users/Login/ChooseInformation", Map.of("companyCode", "901234567"));
        assertThat(chosen.json().path("redirect").asText()).isEqualTo("/CO1Marketplace/Common/Workarea/Index");

        String work = client.get("/CO1Marketplace/Common/Workarea/Index").body();
        assertThat(work).contains("<span class=\"SecondDescription\">Juana Pérez Gómez</span>");
        assertThat(attr(work, "companiesLabel", "title")).isEqualTo("Consultores Andinos S.A.S.");
        assertThat(text(work, "companiesLabel")).isEqualTo("Consultores Andin...");
        assertThat(has(work, "mdboxGeneralInformation")).isTrue();
        assertThat(attr(work, "btnAcknowledgeGen", "value")).isEqualTo("Aceptar");

        client.ajax(
                "/CO1Marketplace/Common/Workarea/AcknowledgeInformation?mkey=" + PortalClient.bodyData(work, "mkey"),
                Map.of());
        assertThat(has(client.get("/CO1Marketplace/Common/Workarea/Index").body(), "mdboxGeneralInformation"))
                .isFalse();
    }

    @Test
    void singleCompanyUserGoesStraightInWithoutPopup() {
        Response auth = client.ajax(
                "/STS/Users/Login/LoginAuthenticate",
                Map.of("txtUserName", "contratista.dos", "txtPassword", PortalClient.PASSWORD));
        assertThat(auth.json().path("redirect").asText()).isEqualTo("/CO1Marketplace/Common/Workarea/Index");
        String work = client.get("/CO1Marketplace/Common/Workarea/Index").body();
        assertThat(text(work, "companiesLabel")).isEqualTo("Pedro Ramírez Ruiz");
        assertThat(has(work, "mdboxGeneralInformation")).isFalse();
    }

    @Test
    void headerMenuHasFreshGuidIdsAndTheMisContratosLink() {
        String first = client.loginJuana();
        String second = client.get("/CO1Marketplace/Common/Workarea/Index").body();
        String guid1 = menuGuid(first);
        String guid2 = menuGuid(second);
        assertThat(guid1).isNotEqualTo(guid2);
        assertThat(attr(first, "ctxm__" + guid1, "value")).isEqualTo("Mis procesos");
        assertThat(attr(first, "ctxm__" + guid1, "class")).isEqualTo("ContextMenuButton_2 MainMenuContextMenuButton");
        assertThat(first).contains("<div class=\"ContextMenu\" title=\"Mis procesos\">");
        assertThat(first)
                .containsPattern(
                        "id=\"ctxm_Content_[0-9a-f-]{36}\" class=\"MainMenuContextMenuContainer hiddenCtxMenu\"")
                .doesNotContain("id=\"ctxm_Content_" + guid1 + "\"");
        assertThat(attr(first, "lnkSubItem68", "href"))
                .isEqualTo("/CO1ContractsManagement/Tendering/SalesContractManagement/Index");
        assertThat(text(first, "lnkSubItem68")).isEqualTo("Mis contratos");
        assertThat(text(first, "lnkSubItem67")).isEqualTo("Mis ofertas");
        assertThat(text(first, "logOut")).isEqualTo("Salir");
    }

    private static String menuGuid(String html) {
        Matcher m = Pattern.compile("id=\"ctxm__([0-9a-f-]{36})\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void misContratosGridIsLoadedByAjaxAndShowsOnlyTheActiveCompany() {
        client.loginJuana();
        String page = client.get("/CO1ContractsManagement/Tendering/SalesContractManagement/Index")
                .body();
        assertThat(text(page, "spnPageTitle")).isEqualTo("Administración de contratos");
        assertThat(page)
                .contains("<option title=\"Juana Pérez Gómez\" value=\"52345678\" selected>")
                .contains("<option title=\"Consultores Andinos S.A.S.\" value=\"901234567\">")
                .doesNotContain("CPS-2026-0101");
        String grid =
                client.get(attr(page, "divContractsGrid", "data-folder-url")).body();
        assertThat(grid)
                .contains(
                        "id=\"grdContractsGrid_tbl\"",
                        "class=\"gridHeader\"",
                        "tr class=\"gridLineLight\"",
                        "tr class=\"gridLineDark\"");
        assertThat(text(grid, "grdContractsGrid_tbl_ContractNameCol_0")).isEqualTo("CPS-2026-0101");
        assertThat(text(grid, "grdContractsGrid_tbl_ContractIdCol_0")).isEqualTo("7784301");
        assertThat(text(grid, "grdContractsGrid_tbl_ContractValueCol_0")).isEqualTo("42.000.000 COP");
        assertThat(text(grid, "grdContractsGrid_tbl_ContractStateCol_0")).isEqualTo("En ejecución");
        assertThat(text(grid, "grdContractsGrid_tbl_ContractBuyerNameCol_0")).isEqualTo("Instituto Distrit...");
        assertThat(grid).contains("title=\"Instituto Distrital de Gestión Pública\">Instituto Distrit...</a>");
        assertThat(text(grid, "grdContractsGrid_tbl_ContractEndDateCol_0"))
                .isEqualTo("31/12/2026 11:59:00 PM ((UTC-05:00) Bogotá, Lima, Quito)");
        assertThat(grid).contains("<font class=\"DateTimeDetail\">((UTC-05:00) Bogotá, Lima, Quito)</font>");
        assertThat(grid)
                .contains(
                        "href=\"/CO1ContractsManagement/Tendering/SalesContractEdit/View?docUniqueIdentifier=CO1.SLCNTR.7784301\"");
        assertThat(grid)
                .contains("CPS-2026-0102", "CPS-2026-0103", "CPS-2025-0999", "Terminado")
                .doesNotContain("CPS-2026-0301", "CPS-2026-0201");
    }

    @Test
    void companySwitchGoesThroughReloadSessionAndIssue() {
        client.loginJuana();
        Response r = client.follow(
                "/CO1ContractsManagement/Tendering/SalesContractManagement/SwitchCompany?companyCode=901234567");
        assertThat(r.redirects()).hasSize(3);
        assertThat(r.redirects().get(0)).startsWith("/CO1ContractsManagement/ReloadSession");
        assertThat(r.redirects().get(1)).startsWith("/issue.aspx?");
        assertThat(r.redirects().get(2)).isEqualTo("/CO1ContractsManagement/Tendering/SalesContractManagement/Index");
        assertThat(r.body()).contains("<option title=\"Consultores Andinos S.A.S.\" value=\"901234567\" selected>");
        assertThat(attr(r.body(), "companiesLabel", "title")).isEqualTo("Consultores Andinos S.A.S.");
        String grid = client.get(attr(r.body(), "divContractsGrid", "data-folder-url"))
                .body();
        assertThat(grid).contains("CPS-2026-0301").doesNotContain("CPS-2026-0101");
        // the contracts of the other company are no longer reachable
        assertThat(client.get(
                                "/CO1ContractsManagement/Tendering/SalesContractEdit/View?docUniqueIdentifier=CO1.SLCNTR.7784301")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aUserCannotOpenAnotherUsersContract() {
        client.login("contratista.dos", null);
        Response r = client.get(
                "/CO1ContractsManagement/Tendering/SalesContractEdit/View?docUniqueIdentifier=CO1.SLCNTR.7784301");
        assertThat(r.status()).isEqualTo(403);
        assertThat(text(r.body(), "spnErrorTitle")).isEqualTo("Acceso denegado");
        Response folder = client.get("/CO1ContractsManagement/Tendering/SalesContractManagement/Index");
        assertThat(client.get(attr(folder.body(), "divContractsGrid", "data-folder-url"))
                        .body())
                .contains("CPS-2026-0201")
                .doesNotContain("CPS-2026-0101");
    }

    @Test
    void contractDetailHasTheStepManagerAndOpensOnGeneralInformation() {
        client.loginJuana();
        String html = client.openContract(7784301);
        assertThat(text(html, "spnPageTitle")).isEqualTo("Detalle del contrato");
        assertThat(text(html, "spnContractNumber")).isEqualTo("CPS-2026-0101");
        assertThat(text(html, "spnContractState")).isEqualTo("En ejecución");
        assertThat(html).contains("<div id=\"StepsContainer\"", "<div id=\"stpmStepManager\" class=\"StepManager\">");
        String[] labels = {
            "Información general",
            "Condiciones",
            "Bienes y servicios",
            "Documentos del Proveedor",
            "Documentos del contrato",
            "Información presupuestal",
            "Ejecución del Contrato",
            "Modificaciones del Contrato",
            "Incumplimientos"
        };
        for (int n = 1; n <= labels.length; n++) {
            assertThat(text(html, "lnk_stpmStepManager" + (n + 1))).isEqualTo(labels[n - 1]);
            assertThat(text(html, "stepNumber_" + n)).isEqualTo(String.valueOf(n));
            assertThat(attr(html, "stepCircle_" + n, "class")).isEqualTo("MainColor6 circle26 White step");
        }
        assertThat(has(html, "stepDiv_10")).isFalse();
        assertThat(attr(html, "stepDiv_1", "class")).isEqualTo("LeftMenuButtonOn Black");
        assertThat(attr(html, "stepCircleSelected_1", "class")).isEqualTo("MainColor4 circle22 Black stepOn");
        assertThat(attr(html, "stepDiv_7", "class")).isEqualTo("LeftMenuButtonOff Blue_1");
        assertThat(html).contains("id=\"stphStepsPlaceHolder_stpGeneralInformationStep\" class=\"PlaceHolderDisplay\"");
        assertThat(has(html, "mdboxSendPaymentDialog")).isFalse();
        assertThat(attr(html, "btnConfirmConfirmDialogModal", "value")).isEqualTo("Aceptar");
        assertThat(attr(html, "btnConfirmCancelDialogModal", "value")).isEqualTo("Cancelar");
        assertThat(html)
                .contains("ConfirmSendPayment: \"¿Está seguro de enviar la solicitud de pago a la entidad estatal?\"");
    }

    @Test
    void stepManagerGoToStepMarksSectionSevenActive() {
        client.loginJuana();
        String section = client.contract(7784301).executionSection();
        assertThat(attr(section, "stepDiv_7", "class")).isEqualTo("LeftMenuButtonOn Black");
        assertThat(attr(section, "stepDiv_1", "class")).isEqualTo("LeftMenuButtonOff Blue_1");
        assertThat(has(section, "stepCircleSelected_7")).isTrue();
        assertThat(has(section, "stepCircleSelected_1")).isFalse();
        assertThat(section)
                .contains(
                        "id=\"stphStepsPlaceHolder_stpContractExecutionStep\" class=\"PlaceHolderDisplay\"",
                        "<fieldset id=\"fdsPaymentPlan\"",
                        "<legend>Plan de pagos</legend>",
                        "id=\"grdPaymentPlan_tbl\"");
        assertThat(attr(section, "btnCreatePaymentButton", "value")).isEqualTo("Crear");
    }

    @Test
    void pendingModificationShiftsEveryStepByOne() {
        client.loginJuana();
        PortalClient.ContractPage page = client.contract(7784302);
        assertThat(text(page.html, "lnk_stpmStepManager2")).isEqualTo("Modificación pendiente");
        assertThat(text(page.html, "lnk_stpmStepManager9")).isEqualTo("Ejecución del Contrato");
        assertThat(attr(page.html, "stepDiv_2", "class")).isEqualTo("LeftMenuButtonOn Black");
        assertThat(attr(page.html, "stepDiv_8", "data-step")).isEqualTo("stpContractExecutionStep");
        assertThat(has(page.html, "stepDiv_10")).isTrue();
        String section = page.executionSection();
        assertThat(attr(section, "stepDiv_8", "class")).isEqualTo("LeftMenuButtonOn Black");
        // entity plan: no "Crear", twelve "Pendiente" rows with "Registro" only
        assertThat(has(section, "btnCreatePaymentButton")).isFalse();
        assertThat(text(section, "spnPaymentIdSpan_10")).isEqualTo("PP-7784302-11");
        assertThat(text(section, "spnPaymentReferenceSpan_10")).isEqualTo("Pago 11 de 12");
        assertThat(text(section, "spnPaymentExpectedDateSpan_10"))
                .isEqualTo("30/11/2026 ((UTC-05:00) Bogotá, Lima, Quito)");
        assertThat(text(section, "spnInvoiceStateSpan_11")).isEqualTo("Pendiente");
        assertThat(text(section, "cbxInvoiceTotalValueBox_0")).isEmpty();
        assertThat(has(section, "btnRegisterPayment_0")).isTrue();
        assertThat(has(section, "btnSendPayment_0")).isFalse();
        assertThat(has(section, "btnDeletePayment_0")).isFalse();
        assertThat(has(section, "btnPaymentDetail_0")).isFalse();
        assertThat(has(section, "spnPaymentIdSpan_12")).isFalse();
    }

    @Test
    void seededEntriesShowStatesAndOnlyTheValidActions() {
        client.loginJuana();
        String section = client.contract(7784303).executionSection();
        assertThat(text(section, "spnPaymentIdSpan_0")).isEqualTo("PP-7784303-1");
        assertThat(text(section, "spnInvoiceNrSpan_0")).isEqualTo("001");
        assertThat(text(section, "cbxInvoiceTotalValueBox_0")).isEqualTo("3.000.000,00 COP");
        assertThat(text(section, "spnInvoiceStateSpan_0")).isEqualTo("Pagado");
        assertThat(text(section, "spnInvoiceStateSpan_1")).isEqualTo("Rechazado");
        assertThat(text(section, "spnPaymentReferenceSpan_1")).isEqualTo("Solicitud de pago");
        for (int i = 0; i < 2; i++) {
            assertThat(has(section, "btnPaymentDetail_" + i)).isTrue();
            assertThat(has(section, "btnRegisterPayment_" + i)).isFalse();
            assertThat(has(section, "btnSendPayment_" + i)).isFalse();
            assertThat(has(section, "btnDeletePayment_" + i)).isFalse();
        }
    }

    @Test
    void terminatedContractHasNoCreateButton() {
        client.loginJuana();
        String section = client.contract(7784299).executionSection();
        assertThat(has(section, "btnCreatePaymentButton")).isFalse();
        assertThat(has(section, "grdPaymentPlan_tbl")).isTrue();
    }

    @Test
    void idleSessionRedirectsPagesAndAnswers401ToAjax() {
        client.loginJuana();
        PortalClient.ContractPage page = client.contract(7784301);
        simulator.clock().advance(SimulatorOptions.DEFAULT_SESSION_IDLE.plus(Duration.ofSeconds(1)));

        Response ajax = page.action("StepManagerGoToStep", Map.of("step", "stpContractExecutionStep"));
        assertThat(ajax.status()).isEqualTo(401);
        assertThat(ajax.json().path("sessionExpired").asBoolean()).isTrue();

        Response r = client.get("/CO1ContractsManagement/Tendering/SalesContractManagement/Index");
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.location()).isEqualTo("/STS/Users/Login/Index?expired=true");
        String login = client.get(r.location()).body();
        assertThat(attr(login, "divSessionExpiredMessage", "style")).isEqualTo("display:block");
        assertThat(text(login, "divSessionExpiredMessage")).isEqualTo("La sesión ha expirado por inactividad.");
        // a new login works again
        assertThat(client.loginJuana()).contains("id=\"logOut\"");
    }

    @Test
    void activityKeepsTheSessionAlive() {
        client.loginJuana();
        for (int i = 0; i < 3; i++) {
            simulator.clock().advance(Duration.ofMinutes(20));
            assertThat(client.get("/CO1Marketplace/Common/Workarea/Index").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void sessionsExpireEndpointAndShortIdleSetting() {
        client.loginJuana();
        var expire = api.post("sessions/expire", "{}");
        assertThat(expire.json().path("expired").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(client.get("/CO1Marketplace/Common/Workarea/Index").location())
                .isEqualTo("/STS/Users/Login/Index?expired=true");

        api.post("settings", "{\"sessionIdleSeconds\": 60}");
        client.loginJuana();
        simulator.clock().advance(Duration.ofSeconds(61));
        assertThat(client.get("/CO1Marketplace/Common/Workarea/Index").location())
                .isEqualTo("/STS/Users/Login/Index?expired=true");
    }

    @Test
    void staleOrUnknownMkeyGivesTheUnexpectedErrorPage() {
        client.loginJuana();
        PortalClient.ContractPage page = client.contract(7784301);
        Response unknown = client.ajax(
                "/CO1ContractsManagement/Tendering/SalesContractEdit/StepManagerGoToStep?mkey=0000_bad",
                Map.of("step", "stpContractExecutionStep"));
        assertThat(unknown.status()).isEqualTo(500);
        assertThat(text(unknown.body(), "spnErrorTitle")).isEqualTo("Error inesperado");
        assertThat(text(unknown.body(), "spnErrorMessage")).startsWith("Se ha producido un error inesperado");

        // a key from an older session is stale after a new login
        String oldKey = page.mkey;
        client.loginJuana();
        Response stale = client.ajax(
                "/CO1ContractsManagement/Tendering/SalesContractEdit/StepManagerGoToStep?mkey=" + oldKey,
                Map.of("step", "stpContractExecutionStep"));
        assertThat(stale.status()).isEqualTo(500);
        assertThat(stale.body()).contains("Error inesperado");

        // the form link of an old page, too
        Response form = client.get(
                "/CO1ContractsManagement/Tendering/PaymentRequestEdit/Index?docUniqueIdentifier=CO1.SLCNTR.7784301"
                        + "&paymentId=&isModal=true&asPopupView=true&mkey=" + oldKey);
        assertThat(form.status()).isEqualTo(500);
        assertThat(text(form.body(), "spnErrorTitle")).isEqualTo("Error inesperado");
    }

    @Test
    void logoutEndsTheSession() {
        client.loginJuana();
        Response out = client.get("/STS/Users/Login/LogOut");
        assertThat(out.location()).isEqualTo("/STS/Users/Login/Index");
        assertThat(client.get("/CO1Marketplace/Common/Workarea/Index").location())
                .startsWith("/STS/Users/Login/Index");
    }

    @Test
    void staticAssetsAndUnknownPages() {
        Response js = client.get("/StaticContent/Scripts/portal.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.body()).contains("sessionExpired", "vortal-preloader", "swip");
        assertThat(client.get("/StaticContent/Styles/portal.css").body()).contains(".blockUI");
        Response missing = client.get("/no/existe");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Página no encontrada");
    }

    @Test
    void supervisorSeesTheContratosMenuNotTheSupplierPages() {
        String work = client.login("supervisor.demo", null);
        assertThat(work).contains("<div class=\"ContextMenu\" title=\"Contratos\">");
        assertThat(attr(work, "lnkSubItem17", "href"))
                .isEqualTo("/CO1ContractsManagement/Tendering/ProcurementContractManagement/Index");
        assertThat(has(work, "lnkSubItem68")).isFalse();
        assertThat(client.get("/CO1ContractsManagement/Tendering/SalesContractManagement/Index")
                        .status())
                .isEqualTo(403);
        String page = client.get("/CO1ContractsManagement/Tendering/ProcurementContractManagement/Index")
                .body();
        assertThat(bodyData(page, "mkey")).isNotBlank();
        assertThat(page).contains("grdSupervisorPayments_tbl");
    }
}
