package co.secop.robot.qa.steps;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.format.Pesos;
import co.secop.robot.qa.PortalUnderTest;
import co.secop.robot.qa.QaWorld;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.MockPortalApi.Payment;
import io.cucumber.java.es.Cuando;
import io.cucumber.java.es.Dado;
import io.cucumber.java.es.Entonces;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the simulator stored, through its JSON API ({@code GET /_mock/api/payments}), and the entity's actions. */
public class SimulatorSteps {

    private static final String SENT = "Enviado a la entidad estatal";

    private final QaWorld world;
    private final PortalUnderTest portal;

    public SimulatorSteps(QaWorld world, PortalUnderTest portal) {
        this.world = world;
        this.portal = portal;
    }

    private MockPortalApi api() {
        return portal.api();
    }

    private List<Payment> payments(String contract) {
        return api().payments(contract).stream().map(Payment::of).toList();
    }

    private Optional<Payment> findPayment(String contract, String number) {
        return api().findPayment(contract, number).map(Payment::of);
    }

    private Payment payment(String contract, String number) {
        Optional<Payment> payment = findPayment(contract, number);
        assertThat(payment)
                .as("solicitud «%s» del contrato %s en el simulador: %s", number, contract, payments(contract))
                .isPresent();
        return payment.orElseThrow();
    }

    @Dado(
            "(que )el simulador muestra la solicitud {string} del contrato {string} en estado {string} con el motivo {string}")
    public void seededEntry(String number, String contract, String state, String reason) {
        Payment payment = payment(contract, number);
        assertThat(payment.state()).isEqualTo(state);
        assertThat(payment.rejectionReason()).isEqualTo(reason);
        world.rememberedPaymentIds.put(QaWorld.key(contract, number), payment.paymentId());
    }

    @Cuando("(que )la entidad rechaza la solicitud {string} del contrato {string} con el motivo {string}")
    public void reject(String number, String contract, String reason) {
        Payment payment = payment(contract, number);
        world.rememberedPaymentIds.put(QaWorld.key(contract, number), payment.paymentId());
        Payment rejected = Payment.of(api().reject(payment.paymentId(), reason));
        assertThat(rejected.state()).isEqualTo("Rechazado");
    }

