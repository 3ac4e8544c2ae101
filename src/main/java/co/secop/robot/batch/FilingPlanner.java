package co.secop.robot.batch;

import co.secop.robot.portal.PaymentEntry;
import co.secop.robot.portal.PortalStates;
import co.secop.robot.spreadsheet.Column;
import co.secop.robot.spreadsheet.InvoiceNumbers;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.PeriodParser;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides, from Plan de pagos as the portal shows it now, what filing one row needs. The portal is the
 * source of truth: run twice on the same rows, the second run finds everything filed and does nothing.
 */
public final class FilingPlanner {

    public FilingAction decide(PaymentRow row, List<PaymentEntry> entries, boolean createAvailable) {
        return decide(row.number(), row.period(), row.planReference(), entries, createAvailable);
    }

    public FilingAction decide(String number, YearMonth period, List<PaymentEntry> entries, boolean createAvailable) {
        return decide(number, period, Optional.empty(), entries, createAvailable);
    }

    /**
     * @param reference the sheet's «Referencia del plan» ({@code Pago 11 de 12}), which picks the entity's plan row
     *                  explicitly; without it the row whose expected date falls in {@code period} is used, and none
     *                  is never guessed: the row fails with the plan's rows listed
     */
    public FilingAction decide(
            String number,
            YearMonth period,
            Optional<String> reference,
            List<PaymentEntry> entries,
            boolean createAvailable) {
        Optional<PaymentEntry> same = entries.stream()
                .filter(e -> sameNumber(e.invoiceNumber(), number))
                .findFirst();
        if (same.isPresent()) {
            return forExisting(same.get());
        }
        List<PaymentEntry> planRows = entries.stream()
                .filter(e -> PortalStates.PENDING.equals(e.state()))
                .toList();
        if (reference.isPresent()) {
            return entries.stream()
                    .filter(e -> referenceKey(e.reference()).equals(referenceKey(reference.get())))
                    .findFirst()
                    .<FilingAction>map(e -> PortalStates.PENDING.equals(e.state())
                            ? new FilingAction.RegisterPlanRow(e)
                            : new FilingAction.Impossible("La fila «" + e.reference() + "» del plan de pagos ya está «"
                                    + e.state() + "» con el número " + e.invoiceNumber() + ". Filas del plan: "
                                    + list(entries)
                                    + "."))
                    .orElseGet(() -> new FilingAction.Impossible("El plan de pagos no tiene la fila «"
                            + reference.get().strip() + "» de la columna «Referencia del plan». Filas del plan: "
                            + list(entries) + "."));
        }
        if (!planRows.isEmpty()) {
            List<PaymentEntry> ofPeriod = planRows.stream()
                    .filter(e -> e.expectedDate()
                            .map(YearMonth::from)
                            .filter(period::equals)
                            .isPresent())
                    .toList();
            if (ofPeriod.size() == 1) {
                return new FilingAction.RegisterPlanRow(ofPeriod.get(0));
            }
            return new FilingAction.Impossible((ofPeriod.isEmpty()
                            ? "Ninguna fila pendiente del plan de pagos de la entidad es del periodo "
                                    + PeriodParser.label(period)
                            : "Varias filas pendientes del plan de pagos son del periodo " + PeriodParser.label(period))
                    + ". Filas del plan: " + list(entries) + ". Revise el periodo o escriba en la columna «"
                    + Column.PLAN_REFERENCE.header() + "» la fila que corresponde (por ejemplo «"
                    + planRows.get(0).reference() + "»).");
        }
        if (createAvailable) {
            return new FilingAction.Create();
        }
        return new FilingAction.Impossible(
                entries.isEmpty()
                        ? "El contrato no muestra el botón «Crear» en Plan de pagos."
                        : "El plan de pagos de la entidad no tiene filas pendientes de registro para este pago. Filas del plan: "
                                + list(entries) + ".");
    }

    /** {@code «Pago 1 de 12» (31/01/2026, Enviado a la entidad estatal), ...}. */
    static String list(List<PaymentEntry> entries) {
        return entries.stream()
                .map(e -> "«" + (e.reference().isBlank() ? e.paymentId() : e.reference()) + "» ("
                        + e.expectedDate().map(DATE::format).orElse("sin fecha") + ", " + e.state()
                        + (e.invoiceNumber().isBlank() ? "" : ", número " + e.invoiceNumber()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static String referenceKey(String reference) {
        return InvoiceNumbers.key(reference);
    }

    private static FilingAction forExisting(PaymentEntry entry) {
        return switch (entry.state()) {
            case PortalStates.DRAFT -> new FilingAction.SendExisting(entry);
            case PortalStates.REJECTED -> new FilingAction.CorrectRejected(entry, false);
            case PortalStates.IN_EDITION -> new FilingAction.CorrectRejected(entry, true);
            case PortalStates.SENT, PortalStates.ACCEPTED, PortalStates.PAID -> new FilingAction.AlreadyFiled(entry);
            default ->
                new FilingAction.Impossible("La solicitud de pago " + entry.invoiceNumber()
                        + " está en un estado que el robot no sabe tratar: «" + entry.state() + "».");
        };
    }

    static boolean sameNumber(String shown, String wanted) {
        return InvoiceNumbers.same(shown, wanted);
    }
}
