package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.MockPortalApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusCommandTest {

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    /** The supervisor's reason is read in the payment's «Detalle», wherever the portal opens it (§19 [A]). */
    @ParameterizedTest(name = "variante «{0}»")
    @ValueSource(strings = {"", "detalle-en-ventana", "detalle-en-pestana"})
    void showsEachRowsStateAndTheSupervisorsReasonWithoutChangingAnything(String variants) throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults().withVariants(variants))) {
            List<JsonNode> before = new MockPortalApi(simulator.baseUrl()).payments();
            StringWriter printed = new StringWriter();

            int code = StatusCommand.run(
                    new PrintWriter(printed, true),
                    RobotConfiguration.load(Optional.empty()),
                    new StatusCommand.Request(
                            simulator.loginUrl(),
                            new Credentials("contratista.demo", "Demo2026*".toCharArray()),
                            PaymentSheetLoader.load(Path.of("sample-data/pagos-demo.xlsx"), null, 10L * 1024 * 1024),
                            new BrowserSessionOptions(false, null),
                            dir.resolve("estado.json"),
                            dir.resolve("resultados"),
                            Optional.empty(),
                            RobotConfiguration.load(Optional.empty()).smtp()));

            assertThat(code).isZero();
            assertThat(printed.toString())
                    .contains("Fila 2 · CPS-2026-0101 · 011 → Sin radicar (no hay solicitud con el número 011)")
                    .contains("Fila 4 · CPS-2026-0103 · 002 → Rechazado (PP-7784303-2)\n"
                            + "    Motivo del supervisor: El informe de actividades no tiene la firma del supervisor.")
                    .contains("Fila 5 · CPS-2026-0301 · FE-2026-118 → Sin radicar")
                    .contains("Fila 6 · CPS-2026-0104 · 011 → Sin radicar");
            assertThat(new MockPortalApi(simulator.baseUrl()).payments()).isEqualTo(before);
        }
    }
}
