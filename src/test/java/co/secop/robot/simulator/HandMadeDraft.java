package co.secop.robot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.simulator.PortalClient.ContractPage;
import co.secop.robot.simulator.PortalClient.PaymentForm;
import co.secop.robot.simulator.PortalClient.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A «Borrador» left by hand on the simulator (Juana's account, over HTTP, no browser): what a contractor may have
 * confirmed in SECOP II before running the robot. With the simulator's refusal turned off, its planilla lines can
 * be confirmed without «Consulta exitosa», so a robot test can prove that the robot itself never sends such a
 * draft.
 */
public final class HandMadeDraft {

    private HandMadeDraft() {}

    /**
     * Confirms a new request of {@code contractId} with {@code number}, the same net and total value ({@code
     * 3.500.000,00}), notes «Cuenta de cobro <number>», the ZIP {@code zip} and the planilla lines {@code planillas}
     * ({@code numero|dd/MM/aaaa;…}) typed but never validated; returns its payment id.
     */
    public static String withUnvalidatedPlanillas(
            Simulator simulator, long contractId, String number, String value, Path zip, String planillas) {
        PortalClient client = new PortalClient(simulator);
        client.loginJuana();
        ContractPage page = client.contract(contractId);
        PaymentForm form = page.openForm("btnCreatePaymentButton");
        try {
            form.attach(zip.getFileName().toString(), Files.readAllBytes(zip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        form.fill(false, number, value, value).set("planillas", planillas);
        Response saved = form.confirm();
        assertThat(saved.json().path("ok").asBoolean())
                .as("el simulador debe aceptar el borrador (¿rechazo de la planilla apagado?): " + saved.body())
                .isTrue();
        return saved.json().path("paymentId").asText();
    }
}
