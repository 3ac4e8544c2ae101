package co.secop.robot.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialsTest {

    @Test
    void comesFromTheEnvironment() {
        Credentials credentials = Credentials.fromEnvironmentOrPrompt(
                Map.of("SECOP_USUARIO", " contratista.demo ", "SECOP_CLAVE", "Demo2026*"), () -> null);
        assertThat(credentials.user()).isEqualTo("contratista.demo");
        assertThat(credentials.passwordText()).isEqualTo("Demo2026*");
    }

    @Test
    void neverShowsThePassword() {
        Credentials credentials = new Credentials("u", "S3cr3t!".toCharArray());
        assertThat(credentials.toString()).doesNotContain("S3cr3t!").contains("u");
    }

    @Test
    void withoutEnvironmentNorTerminalExplainsWhatToSet() {
        assertThatThrownBy(() -> Credentials.fromEnvironmentOrPrompt(Map.of("SECOP_USUARIO", "u"), () -> null))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("SECOP_USUARIO").hasMessageContaining("SECOP_CLAVE");
    }
}
