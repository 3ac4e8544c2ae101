package co.secop.robot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecopConfigTest {

    @AfterEach
    void clearOverrides() {
        System.clearProperty("portal.espera-corta");
        com.typesafe.config.ConfigFactory.invalidateCaches();
    }

    @Test
    void readsTheProjectDefaults() {
        SecopConfig config = SecopConfig.load(Optional.empty());
        assertThat(config.string("portal.url")).contains("/STS/Users/Login/Index");
        assertThat(config.bytes("lote.tamano-maximo-zip")).isEqualTo(10L * 1024 * 1024);
        assertThat(config.string("simulador.formulario-pago")).isEqualTo("iframe");
    }

    @Test
    void aFileOnDiskOverridesThePackagedDefaultsAndSystemPropertiesWin(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("secop.conf");
        Files.writeString(file, "portal { espera-maxima = 5s, espera-corta = 1s }\n");
        System.setProperty("portal.espera-corta", "2s");
        // Typesafe Config keeps the system properties it read first; another test of this JVM may have loaded it.
        com.typesafe.config.ConfigFactory.invalidateCaches();

        SecopConfig config = SecopConfig.load(Optional.of(file));

        assertThat(config.duration("portal.espera-maxima")).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.duration("portal.espera-corta")).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.string("lote.salida")).isEqualTo("resultados");
    }

    @Test
    void explainsBadValuesInSpanish(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("secop.conf");
        Files.writeString(file, "portal { espera-maxima = mucho }\n");
        SecopConfig config = SecopConfig.load(Optional.of(file));

        assertThatThrownBy(() -> config.duration("portal.espera-maxima"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("La opción «portal.espera-maxima» no es válida");
        assertThatThrownBy(() -> config.string("no.existe"))
                .hasMessage("Falta la opción «no.existe» en la configuración.");
    }

    @Test
    void aMissingExplicitFileIsAConfigurationError(@TempDir Path dir) {
        assertThatThrownBy(() -> SecopConfig.load(Optional.of(dir.resolve("no-existe.conf"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("La configuración no es válida");
    }
}
