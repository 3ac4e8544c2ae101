package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TestCommandTest {

    @Test
    void translatesTheOptionsIntoMavenProperties() {
        TestCommand command = new TestCommand();
        new CommandLine(command)
                .parseArgs(
                        "--tags",
                        "@humo and not @rechazo",
                        "--escenario",
                        "Crear",
                        "--portal",
                        "https://pruebas.example/STS/Users/Login/Index",
                        "--largo");

        assertThat(command.mavenArguments())
                .containsExactly(
                        "-Dsurefire.groups=(humo & !rechazo) & !simulador",
                        "-Dcucumber.filter.name=.*(?:(?iu)[cç]r[eéèëê][aáàäâ]r).*",
                        "-Dtest=RunCucumberTest",
                        "-Dsurefire.failIfNoSpecifiedTests=false",
                        "-DskipITs",
                        "-Dsecop.qa.portal=https://pruebas.example/STS/Users/Login/Index",
                        "-Plargo");
    }

    @Test
    void cucumberTagsBecomeJUnitTagsSoThatTheOtherScenariosAreLeftOutInsteadOfSkipped() {
        assertThat(TestCommand.junitTagExpression("@humo")).isEqualTo("humo");
        assertThat(TestCommand.junitTagExpression("@regresion and not (@sesion or @factura-electronica)"))
                .isEqualTo("regresion & !(sesion | factura-electronica)");
        assertThatThrownBy(() -> TestCommand.junitTagExpression("humo"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("«humo» no es una etiqueta");
    }

    @Test
    void againstATestPortalTheSimulatorScenariosAreLeftOut() {
        TestCommand command = new TestCommand();
        new CommandLine(command).parseArgs("--portal", "https://pruebas.example/STS/Users/Login/Index");

        assertThat(command.mavenArguments())
                .containsExactly(
                        "-Dsurefire.groups=!simulador",
                        "-Dsecop.qa.portal=https://pruebas.example/STS/Users/Login/Index");
    }

    @Test
    void aGridRunsOnlyTheScenariosOnItsBrowsers() {
        TestCommand command = new TestCommand();
        new CommandLine(command).parseArgs("--grid", "http://127.0.0.1:4444");

        assertThat(command.mavenArguments())
                .containsExactly(
                        "-Dtest=RunCucumberTest",
                        "-Dsurefire.failIfNoSpecifiedTests=false",
                        "-DskipITs",
                        "-Dsecop.qa.grid=http://127.0.0.1:4444");
    }

    @Test
    void aGridAddressThatIsNotOneIsAUsageErrorInSpanish() {
        assertThatThrownBy(() -> TestCommand.gridUrl("127.0.0.1:4444"))
                .hasMessageContaining("--grid debe ser la dirección de un Selenium Grid");
    }

    @Test
    void theScenarioNameIsFoundIgnoringCaseAndAccents() {
        List<String> names = TestCommand.scenarioNames(Path.of("features"));
        assertThat(names).contains("Credenciales incorrectas");
        assertThat(TestCommand.matching(names, "credenciales incorrectas")).containsExactly("Credenciales incorrectas");
        assertThat(TestCommand.matching(names, "SESION EXPIRA")).hasSize(2);
        assertThat(TestCommand.matching(names, "electronica con el cufe"))
                .containsExactly("Radicar una factura electrónica con el CUFE validado ante la DIAN");
        // What Maven receives finds the same scenario the same way.
        assertThat(Pattern.compile(".*(?:" + TestCommand.namePattern("credenciales incorrectas") + ").*")
                        .matcher("Credenciales incorrectas")
                        .matches())
                .isTrue();
    }

    @Test
    void aNameThatMatchesNoScenarioFailsWithoutRunningMaven() {
        CliRun run = CliRun.of("test", "--escenario", "no existe este escenario");
        assertThat(run.exitCode()).isEqualTo(SecopCli.SOME_FAILED);
        assertThat(run.err())
                .contains("ningún escenario de features/ tiene «no existe este escenario»")
                .contains("  - Credenciales incorrectas");
    }

    @Test
    void aRunThatStartedNoScenarioIsCountedAsNone(@TempDir Path dir) throws Exception {
        Path ndjson = dir.resolve("cucumber.ndjson");
        Files.writeString(ndjson, "{\"meta\":{}}\n{\"testRunStarted\":{}}\n{\"testRunFinished\":{}}\n");
        assertThat(TestCommand.scenariosRun(ndjson, 0)).isZero();
        Files.writeString(ndjson, "{\"testCaseStarted\":{\"id\":\"1\"}}\n{\"testCaseStarted\":{\"id\":\"2\"}}\n");
        assertThat(TestCommand.scenariosRun(ndjson, 0)).isEqualTo(2);
        assertThat(TestCommand.scenariosRun(dir.resolve("falta.ndjson"), 0)).isZero();
    }

    @Test
    void helpIsInSpanish() {
        var out = new java.io.StringWriter();
        CommandLine cli = SecopCli.commandLine();
        cli.setOut(new java.io.PrintWriter(out));
        int code = cli.execute("test", "--help");
        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("Uso: ./secop test")
                .contains("Opciones:")
                .contains("Muestra esta ayuda");
    }

    @Test
    void anUnknownOptionIsAUsageErrorInSpanish() {
        var err = new java.io.StringWriter();
        CommandLine cli = SecopCli.commandLine();
        cli.setErr(new java.io.PrintWriter(err));
        int code = cli.execute("test", "--desconocida");
        assertThat(code).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(err.toString()).contains("Error: no se reconoce --desconocida.");
    }
}
