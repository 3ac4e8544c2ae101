package co.secop.robot.simulator;

import static co.secop.robot.simulator.PortalClient.attr;
import static co.secop.robot.simulator.PortalClient.has;
import static co.secop.robot.simulator.PortalClient.text;
import static co.secop.robot.testsupport.Zips.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.simulator.PortalClient.ContractPage;
import co.secop.robot.simulator.PortalClient.PaymentForm;
import co.secop.robot.simulator.PortalClient.Response;
import co.secop.robot.simulator.model.Document;
import co.secop.robot.simulator.model.PaymentEntry;
import co.secop.robot.simulator.model.PaymentState;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plan de pagos over HTTP: Crear/Registro, validation, DIAN, uploads, Enviar, Borrar, rejection cycle. */
class PaymentFlowHttpTest extends SimulatorHttpSupport {

    static final String CUFE =
            "852ddc9f94e9ec4451aaa0f7b347960c0d3eadffae2eeb8577ced818f031f6b004a3ee30cfa45f59f427e360f57a0f05";

    @Override
    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults().withMaxUploadBytes(64 * 1024);
    }

    @BeforeEach
    void signIn() {
        client.loginJuana();
    }

    @Test
    void crearAttachConfirmAndSendAPaymentRequest() {
        ContractPage page = client.contract(7784301);
        PaymentForm form = page.openForm("btnCreatePaymentButton");
        assertThat(form.html)
                .contains(
                        "label for=\"rdbgElectronicInvoice\">¿Está obligado a facturar electrónicamente?</label>",
                        "<label for=\"txtInvoiceNumber\">Número de factura o pago</label>",
                        "<label for=\"dtmbIssueDate_txt\">Fecha de emisión</label>",
                        "<label for=\"dtmbDueDate_txt\">Fecha de vencimiento</label>",
                        "<label for=\"cbxNetValue\">Valor neto</label>",
                        "<label for=\"cbxTotalValue\">Valor total</label>",
                        "<label for=\"txaNotes\">Notas</label>",
                        "<label for=\"rdbgElectronicInvoice_0\">Sí</label>",
                        "<label for=\"rdbgElectronicInvoice_1\">No</label>");
        assertThat(form.html).doesNotContain("checked");
        assertThat(attr(form.html, "dtmbIssueDate_txt", "readonly")).isNotNull();
        assertThat(attr(form.html, "dtmbDueDate_txt", "value")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(attr(form.html, "divCufeSection", "style")).isEqualTo("display:none");
        assertThat(attr(form.html, "validationSummary", "class")).isEqualTo("VortalValidationSummaryHidden");
        assertThat(text(form.html, "validationSummary")).isEmpty();
        assertThat(attr(form.html, "btnUploadDocumentGen", "value")).isEqualTo("Anexar documento");
        assertThat(attr(form.html, "btnUploadDocumentGen", "data-upload-url"))
                .startsWith(
                        "/CO1ContractsManagement/Documents/DocumentAlternateUpload/Index?signatureType=&saveToCompanyDocs=False&asPopupView=true&CallBackUrl=/CO1ContractsManagement/Tendering/PaymentRequestEdit/OnDocumentsUploaded?mkey="
                                + form.formKey + "&mkey=");

        byte[] content = bytes("informe.txt", "Informe de actividades");
        Response upload = form.attach("informe-abril.zip", content);
        assertThat(upload.json().path("ok").asBoolean()).isTrue();
        assertThat(upload.json().path("message").asText()).isEqualTo("Documento anexo");
        assertThat(upload.json().path("sha256").asText()).isEqualTo(Document.sha256Hex(content));
        // the CallBackUrl the window's "Cerrar" triggers lists the document
        String rows = client.get(
                        "/CO1ContractsManagement/Tendering/PaymentRequestEdit/OnDocumentsUploaded?mkey=" + form.formKey)
                .body();
        assertThat(rows).contains("<span class=\"attachedDocumentName\">informe-abril.zip</span>");

        Response ok = form.fill(false, "CC-001", "3.500.000,00", "3500000").confirm();
        assertThat(ok.json().path("ok").asBoolean()).as(ok.body()).isTrue();
        assertThat(ok.json().path("paymentId").asText()).isEqualTo("PP-7784301-1");

        String section = page.executionSection();
        assertThat(text(section, "spnPaymentIdSpan_0")).isEqualTo("PP-7784301-1");
        assertThat(text(section, "spnPaymentReferenceSpan_0")).isEqualTo("Solicitud de pago");
        assertThat(text(section, "spnInvoiceNrSpan_0")).isEqualTo("CC-001");
        assertThat(text(section, "cbxInvoiceTotalValueBox_0")).isEqualTo("3.500.000,00 COP");
        assertThat(text(section, "spnInvoiceStateSpan_0")).isEqualTo("Borrador");
        assertThat(text(section, "spnPaymentExpectedDateSpan_0")).isEmpty();
        assertThat(List.of("btnRegisterPayment_0", "btnSendPayment_0", "btnDeletePayment_0", "btnPaymentDetail_0"))
                .allMatch(id -> has(section, id));

        String sent = page.send("PP-7784301-1");
        assertThat(text(sent, "spnInvoiceStateSpan_0")).isEqualTo("Enviado a la entidad estatal");
        assertThat(has(sent, "btnRegisterPayment_0")).isFalse();
        assertThat(has(sent, "btnPaymentDetail_0")).isTrue();
        assertThat(sent).contains("SuccessMessage");

        PaymentEntry entry = simulator.state().payment("PP-7784301-1").orElseThrow();
        assertThat(entry.history())
                .extracting(h -> h.state())
                .containsExactly(PaymentState.BORRADOR, PaymentState.ENVIADO);
        assertThat(entry.netValue()).isEqualByComparingTo("3500000");
        assertThat(entry.documents()).singleElement().satisfies(d -> {
            assertThat(d.content()).isEqualTo(content);
            assertThat(d.sha256()).isEqualTo(Document.sha256Hex(content));
        });
        // the form key is spent once confirmed
        assertThat(form.confirm().status()).isEqualTo(500);
    }

    @Test
    void confirmReportsEveryMissingFieldInSpanish() {
        PaymentForm form = client.contract(7784301).openForm("btnCreatePaymentButton");
        Response r =
                form.set("rdbgElectronicInvoice", "").set("dtmbDueDate", "").confirm();
        assertThat(messages(r))
                .containsExactly(
                        "Debe indicar si está obligado a facturar electrónicamente.",
                        "El número de factura o pago es obligatorio.",
                        "El valor neto es obligatorio.",
                        "El valor total es obligatorio.",
                        "Debe anexar al menos un documento.",
                        "La fecha de vencimiento es obligatoria.");
        assertThat(simulator.state().payments(7784301)).isEmpty();
    }

    @Test
    void confirmChecksValuesBalanceAndDates() {
        PaymentForm form = client.contract(7784303).openForm("btnCreatePaymentButton");
        form.attach("soporte.zip", bytes("a.txt", "a"));
        assertThat(messages(form.fill(false, "003", "0", "abc").confirm()))
                .containsExactly("El valor neto debe ser mayor que cero.", "El valor total no es un valor válido.");
        assertThat(messages(
                        form.fill(false, "003", "4.000.000,00", "3.000.000,00").confirm()))
                .containsExactly("El valor neto no puede ser mayor que el valor total.");
        // 36.000.000 - 3.000.000 (pagado) - 3.000.000 (rechazado) = 30.000.000
        assertThat(messages(form.fill(false, "003", "31.000.000,00", "31.000.000,00")
                        .confirm()))
                .containsExactly("El valor total supera el saldo por pagar del contrato (30.000.000,00 COP).");
        assertThat(messages(form.fill(false, "002", "1.000.000", "1.000.000").confirm()))
                .containsExactly("Ya existe una solicitud de pago con el número 002 en este contrato.");
        assertThat(messages(form.fill(false, "003", "1.000.000", "1.000.000")
                        .set("dtmbDueDate", "31/02/2026 10:00")
                        .confirm()))
                .containsExactly("La fecha de vencimiento no es válida (formato dd/MM/aaaa HH:mm).");
        Response ok = form.fill(false, "003", "1.000.000", "1.000.000").confirm();
        assertThat(ok.json().path("paymentId").asText()).isEqualTo("PP-7784303-3");
    }

    @Test
    void electronicInvoiceRequiresACufeValidatedAgainstDian() {
        PaymentForm form = client.contract(7784301).openForm("btnCreatePaymentButton");
        form.attach("factura.zip", bytes("f.txt", "factura"));
        form.fill(true, "FE-2026-118", "10.000.000,00", "11.900.000,00");
        assertThat(messages(form.confirm()))
                .containsExactly("El CUFE es obligatorio cuando está obligado a facturar electrónicamente.");

        assertThat(form.validateCufe("abc123").json().path("message").asText())
                .isEqualTo("El CUFE debe tener 96 caracteres hexadecimales.");
        assertThat(form.validateCufe("a".repeat(96)).json().path("message").asText())
                .isEqualTo("El CUFE no está registrado en la DIAN.");
        form.set("txtInvoiceNumber", "FE-2026-119");
        assertThat(form.validateCufe(CUFE).json().path("message").asText())
                .isEqualTo("El número de factura no coincide con el registrado en la DIAN para este CUFE.");
        form.set("txtInvoiceNumber", "FE-2026-118").set("cbxTotalValue", "11.000.000,00");
        assertThat(form.validateCufe(CUFE).json().path("message").asText())
                .isEqualTo("El valor total no coincide con el registrado en la DIAN para este CUFE.");
        assertThat(messages(form.set("cbxTotalValue", "11.900.000,00").confirm()))
                .containsExactly("Debe validar el CUFE ante la DIAN con el botón «Validar».");

        Response valid = form.validateCufe(CUFE.toUpperCase());
        assertThat(valid.json().path("valid").asBoolean()).isTrue();
        assertThat(valid.json().path("message").asText()).isEqualTo("CUFE validado ante la DIAN.");
        // changing the total after "Validar" needs a new validation
        assertThat(messages(form.set("cbxTotalValue", "11.800.000,00").confirm()))
                .contains("Debe validar el CUFE ante la DIAN con el botón «Validar».");
        Response ok = form.set("cbxTotalValue", "11900000").confirm();
        assertThat(ok.json().path("ok").asBoolean()).as(ok.body()).isTrue();
        PaymentEntry entry = simulator.state().payment("PP-7784301-1").orElseThrow();
        assertThat(entry.electronicInvoice()).isTrue();
        assertThat(entry.cufe()).isEqualTo(CUFE);
    }

    @Test
    void dianRegistryAcceptsNewInvoicesThroughTheMockApi() {
        var created = api.post("dian/invoices", "{\"number\":\"FE-9\",\"totalValue\":2380000.00}");
        assertThat(created.status()).isEqualTo(201);
        String cufe = created.json().path("cufe").asText();
        assertThat(cufe).hasSize(96).isEqualTo(Document.sha384Hex("FE-9"));
        PaymentForm form = client.contract(7784301).openForm("btnCreatePaymentButton");
        form.fill(true, "FE-9", "2.000.000,00", "2.380.000,00");
        assertThat(form.validateCufe(cufe).json().path("valid").asBoolean()).isTrue();
    }

    @Test
    void uploadAcceptsOnlyZipFilesWithinTheSizeLimit() {
        PaymentForm form = client.contract(7784301).openForm("btnCreatePaymentButton");
        Response pdf = form.attach("factura.pdf", "pdf".getBytes());
        assertThat(pdf.json().path("ok").asBoolean()).isFalse();
        assertThat(pdf.json().path("message").asText()).isEqualTo("Solo se permiten archivos .zip.");
        Response big = form.attach("grande.zip", new byte[64 * 1024 + 1]);
        assertThat(big.json().path("ok").asBoolean()).isFalse();
        assertThat(big.json().path("message").asText())
                .isEqualTo("El archivo supera el tamaño máximo permitido (64 KB).");
        Response exact = form.attach("justo.ZIP", new byte[64 * 1024]);
        assertThat(exact.json().path("ok").asBoolean()).isTrue();
        String rows = client.get(
                        "/CO1ContractsManagement/Tendering/PaymentRequestEdit/OnDocumentsUploaded?mkey=" + form.formKey)
                .body();
        assertThat(rows).contains("justo.ZIP").doesNotContain("grande.zip", "factura.pdf");
    }

    @Test
    void defaultLimitMessageIsTenMegabytes() {
        try (Simulator other = Simulator.start(SimulatorOptions.defaults())) {
            PortalClient c = new PortalClient(other);
            c.loginJuana();
            PaymentForm form = c.contract(7784301).openForm("btnCreatePaymentButton");
            Response big = form.attach("grande.zip", new byte[10 * 1024 * 1024 + 1]);
            assertThat(big.json().path("message").asText())
                    .isEqualTo("El archivo supera el tamaño máximo permitido (10 MB).");
        }
    }

    @Test
    void registroOnAPlanRowThenBorrarReturnsItToPendiente() {
        ContractPage page = client.contract(7784302);
        PaymentForm form = page.openForm("btnRegisterPayment_3");
        assertThat(text(form.html, "spnFormPaymentId")).isEqualTo("PP-7784302-4");
        assertThat(text(form.html, "spnFormReference")).isEqualTo("Pago 4 de 12");
        form.attach("abril.zip", bytes("a.txt", "abril"));
        Response ok = form.fill(false, "CC-04", "4.000.000,00", "4.000.000,00").confirm();
        assertThat(ok.json().path("paymentId").asText()).isEqualTo("PP-7784302-4");
        String section = page.executionSection();
        assertThat(text(section, "spnInvoiceStateSpan_3")).isEqualTo("Borrador");
        assertThat(text(section, "spnInvoiceNrSpan_3")).isEqualTo("CC-04");
        assertThat(simulator.state().payments(7784302)).hasSize(12);

        String deleted = page.action("DeletePayment", Map.of("paymentId", "PP-7784302-4"))
                .body();
        assertThat(text(deleted, "spnInvoiceStateSpan_3")).isEqualTo("Pendiente");
        assertThat(text(deleted, "spnInvoiceNrSpan_3")).isEmpty();
        assertThat(has(deleted, "btnSendPayment_3")).isFalse();
        assertThat(simulator.state().payment("PP-7784302-4").orElseThrow().documents())
                .isEmpty();
        // a plan contract has no "Crear"
        assertThat(has(deleted, "btnCreatePaymentButton")).isFalse();
    }

    @Test
    void borrarRemovesACreatedEntryAndIdsAreNotReused() {
        ContractPage page = client.contract(7784301);
        PaymentForm form = page.openForm("btnCreatePaymentButton");
        form.attach("a.zip", bytes("a.txt", "a"));
        form.fill(false, "1", "100", "100").confirm();
        String after = page.action("DeletePayment", Map.of("paymentId", "PP-7784301-1"))
                .body();
        assertThat(has(after, "spnPaymentIdSpan_0")).isFalse();
        assertThat(after).contains("La solicitud de pago PP-7784301-1 fue borrada.");
        PaymentForm again = page.openForm("btnCreatePaymentButton");
        again.attach("b.zip", bytes("b.txt", "b"));
        assertThat(again.fill(false, "1", "100", "100")
                        .confirm()
                        .json()
                        .path("paymentId")
                        .asText())
                .isEqualTo("PP-7784301-2");
    }

    @Test
    void rejectedEntryIsCorrectedAndResentWithTheSamePaymentId() {
        ContractPage page = client.contract(7784303);
        String detail = page.action("PaymentDetail", Map.of("paymentId", "PP-7784303-2"))
                .body();
        assertThat(text(detail, "spnDetailPaymentId")).isEqualTo("PP-7784303-2");
        assertThat(text(detail, "spnDetailInvoiceNr")).isEqualTo("002");
        assertThat(text(detail, "spnDetailTotalValue")).isEqualTo("3.000.000,00 COP");
        assertThat(text(detail, "spnDetailState")).isEqualTo("Rechazado");
        assertThat(text(detail, "spnRejectionReason"))
                .isEqualTo("El informe de actividades no tiene la firma del supervisor.");
        assertThat(detail).contains("<table id=\"tblDetailDocuments\"", "cuenta-cobro-002.zip");
        // A read-only Sí/No as the platform shows it (portal-reference §19 [A]): two spans, one of them hidden.
        assertThat(text(detail, "spnDetailElectronicInvoice_0")).isEqualTo("Sí");
        assertThat(text(detail, "spnDetailElectronicInvoice_1")).isEqualTo("No");
        assertThat(detail).containsPattern("id=\"spnDetailElectronicInvoice_[01]\"[^>]*style=\"display:none\"");
        assertThat(attr(detail, "btnEditPayment", "value")).isEqualTo("Editar");
        assertThat(attr(detail, "btnBackToPaymentPlan", "value")).isEqualTo("Volver");
        assertThat(has(detail, "grdPaymentPlan_tbl")).isFalse();

        String edited =
                page.action("EditPayment", Map.of("paymentId", "PP-7784303-2")).body();
        assertThat(text(edited, "spnInvoiceStateSpan_1")).isEqualTo("En edición");
        assertThat(List.of("btnRegisterPayment_1", "btnSendPayment_1", "btnDeletePayment_1", "btnPaymentDetail_1"))
                .allMatch(id -> has(edited, id));

        PaymentForm form = page.openForm("btnRegisterPayment_1");
        assertThat(attr(form.html, "txtInvoiceNumber", "value")).isEqualTo("002");
        assertThat(attr(form.html, "cbxTotalValue", "value")).isEqualTo("3.000.000,00");
        assertThat(attr(form.html, "rdbgElectronicInvoice_1", "checked")).isNotNull();
        assertThat(form.html).contains("<span class=\"attachedDocumentName\">cuenta-cobro-002.zip</span>");
        form.attach("cuenta-cobro-002-firmada.zip", bytes("informe.txt", "firmado"));
        Response ok = form.fill(false, "002", "3.000.000,00", "3.000.000,00").confirm();
        assertThat(ok.json().path("paymentId").asText()).isEqualTo("PP-7784303-2");

        String sent = page.send("PP-7784303-2");
        assertThat(text(sent, "spnInvoiceStateSpan_1")).isEqualTo("Enviado a la entidad estatal");
        assertThat(simulator.state().payments(7784303)).hasSize(2);
        PaymentEntry entry = simulator.state().payment("PP-7784303-2").orElseThrow();
        assertThat(entry.documents())
                .extracting(Document::name)
                .containsExactly("cuenta-cobro-002.zip", "cuenta-cobro-002-firmada.zip");
        assertThat(entry.history())
                .extracting(h -> h.state())
                .containsExactly(
                        PaymentState.BORRADOR,
                        PaymentState.ENVIADO,
                        PaymentState.RECHAZADO,
                        PaymentState.EN_EDICION,
                        PaymentState.BORRADOR,
                        PaymentState.ENVIADO);
    }

    @Test
    void paidEntriesCannotBeEditedNorDeleted() {
        ContractPage page = client.contract(7784303);
        String refused = page.action("DeletePayment", Map.of("paymentId", "PP-7784303-1"))
                .body();
        assertThat(text(refused, "divPaymentPlanMessages"))
                .isEqualTo("Una factura aprobada y marcada como pagada no podrá ser editada ni eliminada.");
        assertThat(text(refused, "spnInvoiceStateSpan_0")).isEqualTo("Pagado");
        String edit =
                page.action("EditPayment", Map.of("paymentId", "PP-7784303-1")).body();
        assertThat(text(edit, "divPaymentPlanMessages"))
                .isEqualTo("Una factura aprobada y marcada como pagada no podrá ser editada ni eliminada.");
        String send = page.send("PP-7784303-1");
        assertThat(send).contains("ErrorMessage");
        assertThat(simulator.state().payment("PP-7784303-1").orElseThrow().state())
                .isEqualTo(PaymentState.PAGADO);
    }

    @Test
    void aFormLeftOpenWhileTheEntryGetsPaidIsRefused() {
        ContractPage page = client.contract(7784301);
        PaymentForm form = page.openForm("btnCreatePaymentButton");
        form.attach("a.zip", bytes("a.txt", "a"));
        form.fill(false, "CC-20", "1.000.000", "1.000.000").confirm();
        String section = page.executionSection();
        String registroUrl = attr(section, "btnRegisterPayment_0", "data-form-url");
        PaymentForm open = new PaymentForm(client, client.get(registroUrl).body());
        page.send("PP-7784301-1");
        simulator.state().approve("PP-7784301-1");
        simulator.state().markPaid("PP-7784301-1");

        assertThat(messages(open.fill(false, "CC-20", "1.000.000", "1.000.000").confirm()))
                .containsExactly("Una factura aprobada y marcada como pagada no podrá ser editada ni eliminada.");
        String reopened = client.get(registroUrl).body();
        assertThat(attr(reopened, "validationSummary", "class")).isEqualTo("VortalValidationSummary");
        assertThat(text(reopened, "validationSummary"))
                .isEqualTo("Una factura aprobada y marcada como pagada no podrá ser editada ni eliminada.");
        assertThat(has(reopened, "btnConfirmGen")).isFalse();
    }

    @Test
    void supervisorApprovesRejectsAndPaysFromTheEntityPage() {
        ContractPage page = client.contract(7784301);
        PaymentForm form = page.openForm("btnCreatePaymentButton");
        form.attach("a.zip", bytes("a.txt", "a"));
        form.fill(false, "CC-10", "1.000.000", "1.000.000").confirm();
        page.send("PP-7784301-1");

        PortalClient supervisor = new PortalClient(simulator);
        supervisor.login("supervisor.demo", null);
        String list = supervisor
                .get("/CO1ContractsManagement/Tendering/ProcurementContractManagement/Index")
                .body();
        String mkey = PortalClient.bodyData(list, "mkey");
        assertThat(text(list, "spnSupPaymentId_0")).isEqualTo("PP-7784301-1");
        assertThat(text(list, "spnSupState_0")).isEqualTo("Enviado por el Proveedor");
        assertThat(attr(list, "btnApprovePayment_0", "value")).isEqualTo("Aprobar");
        assertThat(attr(list, "btnRejectPayment_0", "value")).isEqualTo("Rechazar");
        assertThat(has(list, "txaRejectReason_0")).isTrue();
        assertThat(has(list, "btnMarkPaid_0")).isFalse();

        String base = "/CO1ContractsManagement/Tendering/ProcurementContractManagement/";
        String noReason = supervisor
                .ajax(base + "RejectPayment?mkey=" + mkey, Map.of("paymentId", "PP-7784301-1", "reason", " "))
                .body();
        assertThat(noReason).contains("Debe indicar el motivo del rechazo.");
        String approved = supervisor
                .ajax(base + "ApprovePayment?mkey=" + mkey, Map.of("paymentId", "PP-7784301-1"))
                .body();
        assertThat(text(approved, "spnSupState_0")).isEqualTo("Aceptada");
        assertThat(attr(approved, "btnMarkPaid_0", "value")).isEqualTo("Marcar como pagado");
        String paid = supervisor
                .ajax(base + "MarkPaid?mkey=" + mkey, Map.of("paymentId", "PP-7784301-1"))
                .body();
        assertThat(paid).contains("No hay solicitudes de pago por revisar.");
        assertThat(text(page.executionSection(), "spnInvoiceStateSpan_0")).isEqualTo("Pagado");
    }

    private static List<String> messages(Response r) {
        JsonNode json = r.json();
        assertThat(json.path("ok").asBoolean()).as(r.body()).isFalse();
        return StreamSupport.stream(json.path("errors").spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
