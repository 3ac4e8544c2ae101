package co.secop.robot.simulator.web;

import static co.secop.robot.simulator.web.Html.esc;

import co.secop.robot.simulator.DianRegistry;
import co.secop.robot.simulator.PaymentFormMode;
import co.secop.robot.simulator.PortalFormat;
import co.secop.robot.simulator.PortalState;
import co.secop.robot.simulator.SeededFaults;
import co.secop.robot.simulator.SicopiRegistry;
import co.secop.robot.simulator.SimulatorVariant;
import co.secop.robot.simulator.model.Contract;
import co.secop.robot.simulator.model.CufeCheck;
import co.secop.robot.simulator.model.Document;
import co.secop.robot.simulator.model.PaymentEntry;
import co.secop.robot.simulator.model.PaymentRequest;
import co.secop.robot.simulator.model.PaymentValidationException;
import co.secop.robot.simulator.model.PlanillaLine;
import co.secop.robot.simulator.model.PortalRuleException;
import co.secop.robot.simulator.model.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payment request form ("Crear" / "Registro"): {@code PaymentRequestEdit/Index} (inside the modal
 * iframe or its own window), AJAX {@code ValidateCufe}, {@code Confirm} and {@code OnDocumentsUploaded}.
 */
public final class PaymentFormController {

    public static final String BASE = "/CO1ContractsManagement/Tendering/PaymentRequestEdit/";
    public static final String INDEX = BASE + "Index";

    private final WebContext web;
    private final ContractDetailController detail;

    public PaymentFormController(WebContext web, ContractDetailController detail) {
        this.web = web;
        this.detail = detail;
    }

    public void register(RoutesConfig routes) {
        routes.get(INDEX, this::form);
        routes.post(BASE + "ValidateCufe", this::validateCufe);
        routes.post(BASE + "ValidatePlanilla", this::validatePlanilla);
        routes.post(BASE + "Confirm", this::confirm);
        routes.get(BASE + "OnDocumentsUploaded", this::documents);
        routes.post(BASE + "OnDocumentsUploaded", this::documents);
        routes.post(BASE + "RemoveDocument", this::removeDocument);
        routes.get(BASE + "DownloadDocument", this::downloadDocument);
    }

