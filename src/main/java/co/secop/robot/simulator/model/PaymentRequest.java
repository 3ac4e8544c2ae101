package co.secop.robot.simulator.model;

/**
 * The payment request form as posted by "Confirmar": raw texts, exactly as typed
 * (money "3.500.000,00", due date "dd/MM/yyyy HH:mm"). {@code electronicInvoice} is null when
 * neither "Sí" nor "No" was chosen.
 */
public record PaymentRequest(
        Boolean electronicInvoice,
        String cufe,
        String invoiceNumber,
        String dueDate,
        String netValue,
        String totalValue,
        String notes) {}
