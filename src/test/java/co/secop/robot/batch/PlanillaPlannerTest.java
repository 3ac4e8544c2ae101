package co.secop.robot.batch;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.portal.CheckAnswer;
import co.secop.robot.spreadsheet.Planilla;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the social-security block means for a row, decided without a browser. */
class PlanillaPlannerTest {

    private final PlanillaPlanner planner = new PlanillaPlanner();
    private final Planilla planilla = new Planilla("9523456711", LocalDate.of(2026, 11, 5));

    @Test
    void withoutTheBlockTheRowIsFiledAndASheetPlanillaIsNoted() {
        assertThat(planner.before(false, List.of())).isEqualTo(new PlanillaPlanner.Before.NoBlock(""));
        assertThat(planner.before(false, List.of(planilla)))
                .isInstanceOfSatisfying(
                        PlanillaPlanner.Before.NoBlock.class,
                        none -> assertThat(none.note())
                                .contains("no pidió la planilla", "9523456711 (pagada el 05/11/2026)"));
    }

    @Test
    void theBlockWithoutASheetPlanillaNamesTheColumnsToAdd() {
        assertThat(planner.before(true, List.of()))
                .isInstanceOfSatisfying(
                        PlanillaPlanner.Before.Missing.class,
                        missing -> assertThat(missing.reason())
                                .contains(
                                        "«Número de planilla» y «Fecha de pago de la planilla»", "No se guardó nada"));
        assertThat(planner.before(true, List.of(planilla)))
                .isEqualTo(new PlanillaPlanner.Before.Check(List.of(planilla)));
    }

    @Test
    void eachAnswerOfSicopiHasItsOutcome() {
        assertThat(planner.after(planilla, answer("Consulta exitosa", CheckAnswer.Verdict.SUCCESS)))
                .isInstanceOf(PlanillaPlanner.After.GoOn.class);
        assertThat(planner.after(
                        planilla, answer("La planilla no se encuentra en SICOPI.", CheckAnswer.Verdict.NOT_FOUND)))
                .isInstanceOfSatisfying(
                        PlanillaPlanner.After.Pending.class,
                        p -> assertThat(p.reason())
                                .contains("de 2 a 4 días hábiles", "ejecute la misma hoja de nuevo más tarde"));
        assertThat(planner.after(planilla, answer("No está disponible.", CheckAnswer.Verdict.UNAVAILABLE)))
                .isInstanceOf(PlanillaPlanner.After.Retry.class);
        assertThat(planner.after(planilla, answer("El documento no coincide.", CheckAnswer.Verdict.REFUSED)))
                .isInstanceOfSatisfying(
                        PlanillaPlanner.After.Refused.class,
                        r -> assertThat(r.reason()).contains("«El documento no coincide.»", "9523456711"));
    }

    private static CheckAnswer answer(String text, CheckAnswer.Verdict verdict) {
        return new CheckAnswer(text, CheckAnswer.Where.NEXT_TO_FIELD, verdict);
    }
}