    private void form(Context ctx) {
        Session session = web.guard().page(ctx, Role.CONTRACTOR);
        MkeyTarget.FormOpening opening = web.guard().target(session, ctx, MkeyTarget.FormOpening.class);
        Contract contract =
                web.state().contract(opening.contractId()).orElseThrow(() -> new Outcome.StaleKey(Guard.mkey(ctx)));
        detail.requireAccess(session, contract);
        Optional<PaymentEntry> entry = Optional.ofNullable(opening.paymentId()).flatMap(web.state()::payment);
        if (opening.paymentId() != null && entry.isEmpty()) {
            throw new Outcome.StaleKey(Guard.mkey(ctx));
        }
        LocalDateTime issue = entry.map(PaymentEntry::issueDate)
                .orElseGet(() -> web.clock().now().withSecond(0));
        CufeCheck known = entry.filter(e -> e.cufe() != null && e.invoiceNumber() != null && e.totalValue() != null)
                .map(e -> new CufeCheck(e.cufe(), e.invoiceNumber(), e.totalValue()))
                .orElse(null);
        FormDraft draft = new FormDraft(
                contract.id(),
                opening.paymentId(),
                issue,
                entry.map(PaymentEntry::documents).orElse(List.of()),
                known);
        List<PlanillaLine> shownPlanillas =
                entry.map(e -> web.state().planillas(e.paymentId())).orElse(List.of());
        shownPlanillas.stream().filter(PlanillaLine::validated).forEach(draft::validatedPlanilla);
        String formKey = session.register(draft);
        String uploadKey = session.register(new MkeyTarget.UploadWindow(formKey));
        String uploadUrl = UploadController.INDEX + "?signatureType=&saveToCompanyDocs=False&asPopupView=true"
                + "&CallBackUrl=" + BASE + "OnDocumentsUploaded?mkey=" + formKey + "&mkey=" + uploadKey;
        String refusal = entry.flatMap(PortalState::editRefusal).orElse(null);
        if (!contract.inExecution()) {
            refusal = "El contrato " + contract.number() + " no está en ejecución; no admite solicitudes de pago.";
        }
        boolean asPage = web.settings().paymentFormMode() == PaymentFormMode.PAGE;
        String backUrl = ContractDetailController.BASE + "View?docUniqueIdentifier=" + contract.uniqueIdentifier()
                + "&step=" + ContractSteps.EXECUTION;
        String content = PaymentFormView.render(
                contract,
                entry.orElse(null),
                issue,
                draft.documents(),
                formKey,
                uploadUrl,
                refusal,
                web.state().unpaidBalance(contract.id(), opening.paymentId()),
                asPage,
                contract.asksForPlanilla()
                        ? SocialSecurityView.render(
                                shownPlanillas,
                                web.settings().has(SimulatorVariant.PLANILLA_FIELDS),
                                web.settings().has(SimulatorVariant.PLANILLA_ON_LEAVE))
                        : "");
        if (web.settings().has(SimulatorVariant.UPLOAD_IN_PAGE)) {
            content += UploadController.inPageBox(
                    web.settings().maxUploadBytes(),
                    UploadController.BASE + "Upload?mkey=" + uploadKey,
                    BASE + "OnDocumentsUploaded?mkey=" + formKey);
        }
        Map<String, String> data = new java.util.LinkedHashMap<>();
        data.put("action-base", BASE);
        if (asPage) {
            data.put("back-url", backUrl);
        }
        data.put(
                "cufe-respuesta",
                web.settings().has(SimulatorVariant.CUFE_IN_MESSAGES)
                        ? "mensajes"
                        : web.settings().has(SimulatorVariant.CUFE_VALIDATED_LABEL) ? "validado" : "campo");
        data.put(
                "planilla-respuesta",
                web.settings().has(SimulatorVariant.PLANILLA_IN_MESSAGES) ? "mensajes" : "bloque");
        if (web.settings().has(SimulatorVariant.CONFIRM_ASKS)) {
            data.put("confirmar-con-confirmacion", "true");
        }
        ctx.html(Layout.page(
                "Solicitud de pago",
                "paymentRequest",
                formKey,
                asPage ? Layout.header(session, web.state()) : "",
                content,
                data,
                refusal == null ? null : "<ul><li>" + esc(refusal) + "</li></ul>"));
    }

    private void validateCufe(Context ctx) {
        Session session = web.guard().ajax(ctx, Role.CONTRACTOR);
        FormDraft draft = web.guard().target(session, ctx, FormDraft.class);
        DianRegistry.Validation result = web.state()
                .dian()
                .validate(ctx.formParam("txtCufe"), ctx.formParam("txtInvoiceNumber"), ctx.formParam("cbxTotalValue"));
        draft.validatedCufe(result.check().orElse(null));
        ctx.json(Map.of("valid", result.valid(), "message", result.message()));
    }

    /** One line of the social-security block checked against SICOPI («Validar», or leaving the date field). */
    private void validatePlanilla(Context ctx) {
        Session session = web.guard().ajax(ctx, Role.CONTRACTOR);
        FormDraft draft = web.guard().target(session, ctx, FormDraft.class);
        Contract contract =
                web.state().contract(draft.contractId()).orElseThrow(() -> new Outcome.StaleKey(Guard.mkey(ctx)));
        String number = ctx.formParam("number");
        String date = ctx.formParam("date");
        SicopiRegistry.Answer answer = Boolean.TRUE.equals(ctx.attribute(SeededFaults.SICOPI_DOWN_ATTRIBUTE))
                ? new SicopiRegistry.Answer(SicopiRegistry.Outcome.UNAVAILABLE, SicopiRegistry.UNAVAILABLE)
                : web.state()
                        .sicopi()
                        .check(
                                contract.companyCode(),
                                number,
                                date,
                                web.clock().now().toLocalDate());
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("valid", answer.success());
        json.put("message", answer.message());
        if (answer.success()) {
            PlanillaLine line =
                    new PlanillaLine(number.strip(), PortalFormat.parseDay(date), PortalState.ibc(contract));
            draft.validatedPlanilla(line);
            json.put("ibc", Html.money(line.ibc()));
        }
        ctx.json(json);
    }

