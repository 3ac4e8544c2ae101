package co.secop.robot.batch;

import co.secop.robot.notification.AttachedDocument;
import co.secop.robot.portal.CheckAnswer;
import co.secop.robot.portal.PaymentDetailView;
import co.secop.robot.portal.PaymentEntry;
import co.secop.robot.portal.PaymentPlanSection;
import co.secop.robot.portal.PaymentRequestForm;
import co.secop.robot.portal.PortalStates;
import co.secop.robot.portal.ShownDocument;
import co.secop.robot.portal.ShownPlanilla;
import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.spreadsheet.InvoiceNumbers;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.Planilla;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Files one row in Plan de pagos as the guide says: Crear (or Registro, or Detalle → Editar → Registro
 * for a rejected entry), fill the form, attach the ZIP, Confirmar, Enviar, and read the final state.
 * Before every "Enviar" it reads Plan de pagos again, so nothing is ever sent twice.
 */
final class PaymentFiler {

    /** Told right before "Enviar" is pressed, so an interruption there is never forgotten. */
    interface SendHook {
        void aboutToSend(PaymentRow row, PaymentEntry entry, boolean correction);

        /** SECOP II kept {@code draft} when the form was closed without sending: the next run reuses it. */
        void draftLeft(PaymentRow row, PaymentEntry draft);

        /** The payment id of a draft an earlier attempt left for this row (journal), if any. */
        Optional<String> draftLeft(PaymentRow row);
    }

    private final FilingPlanner planner = new FilingPlanner();
    private final PlanillaPlanner planillaPlanner = new PlanillaPlanner();
    private final boolean dryRun;
    private final SendHook sendHook;

    PaymentFiler(boolean dryRun, SendHook sendHook) {
        this.dryRun = dryRun;
        this.sendHook = sendHook;
    }

    /**
     * The result of filing: what the portal shows at the end.
     *
     * @param portal what the payment's «Detalle» showed last (right before «Enviar», with the state the plan
     *               shows after it, when it was sent)
     */
    record Filed(
            RowStatus status,
            String message,
            PaymentEntry entry,
            PaymentPlanSection plan,
            Optional<PortalPayment> portal) {}

    Filed file(PaymentRow row, Path supportsZip, PaymentPlanSection plan, StepLog steps) {
        Attempt attempt = new Attempt(row, supportsZip, AttachedDocument.of(supportsZip), steps);
        Filed filed = fileWith(attempt, row, plan, steps);
        if (attempt.planillaNote.isEmpty()) {
            return filed;
        }
        return new Filed(
                filed.status(),
                filed.message() + " " + attempt.planillaNote,
                filed.entry(),
                filed.plan(),
                filed.portal());
    }

    private Filed fileWith(Attempt attempt, PaymentRow row, PaymentPlanSection plan, StepLog steps) {
        FilingAction action = planner.decide(row, plan.entries(), plan.hasCreateButton());
        Optional<PaymentEntry> left =
                action instanceof FilingAction.Create ? draftLeftBefore(row, plan) : Optional.empty();
        if (left.isPresent()) {
            steps.add("Decisión: SECOP II guardó el borrador «" + left.get().paymentId() + "» de esta fila en una"
                    + " ejecución anterior, al cerrar el formulario sin enviar → «Registro» de ese borrador (no se"
                    + " crea otro)");
            return attempt.fillConfirmAndSend(plan.register(left.get()), false, true, false);
        }
        steps.add(describe(action, row));
        if (action instanceof FilingAction.Create) {
            attempt.freshForm = true;
            attempt.entriesBeforeCreate =
                    plan.entries().stream().map(PaymentEntry::paymentId).collect(java.util.stream.Collectors.toSet());
            return attempt.fillConfirmAndSend(plan.create(), false, true, false);
        }
        if (action instanceof FilingAction.RegisterPlanRow register) {
            return attempt.fillConfirmAndSend(plan.register(register.entry()), false, true, false);
        }
        if (action instanceof FilingAction.CorrectRejected correct) {
            return attempt.correct(plan, correct);
        }
        if (action instanceof FilingAction.SendExisting) {
            return attempt.send(plan, false, false);
        }
        if (action instanceof FilingAction.AlreadyFiled filed) {
            Read read = Read.detail(plan, filed.entry());
            String note = mismatchNote(attempt.differences(read, false));
            return new Filed(
                    RowStatus.ALREADY_FILED,
                    "Ya estaba radicado: el portal lo muestra «" + filed.entry().state() + "». No se envió de nuevo."
                            + note,
                    filed.entry(),
                    read.plan(),
                    Optional.of(read.shown()));
        }
        throw new RowFailure(((FilingAction.Impossible) action).reason());
    }

