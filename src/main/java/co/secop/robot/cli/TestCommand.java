package co.secop.robot.cli;

import co.secop.robot.config.SecopConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ./secop test}: the whole test suite, {@code mvn -B verify}, with Cucumber's tag filter. */
@Command(name = "test", description = "Ejecuta todas las pruebas del proyecto (mvn -B verify).")
public final class TestCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Option(names = "--tags", paramLabel = "EXPRESIÓN",
            description = "Solo los escenarios con estas etiquetas, p. ej. \"@humo and not @rechazo\".")
    String tags;

    @Option(names = "--escenario", paramLabel = "NOMBRE",
            description = "Solo los escenarios cuyo nombre contiene este texto (expresión regular).")
    String scenarioName;

    @Option(names = "--portal", paramLabel = "URL",
            description = "Ejecuta los escenarios contra este portal de pruebas en vez del simulador.")
    String portal;

    @Option(names = "--largo", description = "Incluye las pruebas largas de confiabilidad (perfil largo).")
    boolean longSuites;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var home = SecopConfig.home();
        if (!Files.isRegularFile(home.resolve("pom.xml"))) {
            throw new UserFacingException("«./secop test» necesita el código fuente del proyecto (no se encontró "
                    + home.resolve("pom.xml") + ").");
        }
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "verify"));
        command.addAll(mavenArguments());
        Process maven = new ProcessBuilder(command).directory(home.toFile()).inheritIO().start();
        return maven.waitFor();
    }

    List<String> mavenArguments() {
        List<String> arguments = new ArrayList<>();
        if (tags != null) {
            arguments.add("-Dcucumber.filter.tags=" + tags);
        }
        if (scenarioName != null) {
            // Cucumber matches the whole scenario name; the option promises "contains".
            arguments.add("-Dcucumber.filter.name=.*(?:" + scenarioName + ").*");
        }
        if (tags != null || scenarioName != null) {
            // Choosing scenarios means running only the Gherkin suite.
            arguments.add("-Dtest=RunCucumberTest");
            arguments.add("-Dsurefire.failIfNoSpecifiedTests=false");
        }
        if (portal != null) {
            arguments.add("-Dsecop.qa.portal=" + portal);
        }
        if (longSuites) {
            arguments.add("-Plargo");
        }
        return arguments;
    }

    private static String mavenExecutable() {
        return System.getProperty("os.name", "").toLowerCase().contains("win") ? "mvn.cmd" : "mvn";
    }
}
