package co.secop.robot.spreadsheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One social-security payment (planilla PILA) of the sheet: its number (6 or more digits) and the day it was
 * paid. SECOP II checks both against the Ministry of Health's SICOPI.
 */
public record Planilla(String number, LocalDate paymentDate) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Planilla {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(paymentDate, "paymentDate");
    }

    /** {@code 30/11/2026}: how the sheet and the portal write the payment date. */
    public String paymentDateText() {
        return SHOWN.format(paymentDate);
    }

    /** {@code 9012345678 (pagada el 02/11/2026)}. */
    public String describe() {
        return number + " (pagada el " + paymentDateText() + ")";
    }
}
