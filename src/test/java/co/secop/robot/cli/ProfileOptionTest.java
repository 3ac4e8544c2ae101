package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.config.RobotConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --perfil}: opt-in, never inside the results folder that goes to support. */
class ProfileOptionTest {

    @TempDir
    Path dir;

    @Test
    void withoutTheOptionEachRunGetsAFreshProfile() throws Exception {
        BrowserSettings settings = new BrowserSessionOptions(false, null).browser(config());

        assertThat(settings.profile()).isEmpty();
    }

    @Test
    void aProfileInsideTheResultsFolderIsRefused() throws Exception {
        RobotConfiguration config = config();

        assertThatThrownBy(() -> new BrowserSessionOptions(false, dir.resolve("resultados/perfil")).browser(config))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("no puede quedar dentro de");
    }

    @Test
    void aProfileElsewhereIsUsedAndTheSessionIsKept() throws Exception {
        RobotConfiguration config = config();
        BrowserSessionOptions options = new BrowserSessionOptions(false, dir.resolve("perfil-secop"));

        BrowserSettings settings = options.browser(config);

        assertThat(settings.profile())
                .contains(dir.resolve("perfil-secop").toAbsolutePath().normalize());
        assertThat(options.portal(config, settings, new java.io.PrintWriter(java.io.Writer.nullWriter()))
                        .keepSession())
                .isTrue();
    }

    @Test
    void theCommandsOfferIt() {
        assertThat(CliRun.of("cargar", "--help").out()).contains("--perfil");
        assertThat(CliRun.of("estado", "--help").out()).contains("--perfil");
        assertThat(CliRun.of("revisar", "--help").out()).contains("--perfil").contains("--formulario");
    }

    private RobotConfiguration config() throws Exception {
        Path file = dir.resolve("secop.conf");
        Files.writeString(
                file, "lote.salida = \"" + dir.resolve("resultados").toString().replace("\\", "/") + "\"\n");
        return RobotConfiguration.load(Optional.of(file));
    }
}
