package co.secop.robot.run;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.simulator.SimulatorVariant;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.SimulatorBatch;
import co.secop.robot.testsupport.Simulators;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole batch on the portal's unknowns: every id, name and class nobody confirmed renamed at each start
 * ({@code ids-desconocidos}, three seeds), and the flow shapes nobody has seen (confirmations that are or are
 * not asked, the form as a page, the upload in the page). The sample sheet covers «Crear», «Registro» on the
 * entity's plan, correcting a «Rechazado» and a company switch; a dry run first leaves a «Borrador» that the
 * real run sends; a rerun sends nothing. Each run is one browser start, so runs hold several rows.
 */
class UnknownMarkupBatchTest {

    private static final Path DEMO = Path.of("sample-data/pagos-demo.xlsx");
    private static final String SENT = "Enviado a la entidad estatal";

    @TempDir
    Path dir;

    @RegisterExtension
    final Simulators simulators = new Simulators();

    private Simulator simulator;

    @Test
    void filesCorrectsAndRerunsWithEveryUnconfirmedNameRenamed() throws Exception {
        fileCorrectAndRerun(unknownIds(11), true);
    }

    /**
     * Two more renamings, each with two of the flow variants (so that the three seeds and the four variants
     * run in the normal suite without a run of their own each).
     */
    @ParameterizedTest(name = "ids-desconocidos, semilla {0}, variantes {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "2026;enviar-sin-confirmacion,formulario-pagina,crear-con-confirmacion",
                "77;confirmar-con-confirmacion,anexos-en-pagina"
            })
    void filesAndCorrectsWithOtherRenamingsAndFlowVariants(long seed, String variants) throws Exception {
        fileCorrectAndRerun(
                SimulatorOptions.defaults()
                        .withVariants(variants + "," + SimulatorVariant.UNKNOWN_IDS.code())
                        .withNamesSeed(seed),
                false);
    }

    /** Each flow variant alone (~30 s each on two cores: {@code mvn -Plargo verify}). */
    @Tag("largo")
    @ParameterizedTest(name = "variantes {0}")
    @ValueSource(
            strings = {"enviar-sin-confirmacion", "confirmar-con-confirmacion", "formulario-pagina", "anexos-en-pagina"
            })
    void filesCorrectsAndRerunsOnEachFlowVariant(String variants) throws Exception {
        fileCorrectAndRerun(SimulatorOptions.defaults().withVariants(variants).withNamesSeed(5), false);
    }

    private static SimulatorOptions unknownIds(long seed) {
        return SimulatorOptions.defaults()
                .withVariants(SimulatorVariant.UNKNOWN_IDS)
                .withNamesSeed(seed);
    }

    @Test
    void filesCorrectsAndRerunsOnAllFlowVariantsWithUnknownIds() throws Exception {
        fileCorrectAndRerun(
                SimulatorOptions.defaults()
                        .withVariants("enviar-sin-confirmacion,confirmar-con-confirmacion,formulario-pagina,"
                                + "anexos-en-pagina,ids-desconocidos")
                        .withNamesSeed(5),
                true);
    }

    private void fileCorrectAndRerun(SimulatorOptions options, boolean draftFirst) throws Exception {
        simulator = simulators.start(options);
        MockPortalApi api = new MockPortalApi(simulator.baseUrl());
        if (draftFirst) {
            BatchSummary dry = run(true, "ensayo");
            assertThat(dry.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.DRY_RUN);
            assertThat(api.payment("CPS-2026-0101", "011").path("state").asText())
                    .isEqualTo("Borrador");
        }

        BatchSummary first = run(false, "primera");

        // After the dry run every row is a «Borrador» (the rejected one already corrected): it is only sent.
        assertThat(first.outcomes())
                .extracting(RowOutcome::status)
                .containsExactly(
                        RowStatus.SENT,
                        RowStatus.SENT,
                        draftFirst ? RowStatus.SENT : RowStatus.CORRECTED,
                        RowStatus.SENT);
        assertThat(first.outcomes()).allSatisfy(o -> assertThat(o.portalState()).contains(SENT));
        SimulatorBatch.assertSent(api.payment("CPS-2026-0101", "011"), "3500000.00", "cps-2026-0101-noviembre.zip");
        JsonNode plan = api.payment("CPS-2026-0102", "011");
        SimulatorBatch.assertSent(plan, "4000000.00", "cps-2026-0102-noviembre.zip");
        assertThat(plan.path("reference").asText()).isEqualTo("Pago 11 de 12");
        JsonNode corrected = api.payment("CPS-2026-0103", "002");
        assertThat(corrected.path("paymentId").asText()).isEqualTo("PP-7784303-2");
        SimulatorBatch.assertSent(corrected, "3000000.00", "cps-2026-0103-pago-002.zip");
        JsonNode invoice = api.payment("CPS-2026-0301", "FE-2026-118");
        SimulatorBatch.assertSent(invoice, "11900000.00", "cps-2026-0301-factura-fe-2026-118.zip");
        assertThat(invoice.path("electronicInvoice").asBoolean()).isTrue();
        assertThat(api.payments().stream()
                        .filter(p -> p.path("contract").asText().equals("CPS-2026-0103")))
                .hasSize(2);
        assertEachSentOnce(api);
        String before = api.payments().toString();

        BatchSummary again = run(false, "segunda");

        assertThat(again.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.ALREADY_FILED);
        assertThat(api.payments().toString()).isEqualTo(before);
    }

    /** No entry was sent twice: its history holds the state «Enviado a la entidad estatal» once per sending. */
    private static void assertEachSentOnce(MockPortalApi api) {
        for (JsonNode payment : api.payments()) {
            long sendings = MockPortalApi.timesInHistory(payment, SENT);
            long allowed = payment.path("contract").asText().equals("CPS-2026-0103")
                            && payment.path("number").asText().equals("002")
                    ? 2
                    : 1;
            assertThat(sendings)
                    .as("envíos de %s", payment.path("paymentId").asText())
                    .isLessThanOrEqualTo(allowed);
        }
    }

    private BatchSummary run(boolean dryRun, String folderName) throws Exception {
        return SimulatorBatch.run(simulator, dir, DEMO, dryRun, BatchJob.Mail.off(), folderName);
    }
}
