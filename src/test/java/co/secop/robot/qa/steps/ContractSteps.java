package co.secop.robot.qa.steps;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.portal.ContractRow;
import co.secop.robot.portal.PaymentEntry;
import co.secop.robot.portal.PaymentPlanSection;
import co.secop.robot.qa.PortalFlow;
import co.secop.robot.qa.QaWorld;
import io.cucumber.java.es.Cuando;
import io.cucumber.java.es.Entonces;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** «Mis contratos», the contract detail and «Plan de pagos» as the page objects read them. */
public class ContractSteps {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final QaWorld world;
    private final PortalFlow flow;

    public ContractSteps(QaWorld world, PortalFlow flow) {
        this.world = world;
        this.flow = flow;
    }

    // ------------------------------------------------------------------ Mis contratos

    @Cuando("abro «Mis contratos»")
    public void openMyContracts() {
        flow.myContracts();
    }

    @Entonces("«Mis contratos» muestra la empresa activa {string}")
    public void activeCompany(String company) {
        assertThat(world.contracts.activeCompany()).isEqualTo(company);
    }

    @Entonces("«Mis contratos» lista el contrato {string} en estado {string}")
    public void listsContract(String number, String state) {
        ContractRow row = contractRow(number);
        assertThat(row.state()).as("estado del contrato %s", number).isEqualTo(state);
    }

    @Entonces("«Mis contratos» lista el contrato {string} en estado {string} con valor {string}")
    public void listsContractWithValue(String number, String state, String value) {
        ContractRow row = contractRow(number);
        assertThat(row.state()).as("estado del contrato %s", number).isEqualTo(state);
        assertThat(row.value()).as("valor del contrato %s", number).isEqualTo(value);
    }

    @Entonces("«Mis contratos» no lista el contrato {string}")
    public void doesNotListContract(String number) {
        assertThat(world.contracts.contract(number))
                .as("contrato %s en «Mis contratos» de «%s»", number, world.contracts.activeCompany())
                .isEmpty();
    }

    private ContractRow contractRow(String number) {
        if (world.contracts == null) {
            flow.myContracts();
        }
        Optional<ContractRow> row = world.contracts.contract(number);
        assertThat(row)
                .as(
                        "contrato %s en «Mis contratos» de «%s»: %s",
                        number, world.contracts.activeCompany(), world.contracts.contracts())
                .isPresent();
        return row.orElseThrow();
    }

    // ------------------------------------------------------------------ contract detail

    @Cuando("abro el detalle del contrato {string}")
    public void openContractDetail(String number) {
        world.contractDetail = flow.myContractsListing(number).openDetail(number);
    }

    @Entonces("el detalle muestra el contrato {string} en estado {string}")
    public void contractDetail(String number, String state) {
        assertThat(world.contractDetail.contractNumber()).isEqualTo(number);
        assertThat(world.contractDetail.state()).isEqualTo(state);
    }

    @Entonces("el detalle tiene la sección {string}")
    public void hasSection(String section) {
        assertThat(world.contractDetail.sections()).contains(section);
    }

    @Entonces("el detalle tiene como primera sección {string}")
    public void firstSection(String section) {
        assertThat(world.contractDetail.sections()).first().isEqualTo(section);
    }

    @Cuando("abro la sección «Ejecución del Contrato»")
    public void openExecutionSection() {
        world.plan = world.contractDetail.openPaymentPlan();
    }

    // ------------------------------------------------------------------ Plan de pagos

    @Cuando("(que )abro el plan de pagos del contrato {string}")
    public void openPlan(String contract) {
        flow.openPlan(contract);
    }

    @Entonces("el plan de pagos ofrece el botón «Crear»")
    public void offersCreate() {
        assertThat(world.plan.hasCreateButton()).as("botón «Crear»").isTrue();
    }

    @Entonces("el plan de pagos no ofrece el botón «Crear»")
    public void doesNotOfferCreate() {
        assertThat(world.plan.hasCreateButton()).as("botón «Crear»").isFalse();
    }

    @Entonces("el plan de pagos tiene {int} filas en estado {string}")
    public void rowsInState(int count, String state) {
        List<PaymentEntry> entries = world.plan.entries();
        assertThat(entries.stream().filter(e -> e.state().equals(state)))
                .as("filas «%s» del plan de pagos:%s", state, PortalFlow.describe(entries))
                .hasSize(count);
    }

