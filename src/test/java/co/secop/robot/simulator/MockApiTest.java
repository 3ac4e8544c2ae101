package co.secop.robot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.simulator.model.PaymentState;
import co.secop.robot.testsupport.MockPortalApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** {@code /_mock/api/}: JSON shapes, transitions, settings, reset. */
class MockApiTest extends SimulatorHttpSupport {

    @Test
    void paymentsListsEveryEntryWithNumbersAndIsoDates() {
        Response r = api.get("payments");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body())
                .contains("\"netValue\":3000000.00", "\"totalValue\":3000000.00")
                .doesNotContain("E+");
        JsonNode all = r.json();
        assertThat(all.size()).isEqualTo(14);
        JsonNode plan = find(all, "PP-7784302-11");
        assertThat(plan.path("contract").asText()).isEqualTo("CPS-2026-0102");
        assertThat(plan.path("reference").asText()).isEqualTo("Pago 11 de 12");
        assertThat(plan.path("number").isNull()).isTrue();
        assertThat(plan.path("state").asText()).isEqualTo("Pendiente");
        assertThat(plan.path("totalValue").isNull()).isTrue();

        JsonNode paid = find(all, "PP-7784303-1");
        assertThat(paid.path("number").asText()).isEqualTo("001");
        assertThat(paid.path("electronicInvoice").asBoolean()).isFalse();
        assertThat(paid.path("totalValue").isNumber()).isTrue();
        assertThat(paid.path("totalValue").decimalValue()).isEqualByComparingTo("3000000");
        assertThat(paid.path("dueDate").asText()).isEqualTo("2026-03-29T16:20:00");
        assertThat(paid.path("state").asText()).isEqualTo("Pagado");
        JsonNode doc = paid.path("documents").get(0);
        assertThat(doc.path("name").asText()).isEqualTo("cuenta-cobro-001.zip");
        assertThat(doc.path("bytes").asLong()).isPositive();
        assertThat(doc.path("sha256").asText()).hasSize(64);
        assertThat(StreamSupport.stream(paid.path("history").spliterator(), false)
                        .map(h -> h.path("state").asText()))
                .containsExactly("Borrador", "Enviado a la entidad estatal", "Aceptada", "Pagado");
        assertThat(paid.path("history").get(3).path("at").asText()).isEqualTo("2026-03-12T15:00:00");

        JsonNode rejected = find(all, "PP-7784303-2");
        assertThat(rejected.path("rejectionReason").asText())
                .isEqualTo("El informe de actividades no tiene la firma del supervisor.");

        assertThat(api.get("payments?contract=CPS-2026-0103").json().size()).isEqualTo(2);
    }

    @Test
    void transitionsFollowTheStateMachine() {
        // rejected → cannot be approved
        Response conflict = api.post("payments/PP-7784303-2/approve", "");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().path("error").asText()).startsWith("Solo se pueden aprobar");
        Response missing = api.post("payments/PP-1-1/approve", "");
        assertThat(missing.status()).isEqualTo(404);
        Response paidReject = api.post("payments/PP-7784303-1/reject", "{\"reason\":\"x\"}");
        assertThat(paidReject.status()).isEqualTo(409);
        assertThat(paidReject.json().path("error").asText())
                .isEqualTo("Una factura aprobada y marcada como pagada no podrá ser editada ni eliminada.");

        // put a fresh entry in "Enviado" through the state, then drive it through the API
        simulator.state().edit("PP-7784303-2");
        simulator.state().send("PP-7784303-2");
        Response noReason = api.post("payments/PP-7784303-2/reject", "{}");
        assertThat(noReason.status()).isEqualTo(409);
        Response rejected = api.post("payments/PP-7784303-2/reject", "{\"reason\":\"Falta la planilla.\"}");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().path("state").asText()).isEqualTo("Rechazado");
        assertThat(rejected.json().path("rejectionReason").asText()).isEqualTo("Falta la planilla.");

        simulator.state().edit("PP-7784303-2");
        simulator.state().send("PP-7784303-2");
        assertThat(api.post("payments/PP-7784303-2/approve", "")
                        .json()
                        .path("state")
                        .asText())
                .isEqualTo("Aceptada");
        assertThat(api.post("payments/PP-7784303-2/pay", "")
                        .json()
                        .path("state")
                        .asText())
                .isEqualTo("Pagado");
        assertThat(simulator.state().payment("PP-7784303-2").orElseThrow().state())
                .isEqualTo(PaymentState.PAGADO);
    }

    @Test
    void settingsChangeTheFormModeAndResetRestoresEverything() {
        Response s = api.post("settings", "{\"paymentFormMode\":\"WINDOW\",\"sessionIdleSeconds\":120}");
        assertThat(s.json().path("paymentFormMode").asText()).isEqualTo("WINDOW");
        assertThat(s.json().path("sessionIdleSeconds").asLong()).isEqualTo(120);
        assertThat(api.post("settings", "{\"paymentFormMode\":\"POPUP\"}").status())
                .isEqualTo(400);

        client.loginJuana();
        String section = client.contract(7784301).executionSection();
        assertThat(PortalClient.attr(section, "fdsPaymentPlan", "data-form-mode"))
                .isEqualTo("WINDOW");

        simulator.state().approve(sendFirstPlanRow());
        assertThat(api.post("reset", "").json().path("ok").asBoolean()).isTrue();
        assertThat(api.get("settings").json().path("paymentFormMode").asText()).isEqualTo("IFRAME");
        assertThat(simulator.state().payment("PP-7784302-1").orElseThrow().state())
                .isEqualTo(PaymentState.PENDIENTE);
    }

    private String sendFirstPlanRow() {
        // register the first plan row directly in the state (the web flow is covered elsewhere)
        var entry = simulator
                .state()
                .confirm(
                        7784302,
                        "PP-7784302-1",
                        new co.secop.robot.simulator.model.PaymentRequest(
                                false, null, "CC-1", "31/01/2026 23:59", "4.000.000", "4.000.000", null),
                        simulator.state().now(),
                        java.util.List.of(co.secop.robot.simulator.model.Document.of("a.zip", new byte[] {1})),
                        null);
        simulator.state().send(entry.paymentId());
        return entry.paymentId();
    }

    private static JsonNode find(JsonNode all, String paymentId) {
        return StreamSupport.stream(all.spliterator(), false)
                .filter(p -> p.path("paymentId").asText().equals(paymentId))
                .findFirst()
                .orElseThrow();
    }
}
