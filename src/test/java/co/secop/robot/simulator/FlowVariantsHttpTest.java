package co.secop.robot.simulator;

import static co.secop.robot.simulator.PortalClient.attr;
import static co.secop.robot.simulator.PortalClient.bodyData;
import static co.secop.robot.simulator.PortalClient.has;
import static co.secop.robot.simulator.PortalClient.text;
import static co.secop.robot.testsupport.Zips.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.simulator.PortalClient.Response;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The flow's unknowns (issue 17): each variant alone, and all of them at once with "ids-desconocidos". */
class FlowVariantsHttpTest {

    private static final String DETAIL =
            "/CO1ContractsManagement/Tendering/SalesContractEdit/View?docUniqueIdentifier=CO1.SLCNTR.7784301";

    @Test
    void variantsAreReadFromTheirSpanishNamesAndCombine() {
        assertThat(SimulatorVariant.parse(" ids-desconocidos, Formulario-Pagina ,anexos-en-pagina"))
                .containsExactlyInAnyOrder(
                        SimulatorVariant.UNKNOWN_IDS, SimulatorVariant.FORM_AS_PAGE, SimulatorVariant.UPLOAD_IN_PAGE);
        assertThat(SimulatorVariant.parse("")).isEmpty();
        assertThatThrownBy(() -> SimulatorVariant.parse("enviar-rapido"))
                .hasMessageContaining("la variante «enviar-rapido» no existe")
                .hasMessageContaining("enviar-sin-confirmacion");
        assertThat(SimulatorOptions.defaults()
                        .withVariants("enviar-sin-confirmacion,confirmar-con-confirmacion")
                        .variants())
                .isEqualTo(Set.of(SimulatorVariant.SEND_WITHOUT_CONFIRMATION, SimulatorVariant.CONFIRM_ASKS));
    }

