package co.secop.robot.portal;

/** "Mensaje de confirmación" after "Enviar": "¿Está seguro de enviar la solicitud de pago...?". */
public final class SendConfirmationDialog extends Page {

    private final String paymentId;
    private final String stateBefore;

    SendConfirmationDialog(PortalSession session, String paymentId, String stateBefore) {
        super(session);
        this.paymentId = paymentId;
        this.stateBefore = stateBefore;
    }

    SendConfirmationDialog awaitShown() {
        wait.visible(by("dialogo-enviar.dialogo"), "la confirmación de «Enviar»");
        return this;
    }

    public String text() {
        return ui.text(by("dialogo-enviar.dialogo"));
    }

    /** "Aceptar": sends the request and waits until the row's state changed. */
    public PaymentPlanSection accept() {
        PaymentPlanSection plan = new PaymentPlanSection(session);
        plan.markForReload("plan.contenedor");
        ui.click(by("dialogo-enviar.aceptar"), "«Aceptar» de la confirmación de envío");
        wait.invisible(by("dialogo-enviar.dialogo"), "que se cierre la confirmación de envío");
        return plan.awaitReload("que la solicitud «" + paymentId + "» quede enviada", rows -> rows.stream()
                .anyMatch(r -> Texts.same(r.paymentId(), paymentId)
                        && !r.state().isEmpty()
                        && !PortalStates.normalizePayment(r.state()).equals(stateBefore)));
    }

    /** "Cancelar": nothing is sent. */
    public PaymentPlanSection cancel() {
        ui.click(by("dialogo-enviar.cancelar"), "«Cancelar» de la confirmación de envío");
        wait.invisible(by("dialogo-enviar.dialogo"), "que se cierre la confirmación de envío");
        return new PaymentPlanSection(session).awaitLoaded();
    }
}
