package co.secop.robot.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.simulator.PortalClient.PaymentForm;
import co.secop.robot.simulator.PortalClient.Response;
import org.junit.jupiter.api.Test;

/** {@code --renombrar-campo}: one field of the payment form served under another label, id and name. */
class RenamedFieldHttpTest {

    @Test
    void theNetValueFieldHasANewLabelIdAndNameAndTheScriptFollowsIt() {
        try (Simulator simulator =
                Simulator.start(SimulatorOptions.defaults().withRenamedField(RenamedField.NET_VALUE))) {
            PortalClient client = new PortalClient(simulator);
            client.loginJuana();
            PaymentForm form = client.contract(7784301).openForm("btnCreatePaymentButton");

            assertThat(form.html)
                    .contains("<label for=\"txtNetValueX\">Valor neto del pago</label>")
                    .contains("id=\"txtNetValueX\" name=\"txtNetValueX\"")
                    .doesNotContain("cbxNetValue")
                    .doesNotContain(">Valor neto<")
                    // The other fields stay as they were.
                    .contains("<label for=\"cbxTotalValue\">Valor total</label>")
                    .contains("id=\"txtInvoiceNumber\" name=\"txtInvoiceNumber\"");
            String script = client.get("/StaticContent/Scripts/portal.js").body();
            assertThat(script).contains("byId('txtNetValueX')").doesNotContain("'cbxNetValue'");

            // The script still posts the value under the simulator's own name: filing by hand still works.
            form.attach("soporte.zip", co.secop.robot.testsupport.Zips.bytes("a.txt", "informe"));
            Response confirmed =
                    form.fill(false, "RN-1", "1.000.000,00", "1.200.000,00").confirm();
            assertThat(confirmed.json().path("ok").asBoolean())
                    .as(confirmed.body())
                    .isTrue();
            assertThat(client.get("/_mock/api/payments/"
                                    + confirmed.json().path("paymentId").asText())
                            .json()
                            .path("netValue")
                            .decimalValue())
                    .isEqualByComparingTo("1000000");
        }
    }

    @Test
    void itCombinesWithUnknownIdsAndAnUnknownFieldIsExplained() {
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults()
                .withVariants(SimulatorVariant.UNKNOWN_IDS)
                .withNamesSeed(5)
                .withRenamedField(RenamedField.parse(" Valor-Neto ")))) {
            PortalClient client = new PortalClient(simulator);
            client.loginJuana();
            String section = client.contract(7784301).executionSection();
            String form = client.get(
                            PortalClient.attr(section, simulator.servedName("btnCreatePaymentButton"), "data-form-url"))
                    .body();
            String served = simulator.servedName("txtNetValueX");
            assertThat(served).isNotEqualTo("txtNetValueX");
            assertThat(form).contains("<label for=\"" + served + "\">Valor neto del pago</label>");
            assertThat(client.get("/StaticContent/Scripts/portal.js").body()).contains("byId('" + served + "')");
        }
        assertThat(RenamedField.parse(null)).isNull();
        assertThatThrownBy(() -> RenamedField.parse("valor"))
                .hasMessage("el campo «valor» no existe; use valor-neto, valor-total, numero-factura, notas");
    }
}
