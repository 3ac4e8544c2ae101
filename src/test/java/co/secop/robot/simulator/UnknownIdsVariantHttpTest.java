package co.secop.robot.simulator;

import static co.secop.robot.simulator.PortalClient.attr;
import static co.secop.robot.simulator.PortalClient.bodyData;
import static co.secop.robot.simulator.PortalClient.text;
import static co.secop.robot.testsupport.Zips.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.simulator.PortalClient.Response;
import co.secop.robot.testsupport.MockPortalApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The variant "ids-desconocidos": unconfirmed ids, names and classes renamed; labels, texts and flows the same. */
class UnknownIdsVariantHttpTest {

    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(?:id|name|class|for)=\"([^\"]*)\"");
    private static final List<String> PERSON_TEXTS = List.of(
            "Número de factura o pago",
            "Valor neto",
            "Valor total",
            "Notas",
            "Fecha de vencimiento",
            "CUFE",
            "¿Está obligado a facturar electrónicamente?",
            ">Sí</label>",
            ">No</label>",
            "value=\"Anexar documento\"",
            "value=\"Confirmar\"",
            "value=\"Cancelar\"",
            "value=\"Validar\"");

    private static Simulator plain;
    private static Simulator first;
    private static Simulator second;
    private static Simulator again;

    @BeforeAll
    static void start() {
        plain = Simulator.start(SimulatorOptions.defaults());
        first = Simulator.start(
                SimulatorOptions.defaults().withVariants("ids-desconocidos").withNamesSeed(11));
        second = Simulator.start(SimulatorOptions.defaults()
                .withVariants(SimulatorVariant.UNKNOWN_IDS)
                .withNamesSeed(12));
        again = Simulator.start(
                SimulatorOptions.defaults().withVariants("ids-desconocidos").withNamesSeed(11));
    }

    @AfterAll
    static void stop() {
        for (Simulator s : new Simulator[] {plain, first, second, again}) {
            s.close();
        }
    }

    @Test
    void theServedHtmlHasNoUnconfirmedNameAndKeepsEveryConfirmedOneAndEveryLabel() {
        Set<String> original = tokens(crawl(plain));
        Set<String> unconfirmed = new TreeSet<>(original);
        unconfirmed.removeIf(ConfirmedNames::isConfirmed);
        Set<String> confirmed = new TreeSet<>(original);
        confirmed.removeAll(unconfirmed);
        confirmed.removeIf(token -> token.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*")); // ctxm__<GUID>: new at each load
        assertThat(unconfirmed)
                .contains(
                        "txtInvoiceNumber",
                        "cbxNetValue",
                        "btnCreatePaymentButton",
                        "btnConfirmGen",
                        "grdPaymentPlan_tbl",
                        "divPaymentDetail",
                        "spnErrorTitle",
                        "fdsPaymentPlan");
        assertThat(confirmed)
                .contains(
                        "txtUserName",
                        "btnLoginButton",
                        "cssmenu",
                        "userImage",
                        "ulMenu",
                        "logOut",
                        "companiesLabel",
                        "lnkSubItem68",
                        "mdboxConfirmDialog",
                        "btnConfirmConfirmDialogModal",
                        "msgMessagesPanel",
                        "validationSummary",
                        "stepDiv_7",
                        "spnPaymentIdSpan_0",
                        "spnInvoiceStateSpan_0",
                        "btnUploadDocumentGen",
                        "VortalModalDialogBox",
                        "hiddenCtxMenu",
                        "MainMenuContextMenuButton");

        for (Simulator variant : List.of(first, second)) {
            String html = String.join("\n", crawl(variant));
            Set<String> served = tokens(List.of(html));
            assertThat(served).as("sin nombres sin confirmar").doesNotContainAnyElementsOf(unconfirmed);
            assertThat(served).as("nombres confirmados").containsAll(confirmed);
            assertThat(served)
                    .anyMatch(token -> token.startsWith("ctxm__"))
                    .anyMatch(token -> token.startsWith("ctxm_Content_"));
            assertThat(html).contains(PERSON_TEXTS);
            assertThat(html)
                    .contains("<label for=\"" + variant.servedName("txtInvoiceNumber")
                            + "\">Número de factura o pago</label>");
        }
    }

    @Test
    void theSameSeedGivesTheSameNamesAndAnotherSeedOthers() {
        for (String id : List.of("txtInvoiceNumber", "cbxNetValue", "btnSendPayment_0", "PaymentRequestModal_iframe")) {
            assertThat(first.servedName(id))
                    .isNotEqualTo(id)
                    .isEqualTo(again.servedName(id))
                    .isNotEqualTo(second.servedName(id));
        }
        assertThat(first.servedName("btnSendPayment_3")).endsWith("_3");
        assertThat(first.servedName("PaymentRequestModal_iframe")).endsWith("_iframe");
        assertThat(first.servedName("spnInvoiceStateSpan_0")).isEqualTo("spnInvoiceStateSpan_0");
        assertThat(first.namesSeed()).contains(11L);
        assertThat(plain.servedName("txtInvoiceNumber")).isEqualTo("txtInvoiceNumber");
    }

    @Test
    void scriptAndStylesheetUseTheSameNewNames() {
        PortalClient client = new PortalClient(first);
        String js = client.get("/StaticContent/Scripts/portal.js").body();
        String cufe = first.servedName("txtCufe");
        assertThat(js)
                .contains(
                        "byId('" + cufe + "')",
                        "'" + first.servedName("btnSendPayment_") + "'",
                        "'" + first.servedName("PaymentRequestModal") + "'",
                        "byId('mdboxConfirmDialog')",
                        "'[id^=\"stepDiv_\"]'",
                        "'stpContractExecutionStep'",
                        "Pendiente por anexar</span>",
                        "'data-form-url'")
                .doesNotContain("'txtCufe'", "'btnSendPayment_'", "byId('txtInvoiceNumber')");
        String css = client.get("/StaticContent/Styles/portal.css").body();
        assertThat(css)
                .contains(
                        "#" + first.servedName("spnCufeValidationMessage"),
                        ".blockUI",
                        ".vortal-preloader",
                        "." + first.servedName("FieldLabelCell"))
                .doesNotContain("#spnCufeValidationMessage", ".FieldLabelCell");
    }

    @Test
    void aWholeFlowStillWorksAndPostedRenamedFieldNamesReachTheHandlers() {
        PortalClient client = new PortalClient(first);
        first.reset();
        String work = client.loginJuana();
        assertThat(work).contains("<span class=\"SecondDescription\">Juana Pérez Gómez</span>");
        PortalClient.ContractPage page = client.contract(7784301);
        String section = page.executionSection();
        String form = client.get(attr(section, first.servedName("btnCreatePaymentButton"), "data-form-url"))
                .body();
        String formKey = bodyData(form, "mkey");
        String window = client.get(attr(form, "btnUploadDocumentGen", "data-upload-url"))
                .body();
        Response upload = client.upload(bodyData(window, "upload-url"), "soporte.zip", bytes("a.txt", "informe"));
        assertThat(upload.json().path("ok").asBoolean()).as(upload.body()).isTrue();

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(first.servedName("rdbgElectronicInvoice"), "false");
        fields.put(first.servedName("txtInvoiceNumber"), "CC-77");
        fields.put(first.servedName("cbxNetValue"), "1.000.000,00");
        fields.put(first.servedName("cbxTotalValue"), "1.200.000,00");
        fields.put(first.servedName("dtmbDueDate"), attr(form, first.servedName("dtmbDueDate"), "value"));
        fields.put(first.servedName("txaNotes"), "Pago 7");
        Response confirmed =
                client.ajax("/CO1ContractsManagement/Tendering/PaymentRequestEdit/Confirm?mkey=" + formKey, fields);
        assertThat(confirmed.json().path("ok").asBoolean()).as(confirmed.body()).isTrue();

        String sent = page.send("PP-7784301-1");
        assertThat(text(sent, "spnInvoiceStateSpan_0")).isEqualTo("Enviado a la entidad estatal");
        JsonNode stored = new MockPortalApi(first.baseUrl()).read("payments/PP-7784301-1");
        assertThat(stored.path("number").asText()).isEqualTo("CC-77");
        assertThat(stored.path("totalValue").decimalValue()).isEqualByComparingTo("1200000");
        assertThat(stored.path("notes").asText()).isEqualTo("Pago 7");
        assertThat(stored.path("state").asText()).isEqualTo("Enviado a la entidad estatal");
    }

    /** Login page, work area, Mis contratos and its grid, contract detail, section 7, the form, the upload window, an error page. */
    private static List<String> crawl(Simulator simulator) {
        simulator.reset();
        PortalClient client = new PortalClient(simulator);
        String login = client.get("/STS/Users/Login/Index").body();
        String work = client.loginJuana();
        String contracts = client.get("/CO1ContractsManagement/Tendering/SalesContractManagement/Index")
                .body();
        String grid = client.get(attr(contracts, simulator.servedName("divContractsGrid"), "data-folder-url"))
                .body();
        PortalClient.ContractPage page = client.contract(7784303);
        String section = page.executionSection();
        String detail = page.action("PaymentDetail", Map.of("paymentId", "PP-7784303-2"))
                .body();
        PortalClient.ContractPage other = client.contract(7784301);
        String plan = other.executionSection();
        String form = client.get(attr(plan, simulator.servedName("btnCreatePaymentButton"), "data-form-url"))
                .body();
        String window = client.get(attr(form, "btnUploadDocumentGen", "data-upload-url"))
                .body();
        String error = client.get(
                        "/CO1ContractsManagement/Tendering/SalesContractEdit/View?docUniqueIdentifier=CO1.SLCNTR.1")
                .body();
        return List.of(login, work, contracts, grid, page.html, section, detail, plan, form, window, error);
    }

    private static Set<String> tokens(List<String> pages) {
        Set<String> tokens = new TreeSet<>();
        for (String html : pages) {
            Matcher m = ATTRIBUTE.matcher(html);
            while (m.find()) {
                for (String token : m.group(1).split("\\s+")) {
                    if (!token.isEmpty()) {
                        tokens.add(token);
                    }
                }
            }
        }
        return tokens;
    }
}
