package co.secop.robot.simulator.web;

import static co.secop.robot.simulator.web.Html.esc;

import co.secop.robot.simulator.PaymentFormMode;
import co.secop.robot.simulator.SimulatorSettings;
import co.secop.robot.simulator.SimulatorVariant;
import co.secop.robot.simulator.model.Contract;
import co.secop.robot.simulator.model.Document;
import co.secop.robot.simulator.model.HistoryEntry;
import co.secop.robot.simulator.model.PaymentEntry;
import co.secop.robot.simulator.model.PaymentState;
import co.secop.robot.simulator.model.PlanillaLine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Section 7 "Ejecución del Contrato": the Plan de pagos grid, or the detail of one entry. */
final class PaymentPlanView {

    /** A message shown above the plan (after an action). */
    record Notice(boolean error, String text) {
        static Notice ok(String text) {
            return new Notice(false, text);
        }

        static Notice error(String text) {
            return new Notice(true, text);
        }
    }

    private final Contract contract;
    private final List<PaymentEntry> entries;
    private final Session session;
    private final String pageKey;
    private final PaymentFormMode mode;
    private final DetailMode detailMode;

    /** Where a payment's «Detalle» shows it: in the section, in a popup window or in a new tab (§19 [A]). */
    enum DetailMode {
        IN_SECTION,
        WINDOW,
        TAB;

        static DetailMode of(SimulatorSettings settings) {
            return settings.has(SimulatorVariant.DETAIL_IN_WINDOW)
                    ? WINDOW
                    : settings.has(SimulatorVariant.DETAIL_IN_TAB) ? TAB : IN_SECTION;
        }
    }

    PaymentPlanView(
            Contract contract,
            List<PaymentEntry> entries,
            Session session,
            String pageKey,
            PaymentFormMode mode,
            DetailMode detailMode) {
        this.contract = contract;
        this.entries = entries;
        this.session = session;
        this.pageKey = pageKey;
        this.mode = mode;
        this.detailMode = detailMode;
    }

    /**
     * The section body with the grid (or, when {@code detail} is set, that entry's read-only detail).
     *
     * @param planillas the detail's planilla lines (shown where the contract's form shows the block)
     */
    String render(Notice notice, PaymentEntry detail, List<PlanillaLine> planillas) {
        return messages(notice)
                + "<fieldset id=\"fdsPaymentPlan\" class=\"VortalFieldset\" data-form-mode=\"" + mode.name() + "\">\n"
                + "<legend>Plan de pagos</legend>\n"
                + "<div id=\"divPaymentPlanContent\">\n"
                + (detail == null ? grid() : detail(detail, DetailMode.IN_SECTION, socialSecurity(contract, planillas)))
                + "</div>\n</fieldset>\n"
                + """
                <fieldset id="fdsExecutionDocuments" class="VortalFieldset">
                <legend>Documentos de ejecución del contrato</legend>
                <p class="EmptyText">No hay documentos de ejecución publicados por la Entidad Estatal.</p>
                </fieldset>
                """;
    }

    private static String messages(Notice notice) {
        if (notice == null) {
            return "";
        }
        return "<div id=\"divPaymentPlanMessages\" class=\"MessagesPanel\"><span class=\""
                + (notice.error() ? "ErrorMessage" : "SuccessMessage") + "\">" + esc(notice.text())
                + "</span></div>\n";
    }

