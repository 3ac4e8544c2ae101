package co.secop.robot.batch;

import co.secop.robot.portal.PaymentDetailView;
import co.secop.robot.portal.PaymentEntry;
import co.secop.robot.portal.PaymentPlanSection;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.portal.PortalStates;
import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.spreadsheet.PaymentRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./secop estado}: reads each row's entry in Plan de pagos without changing anything, and the
 * supervisor's reason when it was rejected, so the contractor knows what to correct.
 */
public final class StatusReader {

    /**
     * What the portal shows for one row.
     *
     * @param state  the entry's state, or a Spanish explanation when there is none
     * @param reason the supervisor's reason when "Rechazado"
     */
    public record RowState(PaymentRow row, Optional<String> paymentId, String state, Optional<String> reason) {}

    private final PortalNavigator navigator;
    private final PortalSession portal;
    private final Optional<Evidence> evidence;

    public StatusReader(
            PortalSession portal, String loginUrl, String user, char[] password, Optional<String> preferredCompany) {
        this(portal, loginUrl, user, password, preferredCompany, Optional.empty());
    }

    /** @param evidence where to keep the screenshot and the HTML of every window and iframe of a row not read */
    public StatusReader(
            PortalSession portal,
            String loginUrl,
            String user,
            char[] password,
            Optional<String> preferredCompany,
            Optional<Evidence> evidence) {
        this.navigator = new PortalNavigator(portal, loginUrl, user, password, preferredCompany);
        this.portal = portal;
        this.evidence = evidence;
    }

    public List<RowState> read(List<PaymentRow> rows) {
        navigator.signIn();
        List<RowState> states = new ArrayList<>();
        for (PaymentRow row : rows) {
            states.add(read(row));
        }
        return states;
    }

    private RowState read(PaymentRow row) {
        try {
            PaymentPlanSection plan =
                    navigator.openPaymentPlan(row.contract(), row.company(), new StepLog(row.describe()));
            Optional<PaymentEntry> entry = plan.entries().stream()
                    .filter(e -> FilingPlanner.sameNumber(e.invoiceNumber(), row.number()))
                    .findFirst();
            if (entry.isEmpty()) {
                return new RowState(
                        row,
                        Optional.empty(),
                        "Sin radicar (no hay solicitud con el número " + row.number() + ")",
                        Optional.empty());
            }
            Optional<String> reason = Optional.empty();
            if (PortalStates.REJECTED.equals(entry.get().state())) {
                PaymentDetailView detail = plan.openDetail(entry.get());
                reason = detail.rejectionReason();
                detail.back();
            }
            return new RowState(
                    row, Optional.of(entry.get().paymentId()), entry.get().state(), reason);
        } catch (RowFailure | PortalException e) {
            evidence.ifPresent(ev -> ev.failure(row.rowNumber(), portal));
            portal.closeOtherWindows();
            return new RowState(row, Optional.empty(), "No se pudo leer: " + e.getMessage(), Optional.empty());
        }
    }
}
