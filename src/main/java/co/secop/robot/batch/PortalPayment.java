package co.secop.robot.batch;

import co.secop.robot.portal.PaymentDetailView;
import co.secop.robot.portal.PaymentFormValues;
import co.secop.robot.portal.ShownDocument;
import co.secop.robot.portal.ShownPlanilla;
import java.util.List;
import java.util.Optional;

/**
 * What SECOP II holds for one payment request, as text read on the page (the form before «Confirmar», the
 * payment's «Detalle» before «Enviar», with the state the plan shows after it). The reports and the supervisor's e-mail carry these
 * values, not the sheet's.
 *
 * @param where     in Spanish: {@code el formulario} or {@code el detalle de la solicitud}
 * @param netValue  as shown ({@code 3.500.000,00} or {@code 3.500.000 COP})
 * @param dueDate   as shown; empty when not read
 * @param planillas the social-security block as the detail showed it right before «Enviar» (or, when the detail
 *                  shows none, as the form showed it right before «Confirmar»): number, date, state and what the
 *                  platform computed; empty when the portal showed no block
 */
public record PortalPayment(
        String where,
        String paymentId,
        String invoiceNumber,
        Optional<Boolean> electronicInvoice,
        String cufe,
        String netValue,
        String totalValue,
        String dueDate,
        String notes,
        List<ShownDocument> documents,
        String state,
        List<ShownPlanilla> planillas) {

    public PortalPayment {
        documents = List.copyOf(documents);
        planillas = planillas == null ? List.of() : List.copyOf(planillas);
    }

    public PortalPayment(
            String where,
            String paymentId,
            String invoiceNumber,
            Optional<Boolean> electronicInvoice,
            String cufe,
            String netValue,
            String totalValue,
            String dueDate,
            String notes,
            List<ShownDocument> documents,
            String state) {
        this(
                where,
                paymentId,
                invoiceNumber,
                electronicInvoice,
                cufe,
                netValue,
                totalValue,
                dueDate,
                notes,
                documents,
                state,
                List.of());
    }

    /** The same values with the planillas the form showed (when the detail of the request shows none). */
    public PortalPayment withPlanillas(List<ShownPlanilla> shown) {
        return new PortalPayment(
                where,
                paymentId,
                invoiceNumber,
                electronicInvoice,
                cufe,
                netValue,
                totalValue,
                dueDate,
                notes,
                documents,
                state,
                shown);
    }

    /** {@code 9523456711 del 05/11/2026: Consulta exitosa, IBC 1.400.000,00 COP}; "" without planillas. */
    public String planillaList() {
        return String.join("; ", planillaLines());
    }

    /** One {@link #planillaList()} item per planilla, for the supervisor's e-mail. */
    public List<String> planillaLines() {
        return planillas.stream()
                .map(p -> p.number() + " del " + p.paymentDate()
                        + (p.state().isEmpty() ? "" : ": " + p.state())
                        + (p.ibc().isEmpty() ? "" : ", IBC " + p.ibc()))
                .toList();
    }

    static PortalPayment of(PaymentFormValues form, List<ShownDocument> documents) {
        return new PortalPayment(
                "el formulario",
                "",
                form.invoiceNumber(),
                form.electronicInvoice(),
                form.cufe(),
                form.netValue(),
                form.totalValue(),
                form.dueDate(),
                form.notes(),
                documents,
                "");
    }

    static PortalPayment of(PaymentDetailView detail) {
        return new PortalPayment(
                "el detalle de la solicitud",
                detail.paymentId(),
                detail.invoiceNumber(),
                detail.electronicInvoice(),
                detail.cufe(),
                detail.netValue(),
                detail.totalValue(),
                detail.dueDate(),
                detail.notes(),
                detail.documentsWithSizes(),
                detail.state(),
                detail.planillas());
    }

    /** The same values with the state the portal shows now (after «Enviar» only the state changes). */
    PortalPayment withState(String newState) {
        return new PortalPayment(
                where,
                paymentId,
                invoiceNumber,
                electronicInvoice,
                cufe,
                netValue,
                totalValue,
                dueDate,
                notes,
                documents,
                newState,
                planillas);
    }

    /** {@code a.zip (12,5 KB), b.zip}. */
    public String documentList() {
        return documents.stream()
                .map(d -> d.size().isEmpty() ? d.name() : d.name() + " (" + d.size() + ")")
                .reduce((a, b) -> a + ", " + b)
                .orElse("(ninguno)");
    }
}
