package co.secop.robot.batch;

import co.secop.robot.portal.PaymentDetailView;
import co.secop.robot.portal.PaymentEntry;
import co.secop.robot.portal.PaymentPlanSection;
import co.secop.robot.portal.PaymentRequestForm;
import co.secop.robot.portal.PortalStates;
import co.secop.robot.spreadsheet.PaymentRow;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Files one row in Plan de pagos as the guide says: Crear (or Registro, or Detalle → Editar → Registro
 * for a rejected entry), fill the form, attach the ZIP, Confirmar, Enviar, and read the final state.
 * Before every "Enviar" it reads Plan de pagos again, so nothing is ever sent twice.
 */
final class PaymentFiler {

    /** Told right before "Enviar" is pressed, so an interruption there is never forgotten. */
    interface SendHook {
        void aboutToSend(PaymentRow row, PaymentEntry entry, boolean correction);
    }

    private final FilingPlanner planner = new FilingPlanner();
    private final boolean dryRun;
    private final SendHook sendHook;

    PaymentFiler(boolean dryRun, SendHook sendHook) {
        this.dryRun = dryRun;
        this.sendHook = sendHook;
    }

    /** The result of filing: what the portal shows at the end. */
    record Filed(RowStatus status, String message, PaymentEntry entry, PaymentPlanSection plan) {
    }

    Filed file(PaymentRow row, Path supportsZip, PaymentPlanSection plan, StepLog steps) {
        FilingAction action = planner.decide(row.number(), row.period(), plan.entries(), plan.hasCreateButton());
        steps.add(describe(action, row));
        if (action instanceof FilingAction.Create) {
            return fillConfirmAndSend(row, supportsZip, plan.create(), false, steps);
        }
        if (action instanceof FilingAction.RegisterPlanRow register) {
            return fillConfirmAndSend(row, supportsZip, plan.register(register.entry()), false, steps);
        }
        if (action instanceof FilingAction.CorrectRejected correct) {
            return correct(row, supportsZip, plan, correct, steps);
        }
        if (action instanceof FilingAction.SendExisting) {
            return send(row, plan, false, steps);
        }
        if (action instanceof FilingAction.AlreadyFiled filed) {
            return new Filed(RowStatus.ALREADY_FILED, "Ya estaba radicado: el portal lo muestra «"
                    + filed.entry().state() + "». No se envió de nuevo.", filed.entry(), plan);
        }
        throw new RowFailure(((FilingAction.Impossible) action).reason());
    }

    private Filed correct(PaymentRow row, Path supportsZip, PaymentPlanSection plan,
                          FilingAction.CorrectRejected correct, StepLog steps) {
        PaymentPlanSection current = plan;
        if (!correct.alreadyInEdition()) {
            PaymentDetailView detail = current.openDetail(correct.entry());
            steps.add("Motivo del rechazo: «" + detail.rejectionReason().orElse("(sin motivo)") + "»");
            current = detail.edit();
            steps.add("Pulsó «Editar»: la solicitud quedó «" + PortalStates.IN_EDITION + "»");
        }
        PaymentEntry entry = find(current, row).orElseThrow(() -> new RowFailure(
                "Después de «Editar» no se encontró la solicitud " + row.number() + " en Plan de pagos."));
        return fillConfirmAndSend(row, supportsZip, current.register(entry), true, steps);
    }

    private Filed fillConfirmAndSend(PaymentRow row, Path supportsZip, PaymentRequestForm form, boolean correction,
                                     StepLog steps) {
        form.electronicInvoice(row.electronicInvoice()).invoiceNumber(row.number())
                .netValue(row.netValue()).totalValue(row.totalValue()).notes(row.notes());
        row.dueDate().ifPresent(form::dueDate);
        if (row.electronicInvoice()) {
            form.cufe(row.cufe());
            String validation = form.validateCufe();
            steps.add("Validó el CUFE: «" + validation + "»");
        }
        steps.add("Llenó el formulario (número " + row.number() + ", valor neto y total)");
        form = form.attach(List.of(supportsZip));
        steps.add("Anexó " + supportsZip.getFileName() + ": «Documento anexo»");
        PaymentPlanSection plan = form.confirm();
        steps.add("Pulsó «Confirmar»");
        return send(row, plan, correction, steps);
    }

    private Filed send(PaymentRow row, PaymentPlanSection plan, boolean correction, StepLog steps) {
        // The portal is the source of truth: read the row again right before sending.
        PaymentEntry entry = find(plan, row).orElseThrow(() -> new RowFailure(
                "La solicitud " + row.number() + " no aparece en Plan de pagos después de «Confirmar»."));
        if (PortalStates.SENT.equals(entry.state())) {
            return new Filed(correction ? RowStatus.CORRECTED : RowStatus.SENT,
                    "Ya aparece «" + PortalStates.SENT + "».", entry, plan);
        }
        if (dryRun) {
            steps.add("Ensayo: se detuvo antes de «Enviar»");
            return new Filed(RowStatus.DRY_RUN, "Ensayo: quedó «" + entry.state() + "», listo para «Enviar».",
                    entry, plan);
        }
        sendHook.aboutToSend(row, entry, correction);
        PaymentPlanSection after = plan.send(entry);
        steps.add("Pulsó «Enviar» (una sola vez)");
        PaymentEntry sent = find(after, row).orElseThrow(() -> new RowFailure(
                "La solicitud " + row.number() + " desapareció de Plan de pagos después de «Enviar»."));
        if (!PortalStates.SENT.equals(sent.state())) {
            throw new RowFailure("Después de «Enviar» el portal muestra «" + sent.state() + "» en vez de «"
                    + PortalStates.SENT + "».");
        }
        steps.add("Verificó el estado «" + sent.state() + "»");
        return new Filed(correction ? RowStatus.CORRECTED : RowStatus.SENT,
                (correction ? "Corrección enviada" : "Enviado") + ": «" + sent.state() + "».", sent, after);
    }

    private static Optional<PaymentEntry> find(PaymentPlanSection plan, PaymentRow row) {
        return plan.entries().stream().filter(e -> FilingPlanner.sameNumber(e.invoiceNumber(), row.number())).findFirst();
    }

    private static String describe(FilingAction action, PaymentRow row) {
        if (action instanceof FilingAction.Create) {
            return "Decisión: no existe la solicitud " + row.number() + " → «Crear»";
        }
        if (action instanceof FilingAction.RegisterPlanRow register) {
            return "Decisión: fila del plan de la entidad «" + register.entry().reference() + "» → «Registro»";
        }
        if (action instanceof FilingAction.CorrectRejected correct) {
            return "Decisión: la solicitud " + row.number() + " está «" + correct.entry().state()
                    + "» → corregir y reenviar";
        }
        if (action instanceof FilingAction.SendExisting) {
            return "Decisión: la solicitud " + row.number() + " está confirmada pero no enviada → «Enviar»";
        }
        if (action instanceof FilingAction.AlreadyFiled filed) {
            return "Decisión: la solicitud " + row.number() + " ya está «" + filed.entry().state()
                    + "» → no se hace nada";
        }
        return "Decisión: no se puede radicar (" + ((FilingAction.Impossible) action).reason() + ")";
    }
}
