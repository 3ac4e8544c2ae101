package co.secop.robot.run;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.spreadsheet.SampleWorkbook;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.SimulatorBatch;
import co.secop.robot.testsupport.Simulators;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 24, «Done when»: with the simulator's own refusal turned OFF (so only the robot keeps an unvalidated
 * planilla from being sent), a batch with a valid, a not-yet-arrived, a missing and a mismatched planilla gives
 * Enviado / Planilla pendiente / Fallido naming the columns / Fallido with the portal's text, nothing without
 * «Consulta exitosa» reaches the portal, and after the simulator's clock moves a second run of the same sheet
 * sends the pending row exactly once. The same on the variant with unknown ids and with the check on leaving the
 * field answered in the messages panel (the single-fields shape: below and in VariantMatrixTest).
 */
class SocialSecurityBatchTest {

    private static final String ZIP = Path.of("sample-data/soportes/cps-2026-0101-noviembre.zip")
            .toAbsolutePath()
            .toString();
    private static final String CONTRACT = "CPS-2026-0104";
    private static final String SENT = "Enviado a la entidad estatal";

    @TempDir
    Path dir;

    @RegisterExtension
    final Simulators simulators = new Simulators();

    @ParameterizedTest
    @ValueSource(strings = {"", "ids-desconocidos", "planilla-al-salir,planilla-en-mensajes"})
    void validPendingMissingAndMismatchedPlanillasEndAsTheyShouldAndThePendingRowIsSentOnceLater(String variants)
            throws Exception {
        Simulator simulator = simulators.start(
                SimulatorOptions.defaults().withVariants(variants).withNamesSeed(24));
        MockPortalApi api = new MockPortalApi(simulator.baseUrl());
        api.write("planillas/refusal", "{\"refuse\":false}");
        LocalDate today = simulator.clock().now().toLocalDate();
        api.write(
                "sicopi/planillas",
                "{\"document\":\"52345678\",\"number\":\"88800024\",\"paymentDate\":\"" + today
                        + "\",\"businessDays\":3}");
        String todayText = today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Path sheet = SampleWorkbook.payments("Notas", "Soportes", "Número de planilla", "Fecha de pago de la planilla")
                .row(
                        CONTRACT,
                        "Noviembre 2026",
                        "SS-1",
                        "No",
                        3_500_000,
                        3_500_000,
                        "Válida",
                        ZIP,
                        "9523456711",
                        "05/11/2026")
                .row(
                        CONTRACT,
                        "Noviembre 2026",
                        "SS-2",
                        "No",
                        3_500_000,
                        3_500_000,
                        "Pendiente",
                        ZIP,
                        "88800024",
                        todayText)
                .row(CONTRACT, "Noviembre 2026", "SS-3", "No", 3_500_000, 3_500_000, "Sin planilla", ZIP, "", "")
                .row(
                        CONTRACT,
                        "Noviembre 2026",
                        "SS-4",
                        "No",
                        3_500_000,
                        3_500_000,
                        "De otro",
                        ZIP,
                        "9798765411",
                        "05/11/2026")
                .save(dir.resolve("pagos.xlsx"));

        BatchSummary first = SimulatorBatch.run(simulator, dir, sheet, false, BatchJob.Mail.off(), "primera");

        List<RowOutcome> rows = first.outcomes();
        assertThat(rows)
                .as(describe(rows))
                .extracting(RowOutcome::status)
                .containsExactly(RowStatus.SENT, RowStatus.PLANILLA_PENDING, RowStatus.FAILED, RowStatus.FAILED);
        assertThat(rows.get(0).portal())
                .hasValueSatisfying(p -> assertThat(p.planillaList()).contains("9523456711", "05/11/2026"));
        // Read back in the request's «Detalle» right before «Enviar», found by what a person sees on every variant.
        assertThat(rows.get(0).steps())
                .contains("Releyó el detalle antes de «Enviar»: coincide con la hoja (planilla 9523456711 del"
                        + " 05/11/2026 «Consulta exitosa»)");
        assertThat(rows.get(1).message()).contains("2 a 4 días hábiles", "ejecute la misma hoja de nuevo");
        assertThat(rows.get(2).message()).contains("«Número de planilla»", "«Fecha de pago de la planilla»");
        assertThat(rows.get(3).message())
                .contains("El tipo y número de documento de la planilla no coinciden con los del contratista");
        assertThat(api.payment(CONTRACT, "SS-1").path("state").asText()).isEqualTo(SENT);
        assertThat(api.payment(CONTRACT, "SS-1")
                        .path("planillas")
                        .get(0)
                        .path("number")
                        .asText())
                .isEqualTo("9523456711");
        assertThat(api.payment(CONTRACT, "SS-1")
                        .path("planillas")
                        .get(0)
                        .path("validated")
                        .asBoolean())
                .isTrue();
        for (String unsent : List.of("SS-2", "SS-3", "SS-4")) {
            assertThat(api.findPayment(CONTRACT, unsent))
                    .as(unsent + " no se guarda")
                    .isEmpty();
        }

        simulator.clock().advance(Duration.ofDays(7));
        BatchSummary second = SimulatorBatch.run(simulator, dir, sheet, false, BatchJob.Mail.off(), "segunda");

        assertThat(second.outcomes())
                .as(describe(second.outcomes()))
                .extracting(RowOutcome::status)
                .containsExactly(RowStatus.ALREADY_FILED, RowStatus.SENT, RowStatus.FAILED, RowStatus.FAILED);
        List<JsonNode> pending = api.payments(CONTRACT).stream()
                .filter(p -> "SS-2".equals(p.path("number").asText()))
                .toList();
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).path("state").asText()).isEqualTo(SENT);
        assertThat(pending.get(0).path("planillas").get(0).path("validated").asBoolean())
                .as("enviada solo con «Consulta exitosa»")
                .isTrue();
        assertThat(MockPortalApi.timesInHistory(pending.get(0), SENT)).isEqualTo(1);
        assertThat(api.payments(CONTRACT)).hasSize(2);
    }

    /**
     * Item «read back before Enviar»: a «Borrador» a person left by hand, whose planilla was typed but never
     * validated (the simulator's refusal is off, so it would send it), is not sent as it is: its detail shows the
     * line «Sin validar», the robot opens it with «Registro» and checks the planilla; SICOPI does not know it yet, so
     * the row ends «Planilla pendiente» and the draft stays. After the clock moves, the same sheet sends it once.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "planilla-campos,planilla-al-salir"})
    void aDraftLeftByHandWithAnUnvalidatedPlanillaIsNeverSentUntilSicopiValidatesIt(String variants) throws Exception {
        Simulator simulator = simulators.start(
                SimulatorOptions.defaults().withVariants(variants).withNamesSeed(31));
        MockPortalApi api = new MockPortalApi(simulator.baseUrl());
        api.write("planillas/refusal", "{\"refuse\":false}");
        LocalDate today = simulator.clock().now().toLocalDate();
        api.write(
                "sicopi/planillas",
                "{\"document\":\"52345678\",\"number\":\"88800031\",\"paymentDate\":\"" + today
                        + "\",\"businessDays\":3}");
        String todayText = today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        co.secop.robot.simulator.HandMadeDraft.withUnvalidatedPlanillas(
                simulator, 7784304, "SS-9", "3.500.000,00", Path.of(ZIP), "88800031|" + todayText);
        Path sheet = oneRow("SS-9", "Cuenta de cobro SS-9", "88800031", todayText);

        RowOutcome first = SimulatorBatch.run(simulator, dir, sheet, false, BatchJob.Mail.off(), "primera")
                .outcomes()
                .get(0);

        assertThat(first.status()).as(describe(List.of(first))).isEqualTo(RowStatus.PLANILLA_PENDING);
        assertThat(first.steps())
                .anyMatch(s -> s.startsWith("Antes de «Enviar»")
                        && s.contains("«Número de planilla»")
                        && s.contains("Sin validar"));
        JsonNode draft = api.payment(CONTRACT, "SS-9");
        assertThat(draft.path("state").asText()).isEqualTo("Borrador");
        assertThat(MockPortalApi.timesInHistory(draft, SENT)).isZero();

        simulator.clock().advance(Duration.ofDays(7));
        RowOutcome second = SimulatorBatch.run(simulator, dir, sheet, false, BatchJob.Mail.off(), "segunda")
                .outcomes()
                .get(0);

        assertThat(second.status()).as(describe(List.of(second))).isEqualTo(RowStatus.SENT);
        List<JsonNode> entries = api.payments(CONTRACT).stream()
                .filter(p -> "SS-9".equals(p.path("number").asText()))
                .toList();
        assertThat(entries).hasSize(1);
        assertThat(MockPortalApi.timesInHistory(entries.get(0), SENT)).isEqualTo(1);
        assertThat(entries.get(0).path("planillas").get(0).path("validated").asBoolean())
                .isTrue();
        assertThat(second.portal())
                .hasValueSatisfying(p -> assertThat(p.planillaList()).contains("88800031", "Consulta exitosa", "IBC"));
    }

    /**
     * A draft whose planilla is not the sheet's (the dry run left 9523456711, the contractor then wrote another
     * one): before «Enviar» the robot sees the difference in the detail and checks the sheet's planilla; SICOPI says
     * it is another person's, so the row fails with the portal's text and the draft is never sent.
     */
    @org.junit.jupiter.api.Test
    void aDraftWhosePlanillaIsNotTheSheetsIsNeverSentAsItIs() throws Exception {
        Simulator simulator = simulators.start(SimulatorOptions.defaults());
        MockPortalApi api = new MockPortalApi(simulator.baseUrl());
        api.write("planillas/refusal", "{\"refuse\":false}");
        Path valid = oneRow("SS-7", "Cuenta de cobro SS-7", "9523456711", "05/11/2026");
        assertThat(SimulatorBatch.run(simulator, dir, valid, true, BatchJob.Mail.off(), "ensayo")
                        .outcomes())
                .extracting(RowOutcome::status)
                .containsExactly(RowStatus.DRY_RUN);
        Path other = oneRow("SS-7", "Cuenta de cobro SS-7", "9798765411", "05/11/2026");

        RowOutcome row = SimulatorBatch.run(simulator, dir, other, false, BatchJob.Mail.off(), "real")
                .outcomes()
                .get(0);

        assertThat(row.status()).as(describe(List.of(row))).isEqualTo(RowStatus.FAILED);
        assertThat(row.steps())
                .anyMatch(
                        s -> s.startsWith("Antes de «Enviar»") && s.contains("9798765411") && s.contains("9523456711"));
        assertThat(row.message())
                .contains(
                        "9798765411",
                        "El tipo y número de documento de la planilla no coinciden con los del contratista");
        JsonNode draft = api.payment(CONTRACT, "SS-7");
        assertThat(draft.path("state").asText()).isEqualTo("Borrador");
        assertThat(MockPortalApi.timesInHistory(draft, SENT)).isZero();
    }

    /**
     * «Planilla pendiente» on a portal that cannot close the form without saving (variant crear-con-confirmacion:
     * «Crear» creates the request before the form opens): the draft SECOP II keeps is recorded in the journal, the
     * next run (after the clock moves) opens that draft with «Registro» instead of creating another, and sends it
     * once. With the simulator's refusal off.
     */
    @org.junit.jupiter.api.Test
    void aDraftThePortalKeepsForAPendingPlanillaIsRecordedAndTheNextRunReusesIt() throws Exception {
        Simulator simulator = simulators.start(SimulatorOptions.defaults().withVariants("crear-con-confirmacion"));
        MockPortalApi api = new MockPortalApi(simulator.baseUrl());
        api.write("planillas/refusal", "{\"refuse\":false}");
        LocalDate today = simulator.clock().now().toLocalDate();
        api.write(
                "sicopi/planillas",
                "{\"document\":\"52345678\",\"number\":\"88800032\",\"paymentDate\":\"" + today
                        + "\",\"businessDays\":3}");
        Path sheet = oneRow(
                "SS-5", "Cuenta de cobro SS-5", "88800032", today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        RowOutcome first = SimulatorBatch.run(simulator, dir, sheet, false, BatchJob.Mail.off(), "primera")
                .outcomes()
                .get(0);

        assertThat(first.status()).as(describe(List.of(first))).isEqualTo(RowStatus.PLANILLA_PENDING);
        List<JsonNode> left = api.payments(CONTRACT);
        assertThat(left).as("el borrador que SECOP II creó al pulsar «Crear»").hasSize(1);
        String draftId = left.get(0).path("paymentId").asText();
        assertThat(left.get(0).path("state").asText()).isEqualTo("Borrador");
        assertThat(first.message())
                .contains("2 a 4 días hábiles", "SECOP II dejó el borrador «" + draftId + "»", "no crea otro")
                .doesNotContain("No se guardó");
        assertThat(Files.readString(dir.resolve("diario.json")))
                .contains("DRAFT_LEFT")
                .contains(draftId);

        simulator.clock().advance(Duration.ofDays(7));
        RowOutcome second = SimulatorBatch.run(simulator, dir, sheet, false, BatchJob.Mail.off(), "segunda")
                .outcomes()
                .get(0);

        assertThat(second.status()).as(describe(List.of(second))).isEqualTo(RowStatus.SENT);
        assertThat(second.steps()).anyMatch(s -> s.contains("«Registro» de ese borrador"));
        List<JsonNode> all = api.payments(CONTRACT);
        assertThat(all).as("ningún borrador de más").hasSize(1);
        assertThat(all.get(0).path("paymentId").asText()).isEqualTo(draftId);
        assertThat(all.get(0).path("number").asText()).isEqualTo("SS-5");
        assertThat(MockPortalApi.timesInHistory(all.get(0), SENT)).isEqualTo(1);
        assertThat(all.get(0).path("planillas").get(0).path("validated").asBoolean())
                .isTrue();
    }

    private Path oneRow(String number, String notes, String planilla, String paid) {
        return SampleWorkbook.payments("Notas", "Soportes", "Número de planilla", "Fecha de pago de la planilla")
                .row(CONTRACT, "Noviembre 2026", number, "No", 3_500_000, 3_500_000, notes, ZIP, planilla, paid)
                .save(dir.resolve(number + "-" + planilla + ".xlsx"));
    }

    private static String describe(List<RowOutcome> rows) {
        return String.join(
                "\n",
                rows.stream()
                        .map(r -> r.status() + ": " + r.message() + " " + r.steps())
                        .toList());
    }
}
