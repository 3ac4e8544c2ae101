package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the command line says when the user mistypes something that may hold a secret, or points elsewhere. */
class SecurityCliTest {

    @Test
    void anUnknownOptionIsReportedByNameOnly() {
        CliRun run = CliRun.of("cargar", "--datos", "pagos.xlsx", "--clave", "S3cretoX");

        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.err()).contains("no se reconoce --clave.");
        assertThat(run.out() + run.err()).doesNotContain("S3cretoX");
    }

    @Test
    void anUnknownOptionWithItsValueAfterAnEqualsSignIsReportedByNameOnly() {
        CliRun run = CliRun.of("validar", "--datos", "pagos.xlsx", "--contrasena=S3cretoX", "--otra", "S3cretoY");

        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.err()).contains("no se reconocen --contrasena, --otra.");
        assertThat(run.out() + run.err()).doesNotContain("S3cretoX").doesNotContain("S3cretoY");
    }

    @Test
    void aStrayValueIsNotEchoed() {
        CliRun run = CliRun.of("validar", "--datos", "pagos.xlsx", "S3cretoX");

        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.out() + run.err()).doesNotContain("S3cretoX");
    }

    @Test
    void aPortalAddressThatIsNotAllowedIsAConfigurationErrorBeforeAnyBrowserOrPrompt() {
        CliRun plain = CliRun.of(
                "cargar",
                "--datos",
                "no-existe.xlsx",
                "--portal",
                "http://community.secop.gov.co/STS/Users/Login/Index");
        assertThat(plain.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(plain.err()).contains("Error: No se usa esa dirección del portal.", "no es https://");

        CliRun elsewhere = CliRun.of(
                "estado", "--datos", "no-existe.xlsx", "--portal", "https://secop.example.org/STS/Users/Login/Index");
        assertThat(elsewhere.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(elsewhere.err()).contains("«secop.example.org» no está en portal.hosts-permitidos");
    }

    @Test
    void theSimulatorBannerShowsTheDemoPasswordOnlyForTheBundledSeed() {
        assertThat(SimulatorCommand.usersLine(null)).contains("Demo2026*");
        assertThat(SimulatorCommand.usersLine(java.nio.file.Path.of("/datos/otra-semilla.json")))
                .doesNotContain("Demo2026*")
                .contains("otra-semilla.json");
    }
}
