package co.secop.robot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.notification.SmtpSettings;
import co.secop.robot.portal.PasswordDestination;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityConfigTest {

    @TempDir
    Path dir;

    private RobotConfiguration with(String hocon) throws IOException {
        return RobotConfiguration.load(Optional.of(Files.writeString(dir.resolve("secop.conf"), hocon)));
    }

    @Test
    void theDefaultAllowedHostsAreSecopIIsAndTheDefaultPortalPasses() throws IOException {
        RobotConfiguration config = with("");
        assertThat(config.allowedHosts()).containsExactly("community.secop.gov.co", "www.secop.gov.co");
        assertThat(config.checkedLoginUrl(config.loginUrl())).isEqualTo(config.loginUrl());
        assertThat(config.portalSettings().allowedHosts()).isEqualTo(PasswordDestination.SECOP_HOSTS);
    }

    @Test
    void refusesAnotherHostPlainHttpAndCredentialsInTheAddress() throws IOException {
        RobotConfiguration config = with("");
        assertThatThrownBy(() -> config.checkedLoginUrl("https://secop.gov.co.example.net/STS/Users/Login/Index"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no está en portal.hosts-permitidos");
        assertThatThrownBy(() -> config.checkedLoginUrl("http://community.secop.gov.co/STS/Users/Login/Index"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no es https://");
        assertThatThrownBy(() -> config.checkedLoginUrl("https://u:p@community.secop.gov.co/STS"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("usuario o clave antes del servidor");
    }

    @Test
    void plainHttpOnlyOnThisMachine() throws IOException {
        RobotConfiguration config = with("");
        assertThat(config.checkedLoginUrl("http://127.0.0.1:8080/STS/Users/Login/Index"))
                .isNotNull();
        assertThat(config.checkedLoginUrl("http://localhost:8080/STS/Users/Login/Index"))
                .isNotNull();
        assertThatThrownBy(() -> config.checkedLoginUrl("http://192.168.1.20:8080/STS/Users/Login/Index"))
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void theAllowedHostsComeFromTheConfigurationAsAListOrACommaSeparatedText() throws IOException {
        assertThat(with("portal.hosts-permitidos = [\"pruebas.secop.gov.co\"]")
                        .checkedLoginUrl("https://pruebas.secop.gov.co/STS"))
                .isNotNull();
        RobotConfiguration text = with("portal.hosts-permitidos = \"a.gov.co, b.gov.co\"");
        assertThat(text.allowedHosts()).containsExactly("a.gov.co", "b.gov.co");
        assertThatThrownBy(() -> text.checkedLoginUrl("https://community.secop.gov.co/STS"))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> with("portal.hosts-permitidos = []").allowedHosts())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("está vacía");
    }

    @Test
    void aGridOnAnotherMachineNeedsHttpsOrAnExplicitSetting() throws IOException {
        assertThatThrownBy(
                        () -> with("navegador.grid = \"http://10.0.0.5:4444\"").browserSettings(false))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("navegador.grid-http-permitido");
        assertThat(with("navegador.grid = \"https://grid.oficina.example:4444\"")
                        .browserSettings(false)
                        .gridUrl())
                .isPresent();
        assertThat(with("navegador.grid = \"http://127.0.0.1:4444\"")
                        .browserSettings(false)
                        .gridUrl())
                .isPresent();
        assertThat(with("navegador { grid = \"http://10.0.0.5:4444\", grid-http-permitido = true }")
                        .browserSettings(false)
                        .gridUrl())
                .isPresent();
    }

    @Test
    void smtpAuthenticationNeedsTlsExceptOnThisMachine() throws IOException {
        RobotConfiguration remote = with("correo { servidor = \"smtp.example.org\", usuario = \"robot\","
                + " remitente = \"robot@example.org\", tls = false }");
        assertThatThrownBy(() -> remote.smtp("clave"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("correo.tls");
        SmtpSettings withTls = with("correo { servidor = \"smtp.example.org\", usuario = \"robot\","
                        + " remitente = \"robot@example.org\", tls = true }")
                .smtp("clave");
        assertThat(withTls.sendsPasswordInClear()).isFalse();
        SmtpSettings loopback = with("correo { servidor = \"127.0.0.1\", usuario = \"robot\","
                        + " remitente = \"robot@example.org\", tls = false }")
                .smtp("clave");
        assertThat(loopback.sendsPasswordInClear()).isFalse();
        SmtpSettings noUser = with("correo { servidor = \"smtp.example.org\", remitente = \"robot@example.org\","
                        + " tls = false }")
                .smtp(null);
        assertThat(noUser.sendsPasswordInClear()).isFalse();
    }
}
