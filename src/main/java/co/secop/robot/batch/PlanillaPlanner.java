package co.secop.robot.batch;

import co.secop.robot.portal.CheckAnswer;
import co.secop.robot.spreadsheet.Column;
import co.secop.robot.spreadsheet.Planilla;
import java.util.List;

/**
 * Decides, without a browser, what the social-security block of the form means for a row: from whether the portal
 * shows the block, what the sheet holds, and what SICOPI answered to each planilla. Nothing without «Consulta
 * exitosa» is ever confirmed or sent.
 */
public final class PlanillaPlanner {

    /** What to do before any planilla is typed. */
    public sealed interface Before {
        /** The block is there and the sheet has planillas: type and check each one. */
        record Check(List<Planilla> planillas) implements Before {}

        /** No block (a company, another contract type): file as usual; {@code note} says so when the sheet had some. */
        record NoBlock(String note) implements Before {}

        /** The portal asks and the sheet has none: the row fails before «Confirmar»; nothing is saved. */
        record Missing(String reason) implements Before {}
    }

    /** What one answer of SICOPI means. */
    public sealed interface After {
        record GoOn() implements After {}

        record Pending(String reason) implements After {}

        /** The check did not answer: the row is tried again (bounded) like any other fault of the portal. */
        record Retry(String reason) implements After {}

        record Refused(String reason) implements After {}
    }

    public Before before(boolean blockShown, List<Planilla> planillas) {
        if (!blockShown) {
            return new Before.NoBlock(
                    planillas.isEmpty()
                            ? ""
                            : "SECOP II no pidió la planilla de seguridad social en esta solicitud; la de la hoja ("
                                    + describe(planillas) + ") no se usó.");
        }
        if (planillas.isEmpty()) {
            return new Before.Missing("SECOP II pide la planilla de seguridad social (PILA) en esta solicitud y la"
                    + " hoja no la trae: agregue las columnas «" + Column.PLANILLA_NUMBER.header() + "» y «"
                    + Column.PLANILLA_PAYMENT_DATE.header() + "» y llénelas en esta fila. No se guardó nada.");
        }
        return new Before.Check(planillas);
    }

    public After after(Planilla planilla, CheckAnswer answer) {
        return switch (answer.verdict()) {
            case SUCCESS -> new After.GoOn();
            case NOT_FOUND ->
                new After.Pending("La planilla " + planilla.describe() + " todavía no aparece en SICOPI (SECOP II"
                        + " respondió «" + answer.text() + "»). Un pago tarda de 2 a 4 días hábiles en llegar a"
                        + " SICOPI: ejecute la misma hoja de nuevo más tarde y el robot termina esta fila. No se"
                        + " guardó ni se envió nada.");
            case UNAVAILABLE ->
                new After.Retry("La consulta de la planilla " + planilla.number() + " a SICOPI no respondió («"
                        + answer.text() + "»).");
            case REFUSED ->
                new After.Refused("SECOP II no validó la planilla " + planilla.describe() + ": «" + answer.text()
                        + "». Revise «" + Column.PLANILLA_NUMBER.header() + "» y «"
                        + Column.PLANILLA_PAYMENT_DATE.header() + "» en la hoja. No se guardó ni se envió nada.");
        };
    }

    static String describe(List<Planilla> planillas) {
        return String.join(", ", planillas.stream().map(Planilla::describe).toList());
    }
}
