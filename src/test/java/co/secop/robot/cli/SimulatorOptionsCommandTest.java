package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.config.SecopConfig;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ./secop simulador --permitir-numeros-repetidos}. */
class SimulatorOptionsCommandTest {

    @Test
    void theOptionAllowsRepeatedNumbersAndIsOffByDefault() {
        SecopConfig config = SecopConfig.load(Optional.empty());
        SimulatorCommand plain = new SimulatorCommand();
        new CommandLine(plain).parseArgs();
        SimulatorCommand allowing = new SimulatorCommand();
        new CommandLine(allowing).parseArgs("--permitir-numeros-repetidos");

        assertThat(plain.options(config).allowRepeatedNumbers()).isFalse();
        assertThat(allowing.options(config).allowRepeatedNumbers()).isTrue();
        assertThat(CliRun.of("simulador", "--help").out()).contains("--permitir-numeros-repetidos");
    }
}
