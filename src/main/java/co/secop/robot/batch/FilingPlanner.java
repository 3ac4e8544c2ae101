package co.secop.robot.batch;

import co.secop.robot.portal.PaymentEntry;
import co.secop.robot.portal.PortalStates;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides, from Plan de pagos as the portal shows it now, what filing one row needs. The portal is the
 * source of truth: run twice on the same rows, the second run finds everything filed and does nothing.
 */
public final class FilingPlanner {

    public FilingAction decide(String number, YearMonth period, List<PaymentEntry> entries, boolean createAvailable) {
        Optional<PaymentEntry> same = entries.stream().filter(e -> sameNumber(e.invoiceNumber(), number)).findFirst();
        if (same.isPresent()) {
            return forExisting(same.get());
        }
        List<PaymentEntry> planRows = entries.stream().filter(e -> PortalStates.PENDING.equals(e.state())).toList();
        if (!planRows.isEmpty()) {
            return planRows.stream()
                    .filter(e -> e.expectedDate().map(YearMonth::from).filter(period::equals).isPresent())
                    .findFirst()
                    .or(() -> planRows.stream().findFirst())
                    .<FilingAction>map(FilingAction.RegisterPlanRow::new)
                    .orElseThrow();
        }
        if (createAvailable) {
            return new FilingAction.Create();
        }
        return new FilingAction.Impossible(entries.isEmpty()
                ? "El contrato no muestra el botón «Crear» en Plan de pagos."
                : "El plan de pagos de la entidad no tiene filas pendientes de registro para este pago.");
    }

    private static FilingAction forExisting(PaymentEntry entry) {
        return switch (entry.state()) {
            case PortalStates.DRAFT -> new FilingAction.SendExisting(entry);
            case PortalStates.REJECTED -> new FilingAction.CorrectRejected(entry, false);
            case PortalStates.IN_EDITION -> new FilingAction.CorrectRejected(entry, true);
            case PortalStates.SENT, PortalStates.ACCEPTED, PortalStates.PAID -> new FilingAction.AlreadyFiled(entry);
            default -> new FilingAction.Impossible("La solicitud de pago " + entry.invoiceNumber()
                    + " está en un estado que el robot no sabe tratar: «" + entry.state() + "».");
        };
    }

    static boolean sameNumber(String shown, String wanted) {
        return shown != null && normalize(shown).equals(normalize(wanted));
    }

    private static String normalize(String number) {
        return number.strip().toUpperCase(Locale.ROOT);
    }
}
