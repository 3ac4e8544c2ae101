package co.secop.robot.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class TestCommandTest {

    @Test
    void translatesTheOptionsIntoMavenProperties() {
        TestCommand command = new TestCommand();
        new CommandLine(command).parseArgs("--tags", "@humo and not @rechazo", "--escenario", "Crear.*",
                "--portal", "https://pruebas.example/STS/Users/Login/Index", "--largo");

        assertThat(command.mavenArguments()).containsExactly(
                "-Dcucumber.filter.tags=@humo and not @rechazo",
                "-Dcucumber.filter.name=.*(?:Crear.*).*",
                "-Dtest=RunCucumberTest",
                "-Dsurefire.failIfNoSpecifiedTests=false",
                "-Dsecop.qa.portal=https://pruebas.example/STS/Users/Login/Index",
                "-Plargo");
    }

    @Test
    void helpIsInSpanish() {
        var out = new java.io.StringWriter();
        CommandLine cli = SecopCli.commandLine();
        cli.setOut(new java.io.PrintWriter(out));
        int code = cli.execute("test", "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Uso: secop test").contains("Opciones:").contains("Muestra esta ayuda");
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