    /** «numero|dd/MM/aaaa;…» as the form posts its lines; a line with a date that is no date keeps a null date. */
    static List<PlanillaLine> typedPlanillas(String posted) {
        List<PlanillaLine> lines = new java.util.ArrayList<>();
        if (posted == null || posted.isBlank()) {
            return lines;
        }
        for (String part : posted.split(";")) {
            String[] pair = part.split("\\|", -1);
            String number = pair[0].strip();
            if (number.isEmpty()) {
                continue;
            }
            java.time.LocalDate date;
            try {
                date = PortalFormat.parseDay(pair.length > 1 ? pair[1] : "");
            } catch (RuntimeException e) {
                date = null;
            }
            lines.add(new PlanillaLine(number, date, null));
        }
        return lines;
    }

    private void confirm(Context ctx) {
        Session session = web.guard().ajax(ctx, Role.CONTRACTOR);
        FormDraft draft = web.guard().target(session, ctx, FormDraft.class);
        String answer = ctx.formParam("rdbgElectronicInvoice");
        Boolean electronic = answer == null || answer.isBlank() ? null : Boolean.valueOf(answer);
        PaymentRequest request = new PaymentRequest(
                electronic,
                ctx.formParam("txtCufe"),
                ctx.formParam("txtInvoiceNumber"),
                ctx.formParam("dtmbDueDate"),
                ctx.formParam("cbxNetValue"),
                ctx.formParam("cbxTotalValue"),
                ctx.formParam("txaNotes"));
        try {
            PaymentEntry saved = web.state()
                    .confirm(
                            draft.contractId(),
                            draft.paymentId(),
                            request,
                            draft.issueDate(),
                            draft.documents(),
                            draft.validatedCufe(),
                            typedPlanillas(ctx.formParam("planillas")),
                            draft.validatedPlanillas());
            session.forget(Guard.mkey(ctx));
            ctx.json(Map.of(
                    "ok",
                    true,
                    "paymentId",
                    saved.paymentId(),
                    "state",
                    saved.state().label()));
        } catch (PaymentValidationException e) {
            ctx.json(Map.of("ok", false, "errors", e.messages()));
        } catch (PortalRuleException e) {
            ctx.json(Map.of("ok", false, "errors", List.of(e.getMessage())));
        }
    }

    /** The CallBackUrl the upload window's "Cerrar" triggers: the rows of {@code table#tblAttachedDocuments}. */
    private void documents(Context ctx) {
        Session session = web.guard().ajax(ctx, Role.CONTRACTOR);
        FormDraft draft = web.guard().target(session, ctx, FormDraft.class);
        ctx.html(PaymentFormView.documentRows(draft.documents(), Guard.mkey(ctx)));
    }