    /**
     * The «Borrador» an earlier attempt left for this row (journal) that the plan still shows as a draft without
     * another request's number: reused with «Registro» instead of «Crear».
     */
    private Optional<PaymentEntry> draftLeftBefore(PaymentRow row, PaymentPlanSection plan) {
        return sendHook.draftLeft(row)
                .flatMap(id -> plan.entries().stream()
                        .filter(e -> e.paymentId().strip().equals(id.strip()))
                        .filter(e -> PortalStates.DRAFT.equals(e.state()))
                        .filter(e ->
                                e.invoiceNumber().isBlank() || InvoiceNumbers.same(e.invoiceNumber(), row.number()))
                        .findFirst());
    }

    /**
     * The payment's «Detalle» as read, and the plan after «Volver».
     *
     * @param planillaBlock      the detail shows the social-security block
     * @param planillasValidated the planilla numbers whose state there reads «Consulta exitosa»
     */
    private record Read(
            PortalPayment shown, PaymentPlanSection plan, boolean planillaBlock, Set<String> planillasValidated) {
        static Read detail(PaymentPlanSection plan, PaymentEntry entry) {
            PaymentDetailView detail = plan.openDetail(entry);
            PortalPayment shown = PortalPayment.of(detail);
            Set<String> validated = new java.util.HashSet<>();
            detail.planillas().stream()
                    .filter(detail::validated)
                    .forEach(p -> validated.add(p.number().strip()));
            return new Read(shown, detail.back(), detail.showsPlanillaBlock(), validated);
        }
    }

    /** One try at one row: fill, read back, confirm, read back, send. */
    private final class Attempt {
        private final PaymentRow row;
        private final Path zip;
        private final AttachedDocument supports;
        private final StepLog steps;

        /** Said in the results when the sheet has a planilla and the portal showed no block. */
        String planillaNote = "";

        /** The social-security block as read back right before «Confirmar»; empty without a block. */
        private List<ShownPlanilla> planillasShown = List.of();

        /** The planilla numbers SICOPI answered «Consulta exitosa» for in the form being filled. */
        private final Set<String> planillasValidated = new java.util.HashSet<>();

        private boolean planillaBlock;

        /**
         * This attempt went through the form's social-security block: every planilla «Consulta exitosa», or no
         * block at all. A draft not filled in this run (a «Borrador» left earlier, by hand or by the robot) has
         * not: its planillas are judged only by what its detail shows.
         */
        private boolean planillaChecked;

        /** The form comes from «Crear»: it lists no document yet, so its list is not read before attaching. */
        private boolean freshForm;

        /** The plan's payment ids before «Crear» (null for another action): a new one after «Cancelar» is a draft. */
        private Set<String> entriesBeforeCreate;

        Attempt(PaymentRow row, Path zip, AttachedDocument supports, StepLog steps) {
            this.row = row;
            this.zip = zip;
            this.supports = supports;
            this.steps = steps;
        }

        Filed correct(PaymentPlanSection plan, FilingAction.CorrectRejected correct) {
            PaymentPlanSection current = plan;
            if (!correct.alreadyInEdition()) {
                PaymentDetailView detail = current.openDetail(correct.entry());
                steps.add("Motivo del rechazo: «" + detail.rejectionReason().orElse("(sin motivo)") + "»");
                current = detail.edit();
                steps.add("Pulsó «Editar»: la solicitud quedó «" + PortalStates.IN_EDITION + "»");
            }
            PaymentEntry entry = find(current, row)
                    .orElseThrow(() -> new RowFailure(
                            "Después de «Editar» no se encontró la solicitud " + row.number() + " en Plan de pagos."));
            return fillConfirmAndSend(current.register(entry), true, true, false);
        }