    @Entonces("la fila del plan {string} espera el pago el {string} y ofrece las acciones {string}")
    public void planRow(String reference, String date, String actions) {
        PaymentEntry entry = entry(world.plan, reference);
        assertThat(entry.expectedDate().map(DAY::format))
                .as("fecha esperada de «%s»", reference)
                .contains(date);
        assertThat(entry.actions())
                .as("acciones de «%s»", reference)
                .containsExactlyInAnyOrderElementsOf(list(actions));
    }

    @Entonces("el plan de pagos muestra la solicitud {string} en estado {string}")
    public void showsEntry(String idOrNumber, String state) {
        PaymentEntry entry = entry(world.plan, idOrNumber);
        assertThat(entry.state())
                .as("estado de la solicitud «%s» en el plan de pagos", idOrNumber)
                .isEqualTo(state);
    }

    @Entonces("el plan de pagos del contrato {string} muestra la solicitud {string} en estado {string}")
    public void contractPlanShowsEntry(String contract, String idOrNumber, String state) {
        List<PaymentEntry> entries = flow.openPlan(contract).entries();
        world.scenario.log("Plan de pagos de " + contract + ":" + PortalFlow.describe(entries));
        PaymentEntry entry = PortalFlow.find(entries, idOrNumber)
                .orElseThrow(() -> new AssertionError("El plan de pagos de " + contract + " no muestra la solicitud «"
                        + idOrNumber + "»:" + PortalFlow.describe(entries)));
        assertThat(entry.state())
                .as("estado de la solicitud «%s» en el plan de pagos", idOrNumber)
                .isEqualTo(state);
    }

    @Entonces("la solicitud {string} ofrece las acciones {string}")
    public void offersActions(String idOrNumber, String actions) {
        PaymentEntry entry = entry(world.plan, idOrNumber);
        assertThat(entry.actions())
                .as("acciones de la solicitud «%s»", idOrNumber)
                .containsExactlyInAnyOrderElementsOf(list(actions));
    }

    // ------------------------------------------------------------------ Detalle / Editar / Enviar

    @Cuando("abro el detalle de la solicitud {string}")
    public void openPaymentDetail(String idOrNumber) {
        world.paymentDetail = world.plan.openDetail(entry(world.plan, idOrNumber));
    }

    @Entonces("el detalle de la solicitud muestra el estado {string} y el motivo {string}")
    public void paymentDetail(String state, String reason) {
        assertThat(world.paymentDetail.state()).isEqualTo(state);
        assertThat(world.paymentDetail.rejectionReason()).contains(reason);
        assertThat(world.paymentDetail.canEdit()).as("botón «Editar»").isTrue();
    }

    @Cuando("pulso «Editar» en el detalle")
    public void edit() {
        world.plan = world.paymentDetail.edit();
        world.paymentDetail = null;
    }

    @Cuando("pulso «Enviar» de la solicitud {string}")
    public void send(String idOrNumber) {
        // The robot presses «Enviar» once and accepts the known confirmation itself; the next steps read it.
        world.plan = world.plan.send(entry(world.plan, idOrNumber));
        world.sendPending = true;
    }

    @Entonces("el portal pregunta {string}")
    public void confirmationQuestion(String question) {
        assertThat(world.plan.lastConfirmation())
                .hasValueSatisfying(q -> assertThat(q).contains(question));
    }

    @Cuando("acepto la confirmación")
    public void accept() {
        assertThat(world.sendPending).as("«Enviar» pulsado antes").isTrue();
        assertThat(world.plan.lastConfirmation()).as("confirmación aceptada").isPresent();
        world.sendPending = false;
    }

    @Cuando("pulso «Enviar» de la solicitud {string} y acepto la confirmación")
    public void sendAndAccept(String idOrNumber) {
        send(idOrNumber);
        accept();
    }

    static PaymentEntry entry(PaymentPlanSection plan, String idOrNumber) {
        assertThat(plan).as("no hay un plan de pagos abierto").isNotNull();
        List<PaymentEntry> entries = plan.entries();
        Optional<PaymentEntry> entry = PortalFlow.find(entries, idOrNumber);
        assertThat(entry)
                .as("solicitud «%s» en el plan de pagos:%s", idOrNumber, PortalFlow.describe(entries))
                .isPresent();
        return entry.orElseThrow();
    }

    static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
