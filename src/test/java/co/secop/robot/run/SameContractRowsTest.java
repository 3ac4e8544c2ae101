package co.secop.robot.run;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.SimulatorBatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows of one contract in a row start on the Plan de pagos the previous row left open (as a person would),
 * and each payment is still sent once with its own values and ZIP; a row of another contract goes through
 * «Mis contratos» again.
 */
class SameContractRowsTest {

    private static final String SHORTCUT = "Sigue en el «Plan de pagos» del contrato";
    private static final String EDIT = "POST /CO{n}ContractsManagement/Tendering/";
    private static final String CONTRACT = EDIT + "SalesContractEdit/";

    @TempDir
    Path dir;

    @Test
    void theNextRowOfTheSameContractStartsOnItsOpenPlanAndEveryPaymentIsSentOnce() throws Exception {
        // Rows 2, 3 and 4 on CPS-2026-0101 (3 and 4 take the shortcut); row 5 on CPS-2026-0103.
        List<TwoAccountsSheet.Expected> sameContract = TwoAccountsSheet.expected(3, 1);
        List<TwoAccountsSheet.Expected> rows = new ArrayList<>(sameContract);
        TwoAccountsSheet.Expected other = TwoAccountsSheet.expected(3, 3).get(2);
        rows.add(new TwoAccountsSheet.Expected(5, other.user(), other.contract(), "P-04", other.value(), "p-04.zip"));
        Path file = TwoAccountsSheet.write(dir, rows);
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults())) {
            BatchSummary summary = SimulatorBatch.run(simulator, dir, file, false, BatchJob.Mail.off(), "salida");

            assertThat(summary.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.SENT);
            List<RowOutcome> outcomes = summary.outcomes();
            assertThat(outcomes.get(0).steps()).noneMatch(s -> s.contains(SHORTCUT));
            assertThat(outcomes.get(1).steps()).anyMatch(s -> s.contains(SHORTCUT + " CPS-2026-0101"));
            assertThat(outcomes.get(2).steps()).anyMatch(s -> s.contains(SHORTCUT + " CPS-2026-0101"));
            assertThat(outcomes.get(3).steps())
                    .noneMatch(s -> s.contains(SHORTCUT))
                    .anyMatch(s -> s.startsWith("Encontró el contrato " + other.contract()));
            TwoAccountsSheet.assertEachSentExactlyOnce(simulator.baseUrl(), rows);
            // What a person causes per payment: «Confirmar», one «Detalle» read before «Enviar», «Enviar».
            MockPortalApi api = new MockPortalApi(simulator.baseUrl());
            assertThat(api.requests(EDIT + "PaymentRequestEdit/Confirm"))
                    .as(api.stats().toString())
                    .isEqualTo(4);
            assertThat(api.requests(CONTRACT + "PaymentDetail"))
                    .as(api.stats().toString())
                    .isEqualTo(4);
            assertThat(api.requests(CONTRACT + "SendPayment"))
                    .as(api.stats().toString())
                    .isEqualTo(4);
        }
    }
}