        /**
         * Fills the form, reads it back (one correction at most: a field the form keeps cutting or changing
         * fails the row and the form is cancelled, so nothing is saved), confirms and sends.
         *
         * @param attachAlways false when correcting a draft: the ZIP is attached again only when the form does
         *                     not list it with its size; true: every listed document is removed and the ZIP
         *                     attached again
         * @param corrected    the portal was already corrected once for this row
         */
        Filed fillConfirmAndSend(PaymentRequestForm form, boolean correction, boolean attachAlways, boolean corrected) {
            fill(form, EnumSet.allOf(Readback.Field.class), attachAlways);
            steps.add("Llenó el formulario (número " + row.number() + ", valor neto y total)");
            socialSecurity(form);
            List<Readback.Difference> differences = readForm(form);
            if (!differences.isEmpty()) {
                steps.add("Releyó el formulario y no coincide con la hoja: " + Readback.describe(differences)
                        + ". Lo corrige una vez");
                fill(form, fields(differences), true);
                differences = readForm(form);
                if (!differences.isEmpty()) {
                    form.cancel();
                    steps.add("Pulsó «Cancelar»: no se guardó nada en SECOP II");
                    throw new RowFailure("El formulario de SECOP II no conserva lo que dice la hoja, ni después de"
                            + " corregirlo una vez: " + Readback.describe(differences) + ". No se confirmó ni se"
                            + " envió nada.");
                }
            }
            steps.add("Releyó el formulario: número, factura electrónica, valores, fecha, notas y " + supports.name()
                    + " (único documento) coinciden con la hoja");
            freshForm = false;
            if (planillaBlock) {
                steps.add("Releyó la planilla antes de «Confirmar»: "
                        + String.join(
                                "; ",
                                planillasShown.stream()
                                        .map(p -> p.number() + " del " + p.paymentDate()
                                                + (p.state().isEmpty() ? "" : " «" + p.state() + "»"))
                                        .toList()));
            }
            PaymentPlanSection plan = form.confirm();
            steps.add("Pulsó «Confirmar»");
            return send(plan, correction, corrected || !differences.isEmpty());
        }

        private List<Readback.Difference> readForm(PaymentRequestForm form) {
            PortalPayment shown = form.readTogether(f -> {
                PortalPayment read = PortalPayment.of(f.values(), f.attachedDocumentsWithSizes());
                return planillaBlock
                        ? read.withPlanillas(f.planillas(row.planillas().size()))
                        : read;
            });
            planillasShown = shown.planillas();
            List<Readback.Difference> differences =
                    new java.util.ArrayList<>(Readback.differences(row, supports, shown));
            if (planillaBlock) {
                differences.addAll(Readback.planillas(row, shown.planillas(), planillasValidated));
            }
            return differences;
        }

        /**
         * The social-security block: whether the portal asks, then each planilla typed and checked against SICOPI.
         * Whatever is not «Consulta exitosa» closes the form without saving: pending (not yet in SICOPI), tried
         * again (the check did not answer) or failed (the portal's text).
         */
        private void socialSecurity(PaymentRequestForm form) {
            PlanillaPlanner.Before before = planillaPlanner.before(form.asksForPlanilla(), row.planillas());
            if (before instanceof PlanillaPlanner.Before.NoBlock none) {
                planillaNote = none.note();
                if (!none.note().isEmpty()) {
                    steps.add(none.note());
                }
                planillaChecked = true;
                return;
            }
            if (before instanceof PlanillaPlanner.Before.Missing missing) {
                String draft = cancel(form);
                throw new RowFailure(withDraft(missing.reason(), draft));
            }
            planillaBlock = true;
            List<Planilla> planillas = ((PlanillaPlanner.Before.Check) before).planillas();
            for (int i = 0; i < planillas.size(); i++) {
                Planilla planilla = planillas.get(i);
                CheckAnswer answer = form.checkPlanilla(i, planilla.number(), planilla.paymentDate());
                steps.add("Validó la planilla " + planilla.describe() + ": SECOP II respondió «" + answer.text() + "» ("
                        + answer.where().label() + ")");
                PlanillaPlanner.After after = planillaPlanner.after(planilla, answer);
                if (after instanceof PlanillaPlanner.After.GoOn) {
                    planillasValidated.add(planilla.number());
                    continue;
                }
                String draft = cancel(form);
                if (after instanceof PlanillaPlanner.After.Pending pending) {
                    throw new PlanillaPending(withDraft(pending.reason(), draft));
                }
                if (after instanceof PlanillaPlanner.After.Retry retry) {
                    throw new PortalException(retry.reason() + draft);
                }
                throw new RowFailure(withDraft(((PlanillaPlanner.After.Refused) after).reason(), draft));
            }
            planillaChecked = true;
        }

