package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./secop rendimiento}: runs, prints its table and writes consistent JSON (no time is asserted). */
class BenchmarkCommandTest {

    @TempDir
    Path dir;

    @Test
    void measuresTwoRowsAndWritesConsistentJson() throws Exception {
        Path json = dir.resolve("medicion/rendimiento.json");

        CliRun run = CliRun.of("rendimiento", "--filas", "2", "--salida", json.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Segundos por fila", "Comandos WebDriver", "Peticiones al portal");
        JsonNode m = new ObjectMapper().readTree(json.toFile());
        for (String field : new String[] {
            "rows",
            "parallel",
            "latencyMs",
            "wallSeconds",
            "secondsPerRow",
            "firstRowSeconds",
            "webdriverCommands",
            "commandsPerRow",
            "requests",
            "requestsPerRow",
            "idealSeconds",
            "ratioToIdeal",
            "peakMemoryMb"
        }) {
            assertThat(m.has(field)).as(field).isTrue();
        }
        assertThat(m.path("rows").asInt()).isEqualTo(2);
        assertThat(m.path("parallel").asInt()).isEqualTo(1);
        assertThat(m.path("latencyMs").asLong()).isZero();
        assertThat(m.path("webdriverCommands").asLong()).isPositive();
        assertThat(m.path("commandsPerRow").asDouble() * 2)
                .isCloseTo(m.path("webdriverCommands").asDouble(), within(0.02));
        long byType = StreamSupport.stream(m.path("commandsByType").spliterator(), false)
                .mapToLong(JsonNode::asLong)
                .sum();
        assertThat(byType).isEqualTo(m.path("webdriverCommands").asLong());
        assertThat(m.path("requests").asLong()).isPositive();
        assertThat(m.path("requestsPerRow").asDouble() * 2)
                .isCloseTo(m.path("requests").asDouble(), within(0.02));
        long byRoute = StreamSupport.stream(m.path("requestsByRoute").spliterator(), false)
                .mapToLong(JsonNode::asLong)
                .sum();
        assertThat(byRoute).isEqualTo(m.path("requests").asLong());
        assertThat(m.path("idealSeconds").asDouble()).isZero();
        assertThat(m.path("ratioToIdeal").isNull()).isTrue();
        assertThat(m.path("wallSeconds").asDouble())
                .isGreaterThanOrEqualTo(m.path("secondsPerRow").asDouble());
        assertThat(m.path("peakMemoryMb").asLong()).isPositive();
        // The simulator runs in its own JVM and its memory is not the robot's.
        long simulator = m.path("simulatorPid").asLong();
        assertThat(simulator).isPositive().isNotEqualTo(ProcessHandle.current().pid());
        assertThat(StreamSupport.stream(m.path("peakMemoryPids").spliterator(), false)
                        .map(JsonNode::asLong))
                .contains(ProcessHandle.current().pid())
                .doesNotContain(simulator)
                .as("chromedriver y el navegador cuentan")
                .hasSizeGreaterThan(2);
        assertThat(m.path("peakMemoryCovers").asText())
                .contains("chromedriver", "sin el simulador (proceso " + simulator);
        assertThat(run.out()).contains("Procesos que suma la memoria").doesNotContain("No se pudo medir");
    }

    @Test
    void throughASeleniumGridItCountsTheCommandsOfTheGridBrowser() throws Exception {
        Path json = dir.resolve("grid.json");

        // --grid without an address: a Grid 4 in its own JVM, as «./secop grid» starts it.
        CliRun run = CliRun.of("rendimiento", "--filas", "1", "--grid", "--salida", json.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Selenium Grid http://127.0.0.1:").doesNotContain("No se pudo medir");
        JsonNode m = new ObjectMapper().readTree(json.toFile());
        assertThat(m.path("webdriverCommands").asLong())
                .as("comandos del navegador del Grid")
                .isGreaterThan(20);
        assertThat(m.path("commandsByType").path("newSession").asLong()).isEqualTo(1);
        assertThat(m.path("notMeasured")).isEmpty();
    }

    @Test
    void aFigureThatCouldNotBeTakenIsNamedAndNeverReadsZero() throws Exception {
        var stats = new ObjectMapper().readTree("{\"requests\": 40, \"byRoute\": {\"GET /x\": 40}}");
        var start = java.time.Instant.parse("2026-12-06T10:00:00Z");
        var m = new BenchmarkCommand.Measurement(
                2,
                1,
                0,
                start,
                start.plusSeconds(10),
                java.util.List.of(start.plusSeconds(5), start.plusSeconds(10)),
                0,
                java.util.Map.of(),
                stats,
                500,
                "este proceso (el robot)",
                true,
                java.util.Set.of(1L),
                2L,
                java.util.List.of(new long[] {0, 20}, new long[] {0, 40}));

        JsonNode json = new ObjectMapper().valueToTree(m.json());

        assertThat(json.path("webdriverCommands").isNull()).isTrue();
        assertThat(json.path("commandsPerRow").isNull()).isTrue();
        assertThat(json.path("commandsPerRowAfterFirst").isNull()).isTrue();
        assertThat(json.path("notMeasured").toString()).contains("comandos WebDriver");
        assertThat(m.table())
                .contains("No se pudo medir: comandos WebDriver")
                .doesNotContain("Comandos WebDriver (por fila)                         0");
    }

    @Test
    void withPlanillaEveryRowGoesThroughTheSocialSecurityBlock() throws Exception {
        Path json = dir.resolve("planilla.json");

        CliRun run = CliRun.of("rendimiento", "--filas", "1", "--planilla", "--salida", json.toString());

        // The simulator refuses «Confirmar» without «Consulta exitosa»: a row «Enviado» had its planilla validated.
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        JsonNode routes = new ObjectMapper().readTree(json.toFile()).path("requestsByRoute");
        assertThat(routes.fieldNames())
                .toIterable()
                .anySatisfy(route -> assertThat(route).contains("ValidatePlanilla"));
    }

    @Test
    void planillaMeasuresOneContract() {
        CliRun run = CliRun.of("rendimiento", "--planilla", "--contratos", "2");

        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.err()).contains("--planilla", "CPS-2026-0104");
    }

    @Test
    void refusesAnImpossibleNumberOfBrowsersInSpanish() {
        CliRun run = CliRun.of("rendimiento", "--paralelo", "0");

        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.err()).contains("--paralelo");
    }
}