    /** «Descargar» in a document's row: the file as the form holds it (an assumption: see documentRows). */
    private void downloadDocument(Context ctx) {
        Session session = web.guard().page(ctx, Role.CONTRACTOR);
        FormDraft draft = web.guard().target(session, ctx, FormDraft.class);
        String name = ctx.queryParam("documentName");
        Optional<Document> document =
                draft.documents().stream().filter(d -> d.name().equals(name)).findFirst();
        if (document.isEmpty()) {
            ctx.status(404).html("<p>El documento no existe.</p>");
            return;
        }
        ctx.contentType("application/octet-stream");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replace("\"", "") + "\"");
        ctx.result(document.get().content());
    }

    /** «Eliminar» in a document's row (after the box «¿Desea eliminar el documento…?»): the rows left. */
    private void removeDocument(Context ctx) {
        Session session = web.guard().ajax(ctx, Role.CONTRACTOR);
        FormDraft draft = web.guard().target(session, ctx, FormDraft.class);
        String name = ctx.formParam("documentName");
        if (name != null) {
            draft.remove(name);
        }
        ctx.html(PaymentFormView.documentRows(draft.documents(), Guard.mkey(ctx)));
    }

    /** The form's HTML. */
    static final class PaymentFormView {

        private PaymentFormView() {}

        static String render(
                Contract contract,
                PaymentEntry entry,
                LocalDateTime issue,
                List<Document> documents,
                String formKey,
                String uploadUrl,
                String refusal,
                java.math.BigDecimal balance,
                boolean asPage,
                String socialSecurity) {
            Boolean electronic = entry == null ? null : entry.electronicInvoice();
            LocalDateTime due = entry != null && entry.dueDate() != null ? entry.dueDate() : issue.plusDays(30);
            String dueText = PortalFormat.dateInput(due);
            String paymentId = entry == null ? "Se asignará al confirmar" : entry.paymentId();
            String reference = entry == null ? "Solicitud de pago" : entry.reference();
            boolean cufeVisible = Boolean.TRUE.equals(electronic);
            String buttons = refusal == null
                    ? "<input type=\"button\" id=\"btnConfirmGen\" class=\"VortalButton VortalBlueButton\" value=\"Confirmar\">\n"
                    : "";
            return """
                    <div class="PopupView PaymentRequestForm">
                      <div class="PageTitleBar"><span id="spnPageTitle" class="PageTitle">Solicitud de pago</span></div>
                      <div class="ContractSummary">
                        <span class="SummaryItem">Contrato: <span id="spnFormContractNumber" class="SummaryValue">%s</span></span>
                        <span class="SummaryItem">ID de pago: <span id="spnFormPaymentId" class="SummaryValue">%s</span></span>
                        <span class="SummaryItem">Referencia: <span id="spnFormReference" class="SummaryValue">%s</span></span>
                        <span class="SummaryItem">Saldo por pagar: <span id="spnFormUnpaidBalance" class="SummaryValue">%s</span></span>
                      </div>
                      <form id="frmPaymentRequest" action="#" onsubmit="return false;" autocomplete="off">
                      <table class="FormTable">
                        <tr><td class="FieldLabelCell"><label for="rdbgElectronicInvoice">¿Está obligado a facturar electrónicamente?</label><span class="Required">*</span></td>
                          <td><div id="rdbgElectronicInvoice" class="VortalRadioButtonGroup">
                            <input type="radio" id="rdbgElectronicInvoice_0" name="rdbgElectronicInvoice" value="true"%s><label for="rdbgElectronicInvoice_0">Sí</label>
                            <input type="radio" id="rdbgElectronicInvoice_1" name="rdbgElectronicInvoice" value="false"%s><label for="rdbgElectronicInvoice_1">No</label>
                          </div></td></tr>
                        <tr><td colspan="2" class="CufeCell">
                          <div id="divCufeSection" class="CufeSection" style="display:%s">
                            <label for="txtCufe">CUFE</label><span class="Required">*</span>
                            <input type="text" id="txtCufe" name="txtCufe" class="VortalTextBox CufeBox" maxlength="96" value="%s">
                            <input type="button" id="btnValidateCufe" class="VortalButton" value="Validar">
                            <span id="spnCufeValidationMessage" class="%s">%s</span>
                          </div></td></tr>
                        <tr><td class="FieldLabelCell"><label for="txtInvoiceNumber">Número de factura o pago</label><span class="Required">*</span></td>
                          <td><input type="text" id="txtInvoiceNumber" name="txtInvoiceNumber" class="VortalTextBox" maxlength="50" value="%s"></td></tr>
                        <tr><td class="FieldLabelCell"><label for="dtmbIssueDate_txt">Fecha de emisión</label></td>
                          <td><div id="dtmbIssueDate" class="VortalDateBox"><input type="text" id="dtmbIssueDate_txt" class="VortalTextBox DateBox" readonly="readonly" value="%s"></div></td></tr>
                        <tr><td class="FieldLabelCell"><label for="dtmbDueDate_txt">Fecha de vencimiento</label><span class="Required">*</span></td>
                          <td><div class="VortalDateBox"><input type="text" id="dtmbDueDate_txt" class="VortalTextBox DateBox" value="%s" placeholder="dd/MM/aaaa HH:mm">
                            <input type="hidden" id="dtmbDueDate" name="dtmbDueDate" value="%s"></div></td></tr>
                        <tr><td class="FieldLabelCell"><label for="cbxNetValue">Valor neto</label><span class="Required">*</span></td>
                          <td><input type="text" id="cbxNetValue" name="cbxNetValue" class="VortalTextBox VortalNumericBox" data-autonumeric="true" value="%s"> <span class="Currency">COP</span></td></tr>
                        <tr><td class="FieldLabelCell"><label for="cbxTotalValue">Valor total</label><span class="Required">*</span></td>
                          <td><input type="text" id="cbxTotalValue" name="cbxTotalValue" class="VortalTextBox VortalNumericBox" data-autonumeric="true" value="%s"> <span class="Currency">COP</span></td></tr>
                        <tr><td class="FieldLabelCell"><label for="txaNotes">Notas</label></td>
                          <td><textarea id="txaNotes" name="txaNotes" class="VortalTextArea" rows="3" maxlength="2000">%s</textarea></td></tr>
                        %s                        <tr><td class="FieldLabelCell"><label for="btnUploadDocumentGen">Documentos</label><span class="Required">*</span></td>
                          <td><input type="button" id="btnUploadDocumentGen" class="btn btn-secondary btn-sm VortalButton" value="Anexar documento" title="Anexar documento" data-upload-url="%s">
                            <span class="Hint">Solo archivos .zip</span>
                            <table id="tblAttachedDocuments" class="VortalGrid AttachedDocuments"><thead><tr class="gridHeader"><td>Nombre del documento</td><td>Tamaño</td><td></td></tr></thead><tbody>%s</tbody></table></td></tr>
                      </table>
                      </form>
                      <div class="ButtonBar FormButtons">
                        %s<input type="button" id="btnCancelGen" class="VortalButton" value="Cancelar">%s
                      </div>
                    </div>
                    """.formatted(
                            esc(contract.number()),
                            esc(paymentId),
                            esc(reference),
                            Html.money(balance),
                            Boolean.TRUE.equals(electronic) ? " checked=\"checked\"" : "",
                            Boolean.FALSE.equals(electronic) ? " checked=\"checked\"" : "",
                            cufeVisible ? "block" : "none",
                            esc(entry == null ? null : entry.cufe()),
                            cufeVisible && entry.cufe() != null ? "SuccessMessage" : "",
                            cufeVisible && entry.cufe() != null ? DianRegistry.VALIDATED : "",
                            esc(entry == null ? null : entry.invoiceNumber()),
                            PortalFormat.dateInput(issue),
                            dueText,
                            dueText,
                            Html.moneyInput(entry == null ? null : entry.netValue()),
                            Html.moneyInput(entry == null ? null : entry.totalValue()),
                            esc(entry == null ? null : entry.notes()),
                            socialSecurity,
                            esc(uploadUrl),
                            documentRows(documents, formKey),
                            buttons,
                            asPage
                                    ? "\n<input type=\"button\" id=\"btnBackToPlan\" class=\"VortalButton\" value=\"Volver\">"
                                    : "");
        }

        /**
         * The rows of the attached documents: name, size, «Descargar» and «Eliminar». The download link is an
         * assumption (the real portal has such links in a contract's documents: {@code lnkDownloadDocument_<i>}).
         */
        static String documentRows(List<Document> documents, String formKey) {
            if (documents.isEmpty()) {
                return "<tr class=\"EmptyRow\"><td colspan=\"3\" class=\"EmptyText\">No hay documentos anexos.</td></tr>";
            }
            StringBuilder rows = new StringBuilder();
            int index = 0;
            for (Document d : documents) {
                rows.append("<tr><td><span class=\"attachedDocumentName\">")
                        .append(esc(d.name()))
                        .append("</span></td><td><span class=\"attachedDocumentSize\">")
                        .append(Html.size(d.size()))
                        .append("</span></td><td><a class=\"attachedDocumentDownload\" id=\"lnkDownloadDocument_")
                        .append(index++)
                        .append("\" href=\"")
                        .append(esc(BASE + "DownloadDocument?mkey=" + formKey + "&documentName="
                                + java.net.URLEncoder.encode(d.name(), java.nio.charset.StandardCharsets.UTF_8)))
                        .append("\">Descargar</a> <input type=\"button\" class=\"VortalButton RemoveDocument\""
                                + " value=\"Eliminar\" title=\"Eliminar documento\" data-remove-document=\"")
                        .append(esc(d.name()))
                        .append("\"></td></tr>");
            }
            return rows.toString();
        }
    }
}