        /**
         * What the payment's «Detalle» shows against the sheet: the fields, the documents and the social-security
         * block (numbers, dates and «Consulta exitosa» on every line). A detail without the block, when the sheet
         * has planillas, is a difference unless the form of this attempt checked them (or showed no block), so a
         * draft nobody validated in this run is opened with «Registro» before it is ever sent.
         */
        List<Readback.Difference> differences(Read read, boolean beforeSending) {
            List<Readback.Difference> found = new ArrayList<>(Readback.differences(row, supports, read.shown()));
            if (read.planillaBlock()) {
                found.addAll(Readback.detailPlanillas(row, read.shown().planillas(), read.planillasValidated()));
            } else if (beforeSending && !row.planillas().isEmpty() && !planillaChecked) {
                found.add(Readback.planillasNotShown(row));
            }
            return found;
        }

        /** {@code ; planilla 9523456711 del 05/11/2026 «Consulta exitosa»} for the step log; "" without a block. */
        private String planillasRead(Read read) {
            if (!read.planillaBlock()) {
                return "";
            }
            return read.shown().planillas().isEmpty()
                    ? " (sin planillas en el detalle)"
                    : " (planilla "
                            + String.join(
                                    "; ",
                                    read.shown().planillas().stream()
                                            .map(p -> p.number() + " del " + p.paymentDate()
                                                    + (p.state().isEmpty() ? "" : " «" + p.state() + "»"))
                                            .toList())
                            + ")";
        }

        /** The planner's reason; when SECOP II kept a draft, it says so instead of «nothing was saved». */
        private static String withDraft(String reason, String draft) {
            return draft.isEmpty()
                    ? reason
                    : reason.replace(" No se guardó ni se envió nada.", " No se envió nada.")
                                    .replace(" No se guardó nada.", "")
                            + draft;
        }

        /**
         * «Cancelar». A portal that created the request at «Crear» keeps it as a «Borrador» even so: that draft is
         * recorded in the journal, so the next run opens it with «Registro» instead of creating another one.
         *
         * @return what to add to the row's message ("" when nothing was kept)
         */
        private String cancel(PaymentRequestForm form) {
            PaymentPlanSection after = form.cancel();
            Optional<PaymentEntry> kept = entriesBeforeCreate == null
                    ? Optional.empty()
                    : after.entries().stream()
                            .filter(e -> !entriesBeforeCreate.contains(e.paymentId()))
                            .filter(e -> PortalStates.DRAFT.equals(e.state()))
                            .findFirst();
            if (kept.isEmpty()) {
                steps.add("Pulsó «Cancelar»: no se guardó nada en SECOP II");
                return "";
            }
            sendHook.draftLeft(row, kept.get());
            steps.add("Pulsó «Cancelar»: SECOP II dejó el borrador «"
                    + kept.get().paymentId() + "» (lo creó al pulsar «Crear»); quedó anotado para retomarlo");
            return " SECOP II dejó el borrador «" + kept.get().paymentId() + "» de esta solicitud al cerrar el"
                    + " formulario: la próxima ejecución lo retoma y no crea otro.";
        }

