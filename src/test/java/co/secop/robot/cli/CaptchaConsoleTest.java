package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.run.BatchJob;
import co.secop.robot.simulator.LoginOptions;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.Simulators;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What the person must do is on the console, not only in the HTML report: the table cuts, the list after it does not. */
class CaptchaConsoleTest {

    @RegisterExtension
    final Simulators simulators = new Simulators();

    @TempDir
    Path work;

    @Test
    void aCaptchaOnAHeadlessRunTellsOnTheConsoleToRunAgainWithVisible() throws Exception {
        Simulator simulator = simulators.start(
                SimulatorOptions.defaults().withLogin(LoginOptions.defaults().captchaAlways()));
        Path conf = Files.writeString(
                work.resolve("secop.conf"),
                "lote { salida = \"" + work.resolve("resultados").toString().replace("\\", "/") + "\", diarios = \""
                        + work.resolve("diarios").toString().replace("\\", "/") + "\" }\n");
        StringWriter terminal = new StringWriter();

        int code = LoadCommand.run(
                new PrintWriter(terminal, true),
                RobotConfiguration.load(Optional.of(conf)),
                simulator.loginUrl(),
                new Credentials("contratista.demo", "Demo2026*".toCharArray()),
                Path.of("sample-data/pagos-demo.xlsx"),
                null,
                work.resolve("salida"),
                new LoadCommand.Mode(false, false, false),
                BatchJob.Mail.off());

        String out = terminal.toString();
        assertThat(code).as(out).isEqualTo(SecopCli.SOME_FAILED);
        assertThat(out.replaceAll("\\s+", " ")).as(out).contains("Ejecute de nuevo con --visible");
        // The stop reason is shared by every row: printed once.
        assertThat(out.split("Ejecute de", -1)).as(out).hasSize(2);
    }
}
