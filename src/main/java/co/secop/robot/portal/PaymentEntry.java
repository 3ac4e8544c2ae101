package co.secop.robot.portal;

import co.secop.robot.portal.locate.Texts;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One row of "Plan de pagos", texts as the portal shows them (state in Spanish).
 *
 * @param index         the row's index in the portal's ids ({@code spnPaymentIdSpan_<index>})
 * @param paymentId     e.g. {@code PP-7784301-1}
 * @param reference     e.g. {@code Pago 11 de 12} (entity plan) or {@code Solicitud de pago}
 * @param expectedDate  the plan's expected payment date, when the entity set one
 * @param invoiceNumber "Número de factura o pago" (empty until registered)
 * @param totalValue    e.g. {@code 3.500.000,00 COP} (empty until registered)
 * @param state         e.g. {@code Pendiente}, {@code Borrador}, {@code Enviado a la entidad estatal}
 * @param actions       the buttons the row offers: {@value #REGISTER}, {@value #SEND}, {@value #DELETE}, {@value #DETAIL}
 */
public record PaymentEntry(
        int index,
        String paymentId,
        String reference,
        Optional<LocalDate> expectedDate,
        String invoiceNumber,
        String totalValue,
        String state,
        Set<String> actions) {

    public static final String REGISTER = "Registro";
    public static final String SEND = "Enviar";
    public static final String DELETE = "Borrar";
    public static final String DETAIL = "Detalle";

    public PaymentEntry {
        actions = Set.copyOf(actions);
    }

    public boolean can(String action) {
        return actions.contains(action);
    }

    /** True when the invoice number is {@code number} (spaces, accents and case ignored). */
    public boolean hasInvoiceNumber(String number) {
        return number != null && !number.isBlank() && Texts.same(invoiceNumber, number);
    }
}
