package co.secop.robot.portal;

import java.util.List;
import java.util.Optional;

/**
 * What the "Solicitud de pago" form shows, as text (money "3.500.000,00", dates "dd/MM/yyyy HH:mm").
 *
 * @param electronicInvoice the answer to "¿Está obligado a facturar electrónicamente?", empty when none
 */
public record PaymentFormValues(
        Optional<Boolean> electronicInvoice,
        String cufe,
        String invoiceNumber,
        String issueDate,
        String dueDate,
        String netValue,
        String totalValue,
        String notes,
        List<String> documents) {

    public PaymentFormValues {
        documents = List.copyOf(documents);
    }
}
