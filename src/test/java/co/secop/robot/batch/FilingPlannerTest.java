package co.secop.robot.batch;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.portal.PaymentEntry;
import co.secop.robot.portal.PortalStates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilingPlannerTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private final FilingPlanner planner = new FilingPlanner();

    @Test
    void createsWhenNoEntryHasTheNumberAndTheEntityDefinedNoPlan() {
        List<PaymentEntry> entries = List.of(created(0, "010", PortalStates.SENT));
        assertThat(planner.decide("011", NOVEMBER, entries, true)).isInstanceOf(FilingAction.Create.class);
    }

    @Test
    void registersThePlanRowOfThePeriod() {
        List<PaymentEntry> entries = List.of(
                planRow(0, LocalDate.of(2026, 10, 31)),
                planRow(1, LocalDate.of(2026, 11, 30)),
                planRow(2, LocalDate.of(2026, 12, 31)));
        FilingAction action = planner.decide("011", NOVEMBER, entries, false);
        assertThat(action)
                .isInstanceOfSatisfying(
                        FilingAction.RegisterPlanRow.class,
                        register -> assertThat(register.entry().index()).isEqualTo(1));
    }

    @Test
    void withoutAPlanRowForThePeriodFailsListingThePlanInsteadOfTakingTheFirstPendingRow() {
        List<PaymentEntry> entries =
                List.of(planRow(3, LocalDate.of(2026, 12, 31)), planRow(4, LocalDate.of(2027, 1, 31)));
        FilingAction action = planner.decide("011", YearMonth.of(2062, 11), entries, false);
        assertThat(action)
                .isInstanceOfSatisfying(
                        FilingAction.Impossible.class,
                        impossible -> assertThat(impossible.reason())
                                .contains(
                                        "Noviembre 2062",
                                        "«Pago 4 de 12» (31/12/2026, Pendiente)",
                                        "«Pago 5 de 12» (31/01/2027, Pendiente)",
                                        "«Referencia del plan»"));
    }

    @Test
    void theReferenceColumnPicksThePlanRowWhateverThePeriod() {
        List<PaymentEntry> entries =
                List.of(planRow(3, LocalDate.of(2026, 12, 31)), planRow(4, LocalDate.of(2027, 1, 31)));
        FilingAction action =
                planner.decide("011", YearMonth.of(2062, 11), Optional.of(" pago 5 DE 12 "), entries, false);
        assertThat(action)
                .isInstanceOfSatisfying(
                        FilingAction.RegisterPlanRow.class,
                        register -> assertThat(register.entry().index()).isEqualTo(4));
        assertThat(planner.decide("011", NOVEMBER, Optional.of("Pago 9 de 12"), entries, false))
                .isInstanceOfSatisfying(
                        FilingAction.Impossible.class,
                        impossible -> assertThat(impossible.reason())
                                .contains("no tiene la fila «Pago 9 de 12»", "«Pago 4 de 12»"));
    }

    @Test
    void numbersCompareAfterNormalisingUnicodeCaseAndWhitespace() {
        for (String written : List.of("FE  118", "fe 118", " FE\n118 ", "ＦＥ　１１８", "FE\u00a0118")) {
            assertThat(planner.decide(written, NOVEMBER, List.of(created(0, "FE 118", PortalStates.SENT)), true))
                    .as(written)
                    .isInstanceOf(FilingAction.AlreadyFiled.class);
        }
        assertThat(planner.decide("FE118", NOVEMBER, List.of(created(0, "FE 118", PortalStates.SENT)), true))
                .isInstanceOf(FilingAction.Create.class);
    }

    @Test
    void sendsAnEntryConfirmedButNotSent() {
        assertThat(planner.decide("011", NOVEMBER, List.of(created(0, "011", PortalStates.DRAFT)), true))
                .isInstanceOf(FilingAction.SendExisting.class);
    }

    @Test
    void correctsARejectedEntryAndResumesOneLeftInEdition() {
        assertThat(planner.decide("002", NOVEMBER, List.of(created(1, "002", PortalStates.REJECTED)), true))
                .isEqualTo(new FilingAction.CorrectRejected(created(1, "002", PortalStates.REJECTED), false));
        assertThat(planner.decide("002", NOVEMBER, List.of(created(1, "002", PortalStates.IN_EDITION)), true))
                .isEqualTo(new FilingAction.CorrectRejected(created(1, "002", PortalStates.IN_EDITION), true));
    }

    @ParameterizedTest
    @ValueSource(strings = {PortalStates.SENT, PortalStates.ACCEPTED, PortalStates.PAID})
    void skipsWhatIsAlreadyWithTheEntity(String state) {
        assertThat(planner.decide("011", NOVEMBER, List.of(created(0, "011", state)), true))
                .isInstanceOf(FilingAction.AlreadyFiled.class);
    }

    @Test
    void matchesTheNumberIgnoringCaseAndSpacesButNotLeadingZeros() {
        assertThat(planner.decide(
                        " fe-2026-118 ", NOVEMBER, List.of(created(0, "FE-2026-118", PortalStates.SENT)), true))
                .isInstanceOf(FilingAction.AlreadyFiled.class);
        assertThat(planner.decide("2", NOVEMBER, List.of(created(0, "002", PortalStates.SENT)), true))
                .isInstanceOf(FilingAction.Create.class);
    }

    @Test
    void saysWhyWhenThePortalLeavesNoWay() {
        assertThat(planner.decide("011", NOVEMBER, List.of(), false))
                .isEqualTo(new FilingAction.Impossible("El contrato no muestra el botón «Crear» en Plan de pagos."));
        assertThat(planner.decide("011", NOVEMBER, List.of(created(0, "010", PortalStates.PAID)), false))
                .isInstanceOf(FilingAction.Impossible.class);
    }

    private static PaymentEntry created(int index, String number, String state) {
        return new PaymentEntry(
                index,
                "PP-1-" + index,
                "Solicitud de pago",
                Optional.empty(),
                number,
                "3.500.000,00 COP",
                state,
                Set.of(PaymentEntry.DETAIL));
    }

    private static PaymentEntry planRow(int index, LocalDate expected) {
        return new PaymentEntry(
                index,
                "PP-2-" + index,
                "Pago " + (index + 1) + " de 12",
                Optional.of(expected),
                "",
                "",
                PortalStates.PENDING,
                Set.of(PaymentEntry.REGISTER));
    }
}