        private void fill(PaymentRequestForm form, Set<Readback.Field> fields, boolean attachAlways) {
            boolean cufeAgain = row.electronicInvoice()
                    && (fields.contains(Readback.Field.ELECTRONIC_INVOICE)
                            || fields.contains(Readback.Field.CUFE)
                            || fields.contains(Readback.Field.NUMBER)
                            || fields.contains(Readback.Field.TOTAL_VALUE));
            boolean documents = fields.contains(Readback.Field.DOCUMENTS);
            List<ShownDocument> listed = new ArrayList<>();
            // Every field in one visit to the form (the attachment below leaves for the upload window).
            form.together(f -> {
                if (documents && !freshForm) {
                    listed.addAll(f.attachedDocumentsWithSizes());
                }
                if (fields.contains(Readback.Field.ELECTRONIC_INVOICE)) {
                    form.electronicInvoice(row.electronicInvoice());
                }
                if (fields.contains(Readback.Field.NUMBER)) {
                    form.invoiceNumber(row.number());
                }
                if (fields.contains(Readback.Field.NET_VALUE)) {
                    form.netValue(row.netValue());
                }
                if (fields.contains(Readback.Field.TOTAL_VALUE)) {
                    form.totalValue(row.totalValue());
                }
                if (fields.contains(Readback.Field.NOTES)) {
                    form.notes(row.notes());
                }
                if (fields.contains(Readback.Field.DUE_DATE)) {
                    row.dueDate().ifPresent(form::dueDate);
                }
                if (cufeAgain) {
                    form.cufe(row.cufe());
                    String validation = form.validateCufe();
                    steps.add("Validó el CUFE: «" + validation + "»");
                }
            });
            if (documents) {
                boolean held = false;
                for (ShownDocument document : listed) {
                    if (!attachAlways && !held && Readback.isTheSheets(document, supports)) {
                        held = true;
                    } else {
                        remove(form, document);
                    }
                }
                if (!held) {
                    form.attach(List.of(zip));
                    steps.add("Anexó " + zip.getFileName() + ": «Documento anexo»");
                }
            }
        }

        /** Only the sheet's ZIP reaches the portal: any other document (an old ZIP, a rejected one) goes. */
        private void remove(PaymentRequestForm form, ShownDocument document) {
            String shown = document.size().isEmpty() ? document.name() : document.name() + " (" + document.size() + ")";
            if (!form.removeDocument(document.name())) {
                form.cancel();
                steps.add("Pulsó «Cancelar»: no se guardó nada en SECOP II");
                throw new RowFailure("SECOP II sigue mostrando el documento «" + shown + "» en el formulario después"
                        + " de «Eliminar»; la hoja solo lleva " + supports.name() + ". No se confirmó ni se envió"
                        + " nada.");
            }
            steps.add("Quitó del formulario el documento «" + shown + "», que no es el de la hoja");
        }

        private Set<Readback.Field> fields(List<Readback.Difference> differences) {
            Set<Readback.Field> fields = EnumSet.noneOf(Readback.Field.class);
            differences.forEach(d -> fields.add(d.field()));
            return fields;
        }

