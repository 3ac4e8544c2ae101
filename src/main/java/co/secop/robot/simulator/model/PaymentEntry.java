package co.secop.robot.simulator.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a contract's Plan de pagos: an entity plan row ({@code planRow}, reference "Pago 3 de 12")
 * or a request the supplier created with "Crear" (reference "Solicitud de pago").
 * Immutable; {@link co.secop.robot.simulator.PortalState} replaces it on every change.
 */
public record PaymentEntry(
        String paymentId,
        long contractId,
        int sequence,
        boolean planRow,
        String reference,
        LocalDate expectedDate,
        BigDecimal plannedValue,
        Boolean electronicInvoice,
        String cufe,
        String invoiceNumber,
        LocalDateTime issueDate,
        LocalDateTime dueDate,
        BigDecimal netValue,
        BigDecimal totalValue,
        String notes,
        PaymentState state,
        String rejectionReason,
        List<Document> documents,
        List<HistoryEntry> history) {

    public static final String CREATED_REFERENCE = "Solicitud de pago";

    public PaymentEntry {
        documents = List.copyOf(documents);
        history = List.copyOf(history);
    }

    public static String id(long contractId, int sequence) {
        return "PP-" + contractId + "-" + sequence;
    }

    /** A fresh plan row in "Pendiente". */
    public static PaymentEntry planRow(
            long contractId,
            int sequence,
            String reference,
            LocalDate expectedDate,
            BigDecimal plannedValue,
            LocalDateTime at) {
        return new PaymentEntry(
                id(contractId, sequence),
                contractId,
                sequence,
                true,
                reference,
                expectedDate,
                plannedValue,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                PaymentState.PENDIENTE,
                null,
                List.of(),
                List.of(new HistoryEntry(PaymentState.PENDIENTE, at)));
    }

    /** A new entry created with "Crear", not registered yet (state set by {@link #registered}). */
    public static PaymentEntry created(long contractId, int sequence) {
        return new PaymentEntry(
                id(contractId, sequence),
                contractId,
                sequence,
                false,
                CREATED_REFERENCE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                PaymentState.BORRADOR,
                null,
                List.of(),
                List.of());
    }

    public boolean registered() {
        return invoiceNumber != null;
    }

    /** The invoice data from a confirmed form; the entry becomes "Borrador". */
    public PaymentEntry registered(ValidPayment data, LocalDateTime issue, List<Document> docs, LocalDateTime at) {
        return new PaymentEntry(
                paymentId,
                contractId,
                sequence,
                planRow,
                reference,
                expectedDate,
                plannedValue,
                data.electronicInvoice(),
                data.cufe(),
                data.invoiceNumber(),
                issue,
                data.dueDate(),
                data.netValue(),
                data.totalValue(),
                data.notes(),
                PaymentState.BORRADOR,
                rejectionReason,
                docs,
                appended(PaymentState.BORRADOR, at));
    }

    /** Plan row back to "Pendiente" with its invoice data cleared ("Borrar"). */
    public PaymentEntry cleared(LocalDateTime at) {
        return new PaymentEntry(
                paymentId,
                contractId,
                sequence,
                planRow,
                reference,
                expectedDate,
                plannedValue,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                PaymentState.PENDIENTE,
                null,
                List.of(),
                appended(PaymentState.PENDIENTE, at));
    }

    public PaymentEntry withState(PaymentState newState, LocalDateTime at) {
        return new PaymentEntry(
                paymentId,
                contractId,
                sequence,
                planRow,
                reference,
                expectedDate,
                plannedValue,
                electronicInvoice,
                cufe,
                invoiceNumber,
                issueDate,
                dueDate,
                netValue,
                totalValue,
                notes,
                newState,
                rejectionReason,
                documents,
                appended(newState, at));
    }

    public PaymentEntry rejected(String reason, LocalDateTime at) {
        return new PaymentEntry(
                paymentId,
                contractId,
                sequence,
                planRow,
                reference,
                expectedDate,
                plannedValue,
                electronicInvoice,
                cufe,
                invoiceNumber,
                issueDate,
                dueDate,
                netValue,
                totalValue,
                notes,
                PaymentState.RECHAZADO,
                reason,
                documents,
                appended(PaymentState.RECHAZADO, at));
    }

    private List<HistoryEntry> appended(PaymentState newState, LocalDateTime at) {
        List<HistoryEntry> list = new ArrayList<>(history);
        list.add(new HistoryEntry(newState, at));
        return list;
    }
}
