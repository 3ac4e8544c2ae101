package co.secop.robot.run;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.simulator.SimulatorVariant;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.SimulatorBatch;
import co.secop.robot.testsupport.Simulators;
import co.secop.robot.testsupport.TestBrowsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One matrix: the same small batch on every shape of the portal the simulator can take. The batch is the sample
 * sheet after a dry run of its first and last rows: a «Borrador» to send (CPS-2026-0101), a new request on the
 * entity's plan («Registro», CPS-2026-0102), a «Rechazado» to correct (CPS-2026-0103), an electronic invoice in
 * another company (CPS-2026-0301, «Crear» and CUFE) and a «Borrador» with its planilla validated, read back again
 * before «Enviar» (CPS-2026-0104, the social-security block). A robot change that breaks one shape names it in the test's name.
 *
 * <p><b>A new variant is one line</b> of {@link #LINES} (or joins a line whose variants change other pages);
 * {@link #everyVariantIsInTheMatrix()} fails while a {@link SimulatorVariant} is in none.
 */
class VariantMatrixTest {

    /**
     * One line per shape: the {@code --variante} codes, comma-separated ("" = the simulator as it is). Variants that
     * touch different pages share a line (each line costs two logins and seven rows, and the matrix runs in every
     * {@code ./secop test}); the test's name still names every variant of a failing line.
     */
    static final String[] LINES = {
        "",
        "ids-desconocidos",
        "enviar-sin-confirmacion,anexos-en-pagina",
        "confirmar-con-confirmacion,formulario-pagina",
        "botones-numerados,detalle-en-ventana",
        "cursor-ocupado,detalle-en-pestana",
        "validacion-en-panel,idioma-por-selector",
        "crear-con-confirmacion,cufe-en-mensajes,planilla-al-salir,planilla-en-mensajes",
        "cufe-validado,planilla-campos",
    };

    private static final Path DEMO = Path.of("sample-data/pagos-demo.xlsx");
    private static final String SENT = MockPortalApi.SENT;

    @TempDir
    Path dir;

    @RegisterExtension
    final Simulators simulators = new Simulators();

    @ParameterizedTest(name = "variante «{0}»")
    @MethodSource("lines")
    void theSmallBatchIsFiledOnEveryVariant(String variants) throws Exception {
        TestBrowsers.assumeBrowser();
        Simulator simulator = simulators.start(
                SimulatorOptions.defaults().withVariants(variants).withNamesSeed(variants.length()));
        MockPortalApi api = new MockPortalApi(simulator.baseUrl());
        PaymentSheet sheet = new PaymentSheetReader().read(DEMO);
        PaymentSheet firstRow = new PaymentSheet(
                sheet.file(),
                sheet.sheetName(),
                sheet.headerRowNumber(),
                sheet.headers(),
                sheet.columnHeaders(),
                List.of(sheet.rows().get(0), sheet.rows().get(4)));

        BatchSummary dry = run(simulator, firstRow, true, "ensayo");
        assertThat(dry.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.DRY_RUN, RowStatus.DRY_RUN);
        assertThat(api.payment("CPS-2026-0101", "011").path("state").asText()).isEqualTo("Borrador");
        assertThat(api.payment("CPS-2026-0104", "011").path("state").asText()).isEqualTo("Borrador");

        BatchSummary real = run(simulator, sheet, false, "real");

        assertThat(real.outcomes())
                .extracting(RowOutcome::status)
                .containsExactly(RowStatus.SENT, RowStatus.SENT, RowStatus.CORRECTED, RowStatus.SENT, RowStatus.SENT);
        assertThat(real.outcomes()).allSatisfy(o -> assertThat(o.portalState()).contains(SENT));
        JsonNode withPlanilla = api.payment("CPS-2026-0104", "011");
        SimulatorBatch.assertSent(withPlanilla, "3500000.00", "cps-2026-0104-noviembre.zip");
        assertThat(withPlanilla.path("planillas").get(0).path("number").asText())
                .isEqualTo("9523456711");
        // The draft the dry run left is sent only after its detail shows the planilla «Consulta exitosa».
        assertThat(real.outcomes().get(4).steps())
                .anyMatch(s -> s.startsWith("Releyó el detalle antes de «Enviar»")
                        && s.contains("9523456711")
                        && s.contains("Consulta exitosa"));
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
    }

    static Stream<String> lines() {
        return Stream.of(LINES);
    }

    @Test
    void everyVariantIsInTheMatrix() {
        Set<SimulatorVariant> covered = EnumSet.noneOf(SimulatorVariant.class);
        for (String line : LINES) {
            covered.addAll(SimulatorVariant.parse(line));
        }
        assertThat(EnumSet.complementOf(EnumSet.copyOf(covered)))
                .as("variantes sin línea en la matriz: "
                        + Arrays.stream(SimulatorVariant.values())
                                .filter(v -> !covered.contains(v))
                                .map(SimulatorVariant::code)
                                .collect(Collectors.joining(", ")))
                .isEmpty();
    }

    /** No entry was sent twice: «Enviado a la entidad estatal» once per sending (twice for the corrected one). */
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

    private BatchSummary run(Simulator simulator, PaymentSheet sheet, boolean dryRun, String folder) {
        return SimulatorBatch.run(
                simulator,
                dir,
                sheet,
                new PaymentValidator().validate(sheet),
                dryRun,
                BatchJob.Mail.off(),
                folder,
                TestBrowsers.settings());
    }
}
