package co.secop.robot.portal;

/** Confirmation after "Borrar" of a payment request. */
public final class DeleteConfirmationDialog extends Page {

    private final String paymentId;
    private final String stateBefore;

    DeleteConfirmationDialog(PortalSession session, String paymentId, String stateBefore) {
        super(session);
        this.paymentId = paymentId;
        this.stateBefore = stateBefore;
    }

    DeleteConfirmationDialog awaitShown() {
        wait.visible(by("dialogo-borrar.dialogo"), "la confirmación de «Borrar»");
        return this;
    }

    public String text() {
        return ui.text(by("dialogo-borrar.dialogo"));
    }

    /** "Aceptar": the row disappears (created requests) or goes back to "Pendiente" (entity plan rows). */
    public PaymentPlanSection accept() {
        PaymentPlanSection plan = new PaymentPlanSection(session);
        plan.markForReload("plan.contenedor");
        ui.click(by("dialogo-borrar.aceptar"), "«Aceptar» de la confirmación de borrado");
        wait.invisible(by("dialogo-borrar.dialogo"), "que se cierre la confirmación de borrado");
        return plan.awaitReload("que se borre la solicitud «" + paymentId + "»", rows -> rows.stream()
                .noneMatch(r -> Texts.same(r.paymentId(), paymentId)
                        && PortalStates.normalizePayment(r.state()).equals(stateBefore)));
    }

    public PaymentPlanSection cancel() {
        ui.click(by("dialogo-borrar.cancelar"), "«Cancelar» de la confirmación de borrado");
        wait.invisible(by("dialogo-borrar.dialogo"), "que se cierre la confirmación de borrado");
        return new PaymentPlanSection(session).awaitLoaded();
    }
}