    @Dado("(que )SICOPI recibirá la planilla {string} del documento {string} pagada el {string}")
    public void sicopiPlanilla(String number, String document, String paidOn) {
        java.time.LocalDate paid =
                java.time.LocalDate.parse(paidOn, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        api().write(
                        "sicopi/planillas",
                        "{\"document\":\"" + document + "\",\"number\":\"" + number + "\",\"paymentDate\":\"" + paid
                                + "\",\"businessDays\":3}");
    }

    @Dado("(que )el reloj del simulador marca el {string}")
    public void clockAt(String day) {
        java.time.LocalDateTime target = java.time.LocalDate.parse(
                        day, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                .atTime(9, 0);
        var clock = portal.simulator().clock();
        clock.advance(java.time.Duration.between(clock.now(), target));
    }

    @Cuando("el reloj del simulador avanza {int} días")
    public void clockForward(int days) {
        portal.simulator().clock().advance(java.time.Duration.ofDays(days));
    }

    @Dado("(que )el simulador no rechaza una solicitud sin planilla validada")
    public void planillaRefusalOff() {
        api().write("planillas/refusal", "{\"refuse\":false}");
    }

    @Dado("(que )la consulta a SICOPI falla las próximas {int} veces")
    public void sicopiDown(int checks) {
        api().write("sicopi/failures", "{\"next\":" + checks + "}");
    }

    @Entonces("el simulador guardó la planilla {string} en la solicitud {string} del contrato {string}")
    public void savedPlanilla(String planilla, String number, String contract) {
        com.fasterxml.jackson.databind.JsonNode payment =
                api().findPayment(contract, number).orElseThrow();
        List<String> numbers = new java.util.ArrayList<>();
        payment.path("planillas").forEach(p -> numbers.add(p.path("number").asText()));
        assertThat(numbers).as("planillas de la solicitud %s", number).contains(planilla);
    }

    @Cuando("la sesión del portal expira")
    public void expireSessions() {
        api().expireSessions();
    }

    @Entonces("el simulador tiene la solicitud {string} del contrato {string} en estado {string}")
    public void stored(String number, String contract, String state) {
        assertThat(payment(contract, number).state())
                .as("estado en el simulador")
                .isEqualTo(state);
    }

    @Entonces("el simulador tiene una sola solicitud {string} del contrato {string}, en estado {string}")
    public void storedOnce(String number, String contract, String state) {
        List<Payment> same = payments(contract).stream()
                .filter(p -> number.equalsIgnoreCase(p.number()))
                .toList();
        assertThat(same)
                .as("solicitudes «%s» del contrato %s", number, contract)
                .hasSize(1);
        assertThat(same.get(0).state()).isEqualTo(state);
    }

    @Entonces("el simulador no tiene la solicitud {string} del contrato {string}")
    public void notStored(String number, String contract) {
        assertThat(findPayment(contract, number))
                .as("solicitud «%s» del contrato %s", number, contract)
                .isEmpty();
    }

    @Entonces("el simulador no tiene solicitudes de pago del contrato {string}")
    public void noPayments(String contract) {
        assertThat(payments(contract))
                .as("solicitudes del contrato %s", contract)
                .isEmpty();
    }

    @Entonces("ninguna solicitud del contrato {string} fue enviada a la entidad")
    public void nothingSent(String contract) {
        assertThat(payments(contract))
                .as("solicitudes del contrato %s", contract)
                .allSatisfy(p -> assertThat(p.states()).doesNotContain(SENT));
    }

    @Entonces("el simulador tiene {int} filas del plan del contrato {string} en estado {string}")
    public void planRows(int count, String contract, String state) {
        assertThat(payments(contract).stream().filter(p -> state.equals(p.state())))
                .hasSize(count);
    }

    @Entonces("el simulador tiene estas solicitudes:")
    public void storedTable(List<Map<String, String>> table) {
        for (Map<String, String> row : table) {
            stored(row.get("número"), row.get("contrato"), row.get("estado"));
        }
    }

    @Entonces("la solicitud {string} del contrato {string} conserva su id de pago en el simulador")
    public void samePaymentId(String number, String contract) {
        String before = world.rememberedPaymentIds.get(QaWorld.key(contract, number));
        assertThat(before).as("id de pago recordado de «%s»", number).isNotNull();
        assertThat(payment(contract, number).paymentId()).isEqualTo(before);
        assertThat(payments(contract).stream().filter(p -> number.equalsIgnoreCase(p.number())))
                .as("no se creó otra solicitud «%s»", number)
                .hasSize(1);
    }

    /**
     * Keys: estado, referencia, factura electrónica (Sí/No), CUFE, valor neto, valor total (as the form
     * writes them, "3.500.000,00"), notas, documentos (each must be among them), historial (exact,
     * comma-separated), historial termina con.
     */
    @Entonces("el simulador guardó la solicitud {string} del contrato {string} con:")
    public void storedWith(String number, String contract, Map<String, String> expected) {
        Payment p = payment(contract, number);
        world.scenario.log("Simulador: " + p);
        expected.forEach((key, value) -> {
            switch (key.strip().toLowerCase()) {
                case "estado" -> assertThat(p.state()).as(key).isEqualTo(value);
                case "referencia" -> assertThat(p.reference()).as(key).isEqualTo(value);
                case "factura electrónica" ->
                    assertThat(p.electronicInvoice()).as(key).isEqualTo(value.equals("Sí"));
                case "cufe" -> assertThat(p.cufe()).as(key).isEqualToIgnoringCase(value);
                case "valor neto" ->
                    assertThat(Pesos.input(p.netValue())).as(key).isEqualTo(value);
                case "valor total" ->
                    assertThat(Pesos.input(p.totalValue())).as(key).isEqualTo(value);
                case "notas" -> assertThat(p.notes()).as(key).isEqualTo(value);
                case "documentos" -> assertThat(p.documentNames()).as(key).containsAll(ContractSteps.list(value));
                case "historial" -> assertThat(p.states()).as(key).containsExactlyElementsOf(ContractSteps.list(value));
                case "historial termina con" ->
                    assertThat(p.states())
                            .as(key)
                            .endsWith(ContractSteps.list(value).toArray(String[]::new));
                default -> throw new IllegalArgumentException("Dato desconocido en la tabla: «" + key + "».");
            }
        });
    }
}
