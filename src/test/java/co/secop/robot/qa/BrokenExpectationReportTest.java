package co.secop.robot.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.core.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that a scenario whose expectation is wrong turns red and leaves a screenshot of the failed step in
 * the report: runs Cucumber (CLI, same glue) on a feature written to a temporary folder (so the suite of
 * {@code features/} never sees it) and reads the JSON report.
 */
@Tag("simulador") // ./secop test --portal leaves it out (surefire.groups=!simulador) instead of skipping it
class BrokenExpectationReportTest {

    private static final String FEATURE = """
            # language: es
            @simulador @expectativa-rota
            Característica: Expectativa rota a propósito
              Escenario: Fallo provocado a propósito: el estado esperado es incorrecto y el reporte guarda la captura
                Dado que inicié sesión como contratista con la empresa "Juana Pérez Gómez"
                Cuando abro el plan de pagos del contrato "CPS-2026-0103"
                Entonces el plan de pagos muestra la solicitud "001" en estado "Enviado a la entidad estatal"
            """;

    @Test
    void aWrongExpectedStateFailsTheRunAndAttachesAScreenshotToTheFailedStep(@TempDir Path dir) throws IOException {
        assumeTrue(QaConfig.simulated(), "Necesita el simulador (sin -Dsecop.qa.portal).");
        Path feature = dir.resolve("expectativa-rota.feature");
        Files.writeString(feature, FEATURE, StandardCharsets.UTF_8);
        Path json = dir.resolve("reporte.json");

        byte status = withoutCucumberSystemProperties(() -> Main.run(
                new String[] {
                    "--glue", "co.secop.robot.qa", "--plugin", "json:" + json, "--monochrome", feature.toString()
                },
                Thread.currentThread().getContextClassLoader()));

        assertThat(status)
                .as("estado de salida de Cucumber con una expectativa rota")
                .isNotZero();
        JsonNode scenario = new ObjectMapper()
                .readTree(json.toFile())
                .get(0)
                .get("elements")
                .get(0);
        JsonNode failed = null;
        for (JsonNode step : scenario.get("steps")) {
            if ("failed".equals(step.at("/result/status").asText())) {
                failed = step;
            }
        }
        assertThat(failed).as("paso fallido en el reporte JSON").isNotNull();
        assertThat(failed.get("name").asText()).contains("en estado \"Enviado a la entidad estatal\"");
        assertThat(failed.at("/result/error_message").asText()).contains("Pagado");
        assertThat(imagesOf(failed))
                .as("capturas PNG adjuntas al paso fallido")
                .isNotEmpty()
                .allSatisfy(image -> assertThat(image).startsWith("iVBORw0KGgo"));
    }

    /** PNGs (base64) attached to the step itself or to its AfterStep hooks. */
    private static List<String> imagesOf(JsonNode step) {
        List<String> images = new ArrayList<>();
        List<JsonNode> holders = new ArrayList<>(List.of(step));
        step.path("after").forEach(holders::add);
        for (JsonNode holder : holders) {
            for (JsonNode embedding : holder.path("embeddings")) {
                if ("image/png".equals(embedding.path("mime_type").asText())) {
                    images.add(embedding.path("data").asText());
                }
            }
        }
        return images;
    }

    /** The suite's -Dcucumber.* (tags, name, features) must not filter this run out. */
    private static byte withoutCucumberSystemProperties(java.util.function.Supplier<Byte> run) {
        Properties properties = System.getProperties();
        Map<String, String> saved = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("cucumber.")) {
                saved.put(name, properties.getProperty(name));
            }
        }
        saved.keySet().forEach(System::clearProperty);
        try {
            return run.get();
        } finally {
            saved.forEach(System::setProperty);
        }
    }
}