    private String grid() {
        StringBuilder html = new StringBuilder();
        if (!contract.entityPlan() && contract.inExecution()) {
            html.append("<div class=\"GridToolbar\"><input type=\"button\" id=\"btnCreatePaymentButton\" ")
                    .append("class=\"VortalButton VortalBlueButton\" value=\"Crear\" data-form-url=\"")
                    .append(esc(formUrl(null)))
                    .append("\"></div>\n");
        }
        html.append("""
                <table id="grdPaymentPlan_tbl" class="VortalGrid">
                <tr class="gridHeader"><td>Id de pago</td><td>Referencia de pago</td><td>Fecha prevista de pago</td>\
                <td>Número de factura</td><td>Valor total</td><td>Estado</td><td>Última modificación</td><td>Acciones</td></tr>
                """);
        for (int i = 0; i < entries.size(); i++) {
            PaymentEntry e = entries.get(i);
            html.append("<tr class=\"")
                    .append(i % 2 == 0 ? "gridLineLight" : "gridLineDark")
                    .append("\" data-payment-id=\"")
                    .append(esc(e.paymentId()))
                    .append("\">")
                    .append(cell("spnPaymentIdSpan_" + i, esc(e.paymentId())))
                    .append("<td>")
                    .append(Html.cutSpan("spnPaymentReferenceSpan_" + i, "VortalSpan", e.reference()))
                    .append("</td>")
                    .append(cell("spnPaymentExpectedDateSpan_" + i, Html.date(e.expectedDate())))
                    .append("<td>")
                    .append(Html.cutSpan("spnInvoiceNrSpan_" + i, "VortalSpan", e.invoiceNumber()))
                    .append("</td>")
                    .append("<td><span id=\"cbxInvoiceTotalValueBox_")
                    .append(i)
                    .append("\" class=\"VortalNumericSpan\">")
                    .append(Html.money(e.totalValue()))
                    .append("</span></td>")
                    .append(cell("spnInvoiceStateSpan_" + i, esc(e.state().label())))
                    .append(cell("spnPaymentLastChangeSpan_" + i, Html.dateTime(lastChange(e))))
                    .append("<td class=\"ActionsCell\">")
                    .append(actions(e, i))
                    .append("</td></tr>\n");
        }
        if (entries.isEmpty()) {
            html.append("<tr class=\"gridEmpty\"><td colspan=\"8\">No hay solicitudes de pago registradas. ")
                    .append("Use «Crear» para registrar una.</td></tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    /** When the entry last changed state (our guess: the portal may show it in the grid; null before any). */
    private static java.time.LocalDateTime lastChange(PaymentEntry e) {
        return e.history().isEmpty()
                ? null
                : e.history().get(e.history().size() - 1).at();
    }

    private static String cell(String id, String content) {
        return "<td><span id=\"" + id + "\" class=\"VortalSpan\">" + content + "</span></td>";
    }

    private String actions(PaymentEntry e, int i) {
        StringBuilder html = new StringBuilder();
        boolean editable = contract.inExecution() && e.state().editableBySupplier();
        String id = esc(e.paymentId());
        if (editable) {
            html.append(button(
                    "btnRegisterPayment_" + i,
                    "Registro",
                    id,
                    " data-form-url=\"" + esc(formUrl(e.paymentId())) + "\""));
        }
        if (editable && e.state() != PaymentState.PENDIENTE) {
            html.append(button("btnSendPayment_" + i, "Enviar", id, ""));
            html.append(button("btnDeletePayment_" + i, "Borrar", id, ""));
        }
        if (e.state() != PaymentState.PENDIENTE) {
            html.append(detailButton(e, i));
        }
        return html.toString();
    }

    /** «Detalle»: an AJAX action of the section, a button that opens a popup, or a link to a new tab. */
    private String detailButton(PaymentEntry e, int i) {
        String id = esc(e.paymentId());
        String url = esc(ContractDetailController.BASE + PaymentPlanController.DETAIL_WINDOW + "?mkey=" + pageKey
                + "&paymentId=" + URLEncoder.encode(e.paymentId(), StandardCharsets.UTF_8));
        return switch (detailMode) {
            case IN_SECTION -> button("btnPaymentDetail_" + i, "Detalle", id, "");
            case WINDOW -> button("btnPaymentDetail_" + i, "Detalle", id, " data-detail-url=\"" + url + "\"");
            case TAB ->
                "<a id=\"btnPaymentDetail_" + i + "\" class=\"VortalButton GridButton\" href=\"" + url
                        + "\" target=\"_blank\" data-payment-id=\"" + id + "\">Detalle</a>";
        };
    }

    private static String button(String id, String label, String paymentId, String extra) {
        return "<input type=\"button\" id=\"" + id + "\" class=\"VortalButton GridButton\" value=\"" + label
                + "\" data-payment-id=\"" + paymentId + "\"" + extra + ">";
    }

    /** Opening URL of the payment request form, with a fresh mkey for this session. */
    private String formUrl(String paymentId) {
        String openKey = session.register(new MkeyTarget.FormOpening(contract.id(), paymentId));
        return PaymentFormController.INDEX + "?docUniqueIdentifier=" + contract.uniqueIdentifier()
                + "&paymentId=" + (paymentId == null ? "" : paymentId)
                + "&isModal=true&asPopupView=true"
                + "&CallBackUrl=" + ContractDetailController.BASE + "OnPaymentRequestSaved?mkey=" + pageKey
                + "&mkey=" + openKey;
    }

    /** The social-security block of a detail, where the contract's form shows it; "" elsewhere. */
    static String socialSecurity(Contract contract, List<PlanillaLine> planillas) {
        return contract.asksForPlanilla() ? SocialSecurityView.detail(planillas) : "";
    }

    /**
     * The detail of one entry as a page of its own (popup window or new tab): the same table, with «Cerrar» in
     * a popup and no way back in a tab (a person closes the tab).
     */
    static String detailPage(PaymentEntry e, DetailMode where, String socialSecurity) {
        return "<div class=\"PopupView PaymentDetailWindow\">\n" + detail(e, where, socialSecurity) + "</div>\n";
    }

    private static String detail(PaymentEntry e, DetailMode where, String socialSecurity) {
        StringBuilder docs = new StringBuilder();
        int index = 0;
        for (Document d : e.documents()) {
            docs.append("<tr><td><span class=\"detailDocumentName\">")
                    .append(esc(d.name()))
                    .append("</span></td><td><span class=\"detailDocumentSize\">")
                    .append(Html.size(d.size()))
                    .append("</span></td><td><a class=\"detailDocumentDownload\" id=\"lnkDownloadDocument_")
                    .append(e.paymentId())
                    .append('_')
                    .append(index++)
                    .append("\" href=\"")
                    .append(esc(ContractDetailController.BASE + ContractDetailController.DOWNLOAD + "?paymentId="
                            + e.paymentId() + "&documentName="
                            + java.net.URLEncoder.encode(d.name(), java.nio.charset.StandardCharsets.UTF_8)))
                    .append("\">Descargar</a></td></tr>");
        }
        if (e.documents().isEmpty()) {
            docs.append("<tr><td colspan=\"3\" class=\"EmptyText\">Sin documentos anexos.</td></tr>");
        }
        StringBuilder history = new StringBuilder();
        for (HistoryEntry h : e.history()) {
            history.append("<tr><td>")
                    .append(esc(h.state().label()))
                    .append("</td><td>")
                    .append(Html.dateTime(h.at()))
                    .append("</td></tr>");
        }
        boolean rejected = e.state() == PaymentState.RECHAZADO;
        // A read-only Sí/No as the platform shows it (portal-reference §19 [A]): two spans, the answer not given
        // hidden; both hidden when there is no answer.
        String hidden = " style=\"display:none\"";
        String electronic = "<span id=\"spnDetailElectronicInvoice_0\" class=\"ReadOnlyOption\""
                + (Boolean.TRUE.equals(e.electronicInvoice()) ? "" : hidden)
                + ">Sí</span><span id=\"spnDetailElectronicInvoice_1\" class=\"ReadOnlyOption\""
                + (Boolean.FALSE.equals(e.electronicInvoice()) ? "" : hidden) + ">No</span>";
        return """
                <div id="divPaymentDetail" class="PaymentDetail" data-payment-id="%s">
                  <div class="SubTitle">Detalle de la solicitud de pago</div>
                  <table class="DetailTable">
                    <tr><td class="FieldLabel">ID de pago</td><td><span id="spnDetailPaymentId">%s</span></td></tr>
                    <tr><td class="FieldLabel">Referencia de pago</td><td><span id="spnDetailReference">%s</span></td></tr>
                    <tr><td class="FieldLabel">¿Está obligado a facturar electrónicamente?</td><td>%s</td></tr>
                    <tr><td class="FieldLabel">CUFE</td><td><span id="spnDetailCufe" class="Cufe">%s</span></td></tr>
                    <tr><td class="FieldLabel">Número de factura o pago</td><td><span id="spnDetailInvoiceNr">%s</span></td></tr>
                    <tr><td class="FieldLabel">Fecha de emisión</td><td><span id="spnDetailIssueDate">%s</span></td></tr>
                    <tr><td class="FieldLabel">Fecha de vencimiento</td><td><span id="spnDetailDueDate">%s</span></td></tr>
                    <tr><td class="FieldLabel">Valor neto</td><td><span id="spnDetailNetValue" class="VortalNumericSpan">%s</span></td></tr>
                    <tr><td class="FieldLabel">Valor total</td><td><span id="spnDetailTotalValue" class="VortalNumericSpan">%s</span></td></tr>
                    <tr><td class="FieldLabel">Estado</td><td><span id="spnDetailState">%s</span></td></tr>
                    <tr><td class="FieldLabel">Notas</td><td><span id="spnDetailNotes">%s</span></td></tr>
                    %s
                  </table>
                %s  <div class="SubTitle">Documentos anexos</div>
                  <table id="tblDetailDocuments" class="VortalGrid"><tr class="gridHeader"><td>Nombre del documento</td><td>Tamaño</td><td></td></tr>%s</table>
                  <div class="SubTitle">Historial</div>
                  <table id="tblDetailHistory" class="VortalGrid"><tr class="gridHeader"><td>Estado</td><td>Fecha</td></tr>%s</table>
                  <div class="ButtonBar">
                    %s
                    %s
                  </div>
                </div>
                """.formatted(
                esc(e.paymentId()),
                esc(e.paymentId()),
                esc(e.reference()),
                electronic,
                esc(e.cufe()),
                esc(e.invoiceNumber()),
                Html.dateTime(e.issueDate()),
                Html.dateTime(e.dueDate()),
                Html.money(e.netValue()),
                Html.money(e.totalValue()),
                esc(e.state().label()),
                esc(e.notes()),
                rejected
                        ? "<tr class=\"RejectionRow\"><td class=\"FieldLabel\">Motivo del rechazo</td><td>"
                                + "<span id=\"spnRejectionReason\" class=\"ErrorMessage\">" + esc(e.rejectionReason())
                                + "</span></td></tr>"
                        : "",
                socialSecurity,
                docs,
                history,
                rejected
                        ? "<input type=\"button\" id=\"btnEditPayment\" class=\"VortalButton VortalBlueButton\" "
                                + "value=\"Editar\" data-payment-id=\"" + esc(e.paymentId()) + "\">"
                        : "",
                switch (where) {
                    case IN_SECTION ->
                        "<input type=\"button\" id=\"btnBackToPaymentPlan\" class=\"VortalButton\" "
                                + "value=\"Volver\">";
                    case WINDOW ->
                        "<input type=\"button\" id=\"btnCloseDetailWindow\" class=\"VortalButton\" "
                                + "value=\"Cerrar\">";
                    case TAB -> "";
                });
    }
}
