package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.simulator.PaymentFormMode;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.Simulators;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ./secop revisar} creates, saves and accepts nothing, in every mode of the form and every variant of the
 * simulator: the portal's payments (entries, drafts, documents, states, history) are the same after it.
 */
class InspectChangesNothingTest {

    private static final Credentials DEMO = new Credentials("contratista.demo", "Demo2026*".toCharArray());
    private static final String QUESTION = "¿Desea crear una solicitud de pago?";

    @RegisterExtension
    final Simulators simulators = new Simulators();

    @TempDir
    Path dir;

    static Stream<Arguments> portals() {
        SimulatorOptions defaults = SimulatorOptions.defaults();
        return Stream.of(
                Arguments.of("modal, sin --formulario", defaults, false),
                Arguments.of("modal", defaults, true),
                Arguments.of("ventana", defaults.withPaymentFormMode(PaymentFormMode.WINDOW), true),
                Arguments.of("página", defaults.withPaymentFormMode(PaymentFormMode.PAGE), true),
                Arguments.of(
                        "todas las variantes menos crear-con-confirmacion",
                        defaults.withVariants(
                                "ids-desconocidos,enviar-sin-confirmacion,confirmar-con-confirmacion,anexos-en-pagina"),
                        true),
                Arguments.of("formulario-pagina", defaults.withVariants("formulario-pagina"), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("portals")
    void revisarLeavesThePortalAsItWas(String name, SimulatorOptions options, boolean form) throws Exception {
        Simulator simulator = simulators.start(options);
        List<JsonNode> before = payments(simulator);

        String out = revisar(simulator, form);

        assertThat(payments(simulator)).as(out).isEqualTo(before);
        assertThat(out).doesNotContain(QUESTION);
    }

    @ParameterizedTest
    @EnumSource(PaymentFormMode.class)
    void whenCrearAsksWhetherToCreateRevisarCancelsSaysSoAndReportsTheFormAsNotReached(PaymentFormMode mode)
            throws Exception {
        Simulator simulator = simulators.start(SimulatorOptions.defaults()
                .withPaymentFormMode(mode)
                .withVariants("crear-con-confirmacion,ids-desconocidos"));
        List<JsonNode> before = payments(simulator);

        String out = revisar(simulator, true);

        assertThat(payments(simulator)).as(mode + ": " + out).isEqualTo(before);
        assertThat(out)
                .as(mode.name())
                .contains("SECOP II preguntó «" + QUESTION + "» al pulsar «Crear»; revisar respondió «Cancelar»")
                .contains("Las claves del formulario quedan «no alcanzado».")
                .doesNotContain("La revisión se detuvo");
        String summary = Files.readString(dir.resolve(mode + "/revision/resumen.txt"));
        assertThat(summary)
                .contains("SECOP II preguntó «" + QUESTION + "»")
                .containsPattern("formulario\\.valor-neto: no alcanzado.*SECOP II preguntó")
                .containsPattern("subida\\.anexar: no alcanzado.*SECOP II preguntó");
    }

    private String revisar(Simulator simulator, boolean form) throws Exception {
        StringWriter printed = new StringWriter();
        String folder = simulator.settings().paymentFormMode().name();
        InspectCommand.run(
                new PrintWriter(printed, true),
                config(),
                simulator.loginUrl(),
                DEMO,
                Optional.empty(),
                form,
                dir.resolve(folder),
                new BrowserSessionOptions(false, null));
        return printed.toString();
    }

    private RobotConfiguration config() throws Exception {
        Path file = dir.resolve("secop-" + System.nanoTime() + ".conf");
        Files.writeString(file, "portal.espera-maxima = 6s\n");
        return RobotConfiguration.load(Optional.of(file));
    }

    private static List<JsonNode> payments(Simulator simulator) {
        return new MockPortalApi(simulator.baseUrl()).payments();
    }
}
