package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

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
                .hasMessageContaining("SECOP_USUARIO")
                .hasMessageContaining("SECOP_CLAVE");
    }

    @Test
    void theVariableOfAUserIsItsNameInCapitalsWithLettersAndDigitsOnly() {
        assertThat(Credentials.passwordVariable("contratista.dos")).isEqualTo("SECOP_CLAVE_CONTRATISTADOS");
        assertThat(Credentials.passwordVariable(" José-Pérez_2 ")).isEqualTo("SECOP_CLAVE_JOSEPEREZ2");
    }

    @Test
    void eachAccountOfTheSheetTakesItsPasswordFromItsOwnVariable() {
        var accounts = Credentials.forSheet(
                new java.util.LinkedHashSet<>(java.util.List.of("contratista.dos")),
                true,
                Map.of(
                        "SECOP_USUARIO",
                        "contratista.demo",
                        "SECOP_CLAVE",
                        "Uno1*",
                        "SECOP_CLAVE_CONTRATISTADOS",
                        "Dos2*"),
                null);
        assertThat(accounts.users()).containsExactly("contratista.demo", "contratista.dos");
        assertThat(new String(accounts.password("contratista.demo"))).isEqualTo("Uno1*");
        assertThat(new String(accounts.password("CONTRATISTA.DOS"))).isEqualTo("Dos2*");
        assertThat(accounts.toString()).doesNotContain("Uno1*", "Dos2*");
    }

    @Test
    void aMissingPasswordIsAskedOncePerAccountHidden() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        Credentials.Prompt prompt = new Credentials.Prompt() {
            @Override
            public String readLine(String question) {
                throw new AssertionError("el usuario viene del entorno");
            }

            @Override
            public char[] readPassword(String question) {
                asked.add(question);
                return "Tecleada9*".toCharArray();
            }
        };
        var accounts = Credentials.forSheet(
                new java.util.LinkedHashSet<>(
                        java.util.List.of("contratista.dos", "Contratista.Dos", "contratista.demo")),
                true,
                Map.of("SECOP_USUARIO", "contratista.demo", "SECOP_CLAVE_CONTRATISTADEMO", "Uno1*"),
                prompt);
        assertThat(asked).containsExactly("Contraseña de SECOP II de contratista.dos (no se muestra): ");
        assertThat(new String(accounts.password("contratista.dos"))).isEqualTo("Tecleada9*");
        assertThat(new String(accounts.password("contratista.demo"))).isEqualTo("Uno1*");
    }

    @Test
    void withoutTerminalTheMessageNamesTheVariablesOfEachAccount() {
        assertThatThrownBy(() -> Credentials.forSheet(java.util.Set.of("contratista.dos"), false, Map.of(), null))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("SECOP_CLAVE_CONTRATISTADOS");
    }
}