        /**
         * Reads the plan and the payment's «Detalle» right before «Enviar»: a draft that differs from the sheet
         * is corrected («Registro», confirm) once before it is sent; never sent as it is.
         */
        Filed send(PaymentPlanSection plan, boolean correction, boolean corrected) {
            // The portal is the source of truth: read the row again right before sending.
            PaymentEntry entry = find(plan, row)
                    .orElseThrow(() -> new RowFailure(
                            "La solicitud " + row.number() + " no aparece en Plan de pagos después de «Confirmar»."));
            if (PortalStates.SENT.equals(entry.state())) {
                Read read = Read.detail(plan, entry);
                List<Readback.Difference> differences = differences(read, false);
                steps.add(
                        differences.isEmpty()
                                ? "Releyó el detalle: coincide con la hoja"
                                : "Releyó el detalle y no coincide con la hoja: " + Readback.describe(differences));
                return new Filed(
                        correction ? RowStatus.CORRECTED : RowStatus.SENT,
                        "Ya aparece «" + PortalStates.SENT + "»." + mismatchNote(differences),
                        entry,
                        read.plan(),
                        Optional.of(read.shown()));
            }
            Read read = Read.detail(plan, entry);
            List<Readback.Difference> differences = differences(read, true);
            if (!differences.isEmpty()) {
                if (corrected) {
                    throw new RowFailure("SECOP II no conserva lo que dice la hoja, ni después de corregirlo una vez: "
                            + Readback.describe(differences) + ". No se envió; la solicitud quedó «" + entry.state()
                            + "».");
                }
                steps.add("Antes de «Enviar», «" + entry.state() + "» en SECOP II no coincide con la hoja: "
                        + Readback.describe(differences) + ". Lo corrige con «Registro» y «Confirmar»");
                return fillConfirmAndSend(read.plan().register(entry), correction, false, true);
            }
            steps.add("Releyó el detalle antes de «Enviar»: coincide con la hoja" + planillasRead(read));
            plan = read.plan();
            PortalPayment shown =
                    read.shown().planillas().isEmpty() ? read.shown().withPlanillas(planillasShown) : read.shown();
            if (dryRun) {
                steps.add("Ensayo: se detuvo antes de «Enviar»");
                return new Filed(
                        RowStatus.DRY_RUN,
                        "Ensayo: quedó «" + entry.state() + "», listo para «Enviar».",
                        entry,
                        plan,
                        Optional.of(shown));
            }
            sendHook.aboutToSend(row, entry, correction);
            PaymentPlanSection after = plan.send(entry);
            steps.add("Pulsó «Enviar» (una sola vez)");
            PaymentEntry sent = find(after, row)
                    .orElseThrow(() -> new RowFailure(
                            "La solicitud " + row.number() + " desapareció de Plan de pagos después de «Enviar»."));
            if (!PortalStates.SENT.equals(sent.state())) {
                throw new RowFailure("Después de «Enviar» el portal muestra «" + sent.state() + "» en vez de «"
                        + PortalStates.SENT + "».");
            }
            steps.add("Verificó el estado «" + sent.state() + "»");
            // «Enviar» changes only the state (read in the plan just now): the values stay those «Detalle»
            // showed right before it, so the detail is not opened again.
            return new Filed(
                    correction ? RowStatus.CORRECTED : RowStatus.SENT,
                    (correction ? "Corrección enviada" : "Enviado") + ": «" + sent.state() + "».",
                    sent,
                    after,
                    Optional.of(shown.withState(sent.state())));
        }
    }

    /** Said of a request already sent whose detail differs from the sheet (it can no longer be changed). */
    private static String mismatchNote(List<Readback.Difference> differences) {
        return differences.isEmpty()
                ? ""
                : " Atención: lo que muestra SECOP II no es lo que dice la hoja (" + Readback.describe(differences)
                        + "); una solicitud ya enviada no se puede cambiar.";
    }

    private static Optional<PaymentEntry> find(PaymentPlanSection plan, PaymentRow row) {
        return plan.entries().stream()
                .filter(e -> InvoiceNumbers.same(e.invoiceNumber(), row.number()))
                .findFirst();
    }

    private static String describe(FilingAction action, PaymentRow row) {
        if (action instanceof FilingAction.Create) {
            return "Decisión: no existe la solicitud " + row.number() + " → «Crear»";
        }
        if (action instanceof FilingAction.RegisterPlanRow register) {
            return "Decisión: fila del plan de la entidad «" + register.entry().reference() + "» → «Registro»";
        }
        if (action instanceof FilingAction.CorrectRejected correct) {
            return "Decisión: la solicitud " + row.number() + " está «"
                    + correct.entry().state() + "» → corregir y reenviar";
        }
        if (action instanceof FilingAction.SendExisting) {
            return "Decisión: la solicitud " + row.number() + " está confirmada pero no enviada → «Enviar»";
        }
        if (action instanceof FilingAction.AlreadyFiled filed) {
            return "Decisión: la solicitud " + row.number() + " ya está «"
                    + filed.entry().state() + "» → no se hace nada";
        }
        return "Decisión: no se puede radicar (" + ((FilingAction.Impossible) action).reason() + ")";
    }
}
