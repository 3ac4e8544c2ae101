package co.secop.robot.cli;

import co.secop.robot.config.SecopConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./secop test}: the whole test suite, {@code mvn -B verify}, with Cucumber's tag and name filters. */
@Command(
        name = "test",
        description = "Ejecuta todas las pruebas del proyecto (mvn -B verify) y dice dónde quedaron los reportes.")
public final class TestCommand implements Callable<Integer> {

    static final String CUCUMBER_REPORTS = "target/cucumber-reports";
    static final String JUNIT_REPORTS = "target/surefire-reports";
    /** {@code @simulador} in the feature files: scenarios that need the simulator's API or its users. */
    static final String QA_SIMULATOR_TAG = "simulador";
    /** A scenario line of a Spanish feature file: «Escenario: nombre», «Ejemplo:», «Esquema del escenario:». */
    private static final Pattern SCENARIO_LINE =
            Pattern.compile("^\\s*(?:Escenario|Ejemplo|Esquema del escenario|Scenario|Scenario Outline)\\s*:\\s*(.+)$");

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--tags",
            paramLabel = "EXPRESIÓN",
            description = "Solo los escenarios con estas etiquetas, p. ej. \"@humo and not @rechazo\".")
    String tags;

    @Option(
            names = "--escenario",
            paramLabel = "TEXTO",
            description = "Solo los escenarios cuyo nombre contiene este texto, sin importar mayúsculas ni tildes.")
    String scenarioName;

    @Option(
            names = "--portal",
            paramLabel = "URL",
            description = "Ejecuta los escenarios contra este portal de pruebas en vez del simulador.")
    String portal;

    @Option(
            names = "--grid",
            paramLabel = "URL",
            description = "Corre solo los escenarios Gherkin, dos a la vez, en los navegadores de este Selenium Grid"
                    + " (p. ej. http://127.0.0.1:4444 de ./secop grid).")
    String grid;

    @Option(
            names = "--largo",
            description = "Solo las pruebas largas de confiabilidad (perfil largo): el tamaño completo de las que la"
                    + " batería normal corre en pequeño.")
    boolean longSuites;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (grid != null) {
            gridUrl(grid);
        }
        var home = SecopConfig.home();
        if (!Files.isRegularFile(home.resolve("pom.xml"))) {
            throw new UserFacingException("«" + Launcher.command("test") + "» necesita el código fuente del proyecto "
                    + "(no se encontró " + home.resolve("pom.xml") + ").");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (scenarioName != null) {
            List<String> all = scenarioNames(home.resolve("features"));
            List<String> matching = matching(all, scenarioName);
            if (matching.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(
                        "Error: ningún escenario de features/ tiene «" + scenarioName + "» en su nombre. Escenarios:");
                all.forEach(name -> err.println("  - " + name));
                err.flush();
                return SecopCli.SOME_FAILED;
            }
            out.println("Escenarios que coinciden con «" + scenarioName + "»: " + matching.size());
            matching.forEach(name -> out.println("  - " + name));
            out.flush();
        }
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "verify"));
        command.addAll(mavenArguments());
        long started = System.currentTimeMillis();
        Process maven =
                new ProcessBuilder(command).directory(home.toFile()).inheritIO().start();
        int code = maven.waitFor();
        out.println();
        out.println("Reportes de las pruebas:");
        out.println("  Escenarios (Cucumber): " + home.resolve(CUCUMBER_REPORTS).resolve("cucumber.html"));
        out.println("    también cucumber.json, cucumber.xml (JUnit) y cucumber.ndjson en la misma carpeta");
        out.println("  Pruebas del robot (JUnit): " + home.resolve(JUNIT_REPORTS));
        out.flush();
        if (code == 0
                && (tags != null || scenarioName != null)
                && scenariosRun(home.resolve(CUCUMBER_REPORTS).resolve("cucumber.ndjson"), started) == 0) {
            spec.commandLine().getErr().println("Error: no corrió ningún escenario con ese filtro.");
            spec.commandLine().getErr().flush();
            return SecopCli.SOME_FAILED;
        }
        return code;
    }

    List<String> mavenArguments() {
        List<String> arguments = new ArrayList<>();
        String groups = junitTags();
        if (groups != null) {
            arguments.add("-Dsurefire.groups=" + groups);
        }
        if (scenarioName != null) {
            // Cucumber matches the whole scenario name; the option promises "contains", ignoring case and accents.
            arguments.add("-Dcucumber.filter.name=.*(?:" + namePattern(scenarioName) + ").*");
        }
        if (tags != null || scenarioName != null || grid != null) {
            // Choosing scenarios, or a Grid for them, means running only the Gherkin suite.
            arguments.add("-Dtest=RunCucumberTest");
            arguments.add("-Dsurefire.failIfNoSpecifiedTests=false");
            // Nor the packaged release's check (Failsafe), which is not a scenario.
            arguments.add("-DskipITs");
        }
        if (portal != null) {
            arguments.add("-Dsecop.qa.portal=" + portal);
        }
        if (grid != null) {
            arguments.add("-Dsecop.qa.grid=" + gridUrl(grid));
        }
        if (longSuites) {
            arguments.add("-Plargo");
        }
        return arguments;
    }

    /**
     * The scenarios to run as a JUnit Platform tag expression: {@code --tags}, and without the {@code @simulador}
     * scenarios against a test portal. JUnit leaves the other scenarios out; Cucumber's own filter
     * ({@code cucumber.filter.tags}) reports each of them skipped, a {@code [WARNING]} line in Maven's output.
     */
    String junitTags() {
        String simulatorOnly = "!" + QA_SIMULATOR_TAG;
        if (tags == null) {
            return portal == null ? null : simulatorOnly;
        }
        String chosen = junitTagExpression(tags);
        return portal == null ? chosen : "(" + chosen + ") & " + simulatorOnly;
    }

    /** Cucumber's tag expression ({@code @humo and not (@a or @b)}) in JUnit's syntax ({@code humo & !(a | b)}). */
    static String junitTagExpression(String cucumber) {
        StringBuilder junit = new StringBuilder();
        for (String token :
                cucumber.replace("(", " ( ").replace(")", " ) ").strip().split("\\s+")) {
            switch (token) {
                case "and" -> junit.append(" & ");
                case "or" -> junit.append(" | ");
                case "not" -> junit.append('!');
                case "(", ")" -> junit.append(token);
                default -> {
                    if (!token.matches("@[^\\s,()&|!]+")) {
                        throw new UserFacingException("--tags: «" + token + "» no es una etiqueta (empiezan con @) ni "
                                + "and, or, not o paréntesis; p. ej. \"@humo and not @rechazo\".");
                    }
                    junit.append(token.substring(1));
                }
            }
        }
        return junit.toString();
    }

    /** The Grid's address, or a Spanish usage error. */
    static String gridUrl(String value) {
        try {
            java.net.URI uri = new java.net.URI(value.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new java.net.URISyntaxException(value, "sin http(s) ni servidor");
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw new UserFacingException(
                    "--grid debe ser la dirección de un Selenium Grid, p. ej. http://127.0.0.1:4444" + " (se recibió «"
                            + value + "»).");
        }
    }

    /** A regular expression that finds {@code text} ignoring case and accents: «credenciales» finds «Credenciales». */
    static String namePattern(String text) {
        StringBuilder regex = new StringBuilder("(?iu)");
        for (char c : plain(text).toCharArray()) {
            regex.append(
                    switch (c) {
                        case 'a' -> "[aáàäâ]";
                        case 'e' -> "[eéèëê]";
                        case 'i' -> "[iíìïî]";
                        case 'o' -> "[oóòöô]";
                        case 'u' -> "[uúùüû]";
                        case 'n' -> "[nñ]";
                        case 'c' -> "[cç]";
                        default -> Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c));
                    });
        }
        return regex.toString();
    }

    static List<String> matching(List<String> names, String text) {
        Pattern pattern = Pattern.compile(namePattern(text));
        return names.stream().filter(name -> pattern.matcher(name).find()).toList();
    }

    /** The scenario names of the feature files, in file order. */
    static List<String> scenarioNames(Path features) {
        if (!Files.isDirectory(features)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(features)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature"))
                    .sorted()
                    .toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Matcher m = SCENARIO_LINE.matcher(line);
                    if (m.matches()) {
                        names.add(m.group(1).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** Scenarios started in a Cucumber message file written after {@code since}; 0 when there is none. */
    static long scenariosRun(Path ndjson, long since) throws IOException {
        if (!Files.isRegularFile(ndjson) || Files.getLastModifiedTime(ndjson).toMillis() < since) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(ndjson, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("{\"testCaseStarted\"")).count();
        }
    }

    private static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private static String mavenExecutable() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "mvn.cmd" : "mvn";
    }
}
