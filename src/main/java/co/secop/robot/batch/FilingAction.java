package co.secop.robot.batch;

import co.secop.robot.portal.PaymentEntry;

/** What the robot must do in Plan de pagos for one row, decided from what the portal shows. */
public sealed interface FilingAction {

    /** No entry with this number and the entity defined no plan: "Crear". */
    record Create() implements FilingAction {}

    /** The entity's plan row for the period (or the first one not registered): "Registro". */
    record RegisterPlanRow(PaymentEntry entry) implements FilingAction {}

    /** Confirmed earlier but never sent: just "Enviar". */
    record SendExisting(PaymentEntry entry) implements FilingAction {}

    /** "Rechazado" (or left "En edición" by an interrupted correction): Detalle → Editar → Registro. */
    record CorrectRejected(PaymentEntry entry, boolean alreadyInEdition) implements FilingAction {}

    /** Already with the entity ("Enviado a la entidad estatal", "Aceptada", "Pagado"): nothing to do. */
    record AlreadyFiled(PaymentEntry entry) implements FilingAction {}

    /** The portal leaves no way to file this row; the reason is Spanish. */
    record Impossible(String reason) implements FilingAction {}
}
