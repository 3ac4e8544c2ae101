package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.config.SecopConfig;
import co.secop.robot.simulator.LoginOptions;
import co.secop.robot.simulator.RenamedField;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.simulator.SimulatorVariant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ./secop simulador --variante ... --semilla ... --captcha ... --idioma ...} become the simulator's options. */
class SimulatorCommandOptionsTest {

    private static SimulatorOptions parse(String... args) {
        CommandLine cli = SecopCli.commandLine();
        String[] all = new String[args.length + 1];
        all[0] = "simulador";
        System.arraycopy(args, 0, all, 1, args.length);
        cli.parseArgs(all);
        SimulatorCommand command = cli.getSubcommands().get("simulador").getCommand();
        return command.options(SecopConfig.load(Optional.empty()));
    }

    @Test
    void variantsSeedCaptchaAndLanguage() {
        SimulatorOptions options = parse(
                "--variante",
                "ids-desconocidos,anexos-en-pagina",
                "--semilla",
                "9",
                "--captcha",
                "tras-fallos",
                "3",
                "--idioma",
                "en");
        assertThat(options.variants())
                .containsExactlyInAnyOrder(SimulatorVariant.UNKNOWN_IDS, SimulatorVariant.UPLOAD_IN_PAGE);
        assertThat(options.namesSeed()).isEqualTo(9L);
        assertThat(options.login().captchaAfterFailures()).isEqualTo(3);
        assertThat(options.login().english()).isTrue();
        assertThat(options.login().lockAfterFailures()).isEqualTo(LoginOptions.DEFAULT_LOCK_AFTER);
    }

    @Test
    void withoutOptionsNothingChangesAndTheNamesAreNewAtEachStart() {
        SimulatorOptions options = parse();
        assertThat(options.variants()).isEmpty();
        assertThat(options.namesSeed()).isNull();
        assertThat(options.login()).isEqualTo(LoginOptions.defaults());
        assertThat(parse("--captcha", "siempre").login().captchaAfterFailures()).isZero();
        assertThat(options.renamedField()).isNull();
    }

    @Test
    void aRenamedFieldOfThePaymentForm() {
        assertThat(parse("--renombrar-campo", "valor-neto").renamedField()).isEqualTo(RenamedField.NET_VALUE);
        assertThatThrownBy(() -> parse("--renombrar-campo", "valor"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("el campo «valor» no existe; use valor-neto,");
    }

    @Test
    void wrongValuesAreExplainedInSpanish() {
        assertThatThrownBy(() -> parse("--variante", "otra"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("la variante «otra» no existe");
        assertThatThrownBy(() -> parse("--captcha", "aveces"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("el modo de captcha «aveces» no existe");
        assertThatThrownBy(() -> parse("--idioma", "fr"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("el idioma «fr» no existe");
    }
}
