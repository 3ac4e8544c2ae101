package co.secop.robot.simulator.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The payment request form once validated: every value parsed. */
public record ValidPayment(
        boolean electronicInvoice,
        String cufe,
        String invoiceNumber,
        LocalDateTime dueDate,
        BigDecimal netValue,
        BigDecimal totalValue,
        String notes) {}