    @Test
    void byDefaultEnviarAsksAndConfirmarDoesNot() {
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults())) {
            PortalClient client = new PortalClient(simulator);
            client.loginJuana();
            String detail = client.get(DETAIL).body();
            assertThat(detail).doesNotContain("data-enviar-sin-confirmacion");
            String form = client.contract(7784301).openForm("btnCreatePaymentButton").html;
            assertThat(form).doesNotContain("data-confirmar-con-confirmacion", "divUploadDocumentBox", "btnBackToPlan");
            String js = client.get("/StaticContent/Scripts/portal.js").body();
            assertThat(js)
                    .contains(
                            "if (data('enviar-sin-confirmacion') === 'true') {\n          sectionAction('SendPayment', paymentId);",
                            "Portal.confirm(Portal.text('ConfirmSendPayment'), function () { sectionAction('SendPayment', paymentId); });");
        }
    }

    @Test
    void enviarSinConfirmacionMarksTheDetailPageSoEnviarSendsAtOnce() {
        try (Simulator simulator =
                Simulator.start(SimulatorOptions.defaults().withVariants("enviar-sin-confirmacion"))) {
            PortalClient client = new PortalClient(simulator);
            client.loginJuana();
            assertThat(bodyData(client.get(DETAIL).body(), "enviar-sin-confirmacion"))
                    .isEqualTo("true");
        }
    }

    @Test
    void confirmarConConfirmacionAsksWithTheGenericBoxInsideTheForm() {
        try (Simulator simulator =
                Simulator.start(SimulatorOptions.defaults().withVariants("confirmar-con-confirmacion"))) {
            PortalClient client = new PortalClient(simulator);
            client.loginJuana();
            String form = client.contract(7784301).openForm("btnCreatePaymentButton").html;
            assertThat(bodyData(form, "confirmar-con-confirmacion")).isEqualTo("true");
            assertThat(attr(form, "btnConfirmConfirmDialogModal", "value")).isEqualTo("Aceptar");
            assertThat(form).contains("ConfirmPaymentRequest: \"¿Está seguro de confirmar la solicitud de pago?\"");
            assertThat(client.get("/StaticContent/Scripts/portal.js").body())
                    .contains("Portal.confirm(Portal.text('ConfirmPaymentRequest'), confirmRequest);");
        }
    }

    @Test
    void formularioPaginaOpensTheFormAsAPageWithVolverBackToThePlan() {
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults().withVariants("formulario-pagina"))) {
            PortalClient client = new PortalClient(simulator);
            client.loginJuana();
            PortalClient.ContractPage page = client.contract(7784301);
            String section = page.executionSection();
            assertThat(section).contains("data-form-mode=\"PAGE\"");
            PortalClient.PaymentForm form = page.openForm("btnCreatePaymentButton");
            assertThat(form.html)
                    .contains(
                            "id=\"cssmenu\"",
                            "<input type=\"button\" id=\"btnBackToPlan\" class=\"VortalButton\" value=\"Volver\">");
            String back = bodyData(form.html, "back-url");
            assertThat(back)
                    .isEqualTo(
                            "/CO1ContractsManagement/Tendering/SalesContractEdit/View?docUniqueIdentifier=CO1.SLCNTR.7784301"
                                    + "&step=stpContractExecutionStep");
            String plan = client.get(back).body();
            assertThat(attr(plan, "stepDiv_7", "class")).isEqualTo("LeftMenuButtonOn Black");
            assertThat(plan).contains("<legend>Plan de pagos</legend>");

            form.attach("a.zip", bytes("a.txt", "a"));
            assertThat(form.fill(false, "CC-P1", "1.000.000", "1.000.000")
                            .confirm()
                            .json()
                            .path("ok")
                            .asBoolean())
                    .isTrue();
            assertThat(text(client.get(back).body(), "spnInvoiceStateSpan_0")).isEqualTo("Borrador");
            assertThat(client.get("/StaticContent/Scripts/portal.js").body())
                    .contains("if (mode === 'PAGE') {\n      window.location.href = url;");
        }
    }

    @Test
    void anexosEnPaginaPutsTheUploadBoxInTheFormPage() {
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults().withVariants("anexos-en-pagina"))) {
            PortalClient client = new PortalClient(simulator);
            client.loginJuana();
            PortalClient.PaymentForm form = client.contract(7784301).openForm("btnCreatePaymentButton");
            String html = form.html;
            assertThat(html)
                    .contains(
                            "<div id=\"divUploadDocumentBox\" class=\"bModal VortalModalDialogBox bDialog UploadBox\" style=\"display:none\"",
                            "<td class=\"bTitle\">Anexar documento</td>",
                            "type=\"file\" id=\"fileUploadInput\" name=\"fileUploadInput\" multiple",
                            "id=\"tblFilesTable\"",
                            "<input type=\"button\" id=\"btnUploadFilesButtonBottom\" class=\"VortalButton VortalBlueButton\" value=\"Anexar\">",
                            "<input type=\"button\" id=\"btnCancelBottomButtom\" class=\"VortalButton\" value=\"Cerrar\">");
            Response upload = client.upload(
                    attr(html, "divUploadDocumentBox", "data-upload-url"), "informe.zip", bytes("i.txt", "informe"));
            assertThat(upload.json().path("message").asText()).isEqualTo("Documento anexo");
            assertThat(client.get(attr(html, "divUploadDocumentBox", "data-callback-url"))
                            .body())
                    .contains("<span class=\"attachedDocumentName\">informe.zip</span>");
            assertThat(client.get("/StaticContent/Scripts/portal.js").body()).contains("Portal.openDialog(uploadBox);");
        }
    }

    @Test
    void allFourAtOnceWithUnknownIdsStillFileAndSend() {
        SimulatorOptions options = SimulatorOptions.defaults()
                .withVariants(
                        "ids-desconocidos,enviar-sin-confirmacion,confirmar-con-confirmacion,formulario-pagina,anexos-en-pagina")
                .withNamesSeed(5)
                .withPaymentFormMode(PaymentFormMode.WINDOW);
        try (Simulator simulator = Simulator.start(options)) {
            PortalClient client = new PortalClient(simulator);
            client.loginJuana();
            PortalClient.ContractPage page = client.contract(7784301);
            assertThat(bodyData(page.html, "enviar-sin-confirmacion")).isEqualTo("true");
            String section = page.executionSection();
            String form = client.get(attr(section, simulator.servedName("btnCreatePaymentButton"), "data-form-url"))
                    .body();
            assertThat(form)
                    .doesNotContain("divUploadDocumentBox", "btnBackToPlan", "txtInvoiceNumber")
                    .contains("value=\"Volver\"", "value=\"Anexar\"", "value=\"Cerrar\"");
            String box = simulator.servedName("divUploadDocumentBox");
            client.upload(attr(form, box, "data-upload-url"), "s.zip", bytes("s.txt", "s"));
            Response ok = client.ajax(
                    "/CO1ContractsManagement/Tendering/PaymentRequestEdit/Confirm?mkey=" + bodyData(form, "mkey"),
                    Map.of(
                            "rdbgElectronicInvoice",
                            "false",
                            "txtInvoiceNumber",
                            "CC-V1",
                            "cbxNetValue",
                            "500.000",
                            "cbxTotalValue",
                            "500.000",
                            "dtmbDueDate",
                            attr(form, simulator.servedName("dtmbDueDate"), "value"),
                            "txaNotes",
                            ""));
            assertThat(ok.json().path("ok").asBoolean()).as(ok.body()).isTrue();
            String sent = page.send("PP-7784301-1");
            assertThat(text(sent, "spnInvoiceStateSpan_0")).isEqualTo("Enviado a la entidad estatal");
            assertThat(has(sent, simulator.servedName("btnSendPayment_0"))).isFalse();
            assertThat(has(sent, simulator.servedName("btnPaymentDetail_0"))).isTrue();
        }
    }

    @Test
    void detalleEnVentanaOpensThePaymentsDetailAsAPageOfItsOwnWithCerrar() {
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults().withVariants("detalle-en-ventana"))) {
            PortalClient client = new PortalClient(simulator);
            client.loginJuana();
            PortalClient.ContractPage contract = client.contract(7784303);
            String section = contract.executionSection();
            assertThat(attr(section, "btnPaymentDetail_1", "type")).isEqualTo("button");
            String url = attr(section, "btnPaymentDetail_1", "data-detail-url");
            assertThat(url).contains("PaymentDetailView?mkey=" + contract.mkey, "paymentId=PP-7784303-2");

            String page = client.get(url).body();

            assertThat(bodyData(page, "page")).isEqualTo("paymentDetail");
            assertThat(bodyData(page, "detalle-en")).isEqualTo("ventana");
            assertThat(text(page, "spnDetailState")).isEqualTo("Rechazado");
            assertThat(attr(page, "btnEditPayment", "value")).isEqualTo("Editar");
            assertThat(attr(page, "btnCloseDetailWindow", "value")).isEqualTo("Cerrar");
            assertThat(has(page, "btnBackToPaymentPlan")).isFalse();
            assertThat(client.get("/StaticContent/Scripts/portal.js").body())
                    .contains("window.open(detailWindowUrl, 'PaymentDetailWindow', 'width=900,height=700');");
        }
    }

    @Test
    void detalleEnPestanaIsALinkToANewTabWithoutVolver() {
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults().withVariants("detalle-en-pestana"))) {
            PortalClient client = new PortalClient(simulator);
            client.loginJuana();
            String section = client.contract(7784303).executionSection();
            assertThat(section).containsPattern("<a id=\"btnPaymentDetail_1\"[^>]*target=\"_blank\"[^>]*>Detalle</a>");

            String page =
                    client.get(attr(section, "btnPaymentDetail_1", "href")).body();

            assertThat(bodyData(page, "detalle-en")).isEqualTo("pestana");
            assertThat(text(page, "spnDetailPaymentId")).isEqualTo("PP-7784303-2");
            assertThat(has(page, "btnBackToPaymentPlan")).isFalse();
            assertThat(has(page, "btnCloseDetailWindow")).isFalse();
        }
    }
}
