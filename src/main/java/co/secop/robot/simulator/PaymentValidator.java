package co.secop.robot.simulator;

import co.secop.robot.simulator.model.CufeCheck;
import co.secop.robot.simulator.model.PaymentEntry;
import co.secop.robot.simulator.model.PaymentRequest;
import co.secop.robot.simulator.model.PaymentValidationException;
import co.secop.robot.simulator.model.ValidPayment;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Server-side validation of "Confirmar" (every message in Spanish, in the order the form shows them). */
final class PaymentValidator {

    static final int MAX_NUMBER_LENGTH = 50;
    static final int MAX_NOTES_LENGTH = 2000;

    private PaymentValidator() {}

    static ValidPayment validate(
            PaymentRequest request,
            List<PaymentEntry> otherEntries,
            BigDecimal unpaidBalance,
            int documentCount,
            CufeCheck validatedCufe) {
        List<String> errors = new ArrayList<>();
        Boolean electronic = request.electronicInvoice();
        if (electronic == null) {
            errors.add("Debe indicar si está obligado a facturar electrónicamente.");
        }
        String number = trim(request.invoiceNumber());
        if (number.isEmpty()) {
            errors.add("El número de factura o pago es obligatorio.");
        } else if (number.length() > MAX_NUMBER_LENGTH) {
            errors.add("El número de factura o pago no puede tener más de " + MAX_NUMBER_LENGTH + " caracteres.");
        }
        BigDecimal net = money(request.netValue(), "El valor neto", errors);
        BigDecimal total = money(request.totalValue(), "El valor total", errors);
        String cufe = trim(request.cufe());
        if (Boolean.TRUE.equals(electronic)) {
            if (cufe.isEmpty()) {
                errors.add("El CUFE es obligatorio cuando está obligado a facturar electrónicamente.");
            } else if (validatedCufe == null || !validatedCufe.covers(cufe, number, total)) {
                errors.add("Debe validar el CUFE ante la DIAN con el botón «Validar».");
            }
        }
        if (net != null && total != null && net.compareTo(total) > 0) {
            errors.add("El valor neto no puede ser mayor que el valor total.");
        }
        if (total != null && total.compareTo(unpaidBalance) > 0) {
            errors.add("El valor total supera el saldo por pagar del contrato (" + PortalFormat.money(unpaidBalance)
                    + ").");
        }
        if (!number.isEmpty()
                && otherEntries.stream()
                        .anyMatch(e -> e.invoiceNumber() != null
                                && e.invoiceNumber().strip().equalsIgnoreCase(number))) {
            errors.add("Ya existe una solicitud de pago con el número " + number + " en este contrato.");
        }
        if (documentCount == 0) {
            errors.add("Debe anexar al menos un documento.");
        }
        LocalDateTime due = dueDate(request.dueDate(), errors);
        String notes = trim(request.notes());
        if (notes.length() > MAX_NOTES_LENGTH) {
            errors.add("Las notas no pueden superar los " + MAX_NOTES_LENGTH + " caracteres.");
        }
        if (!errors.isEmpty()) {
            throw new PaymentValidationException(errors);
        }
        return new ValidPayment(
                electronic,
                electronic ? cufe.toLowerCase(java.util.Locale.ROOT) : null,
                number,
                due,
                net,
                total,
                notes.isEmpty() ? null : notes);
    }

    private static BigDecimal money(String text, String field, List<String> errors) {
        if (text == null || text.isBlank()) {
            errors.add(field + " es obligatorio.");
            return null;
        }
        BigDecimal value;
        try {
            value = PortalFormat.parseMoney(text);
        } catch (IllegalArgumentException e) {
            errors.add(field + " no es un valor válido.");
            return null;
        }
        if (value.signum() <= 0) {
            errors.add(field + " debe ser mayor que cero.");
            return null;
        }
        return value;
    }

    private static LocalDateTime dueDate(String text, List<String> errors) {
        if (text == null || text.isBlank()) {
            errors.add("La fecha de vencimiento es obligatoria.");
            return null;
        }
        try {
            return PortalFormat.parseDateInput(text);
        } catch (IllegalArgumentException e) {
            errors.add("La fecha de vencimiento no es válida (formato dd/MM/aaaa HH:mm).");
            return null;
        }
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }
}
