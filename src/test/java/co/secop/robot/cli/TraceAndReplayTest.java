package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.run.BatchJob;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.spreadsheet.SampleWorkbook;
import co.secop.robot.trace.TraceFile;
import co.secop.robot.trace.TraceRow;
import co.secop.robot.trace.TraceStep;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cargar --traza} and {@code reproducir}: what support staff get, with no password anywhere. */
class TraceAndReplayTest {

    private static final String PASSWORD = "Demo2026*";

    @TempDir
    Path dir;

    @Test
    void tracesEveryStepOfAGoodAndAFailedRowAndReplaysOne() throws Exception {
        Path sheet = SampleWorkbook.payments("Notas", "Soportes")
                .row(
                        "CPS-2026-0101",
                        "Noviembre 2026",
                        "011",
                        "No",
                        3500000,
                        3500000,
                        "Pago de noviembre",
                        Path.of("sample-data/soportes/cps-2026-0101-noviembre.zip")
                                .toAbsolutePath()
                                .toString())
                .row(
                        "CPS-2025-0999",
                        "Noviembre 2026",
                        "020",
                        "No",
                        2000000,
                        2000000,
                        "Contrato terminado",
                        Path.of("sample-data/soportes/cps-2026-0102-noviembre.zip")
                                .toAbsolutePath()
                                .toString())
                .save(dir.resolve("pagos.xlsx"));
        Path run = dir.resolve("ejecucion");
        StringWriter printed = new StringWriter();

        int code;
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults())) {
            code = LoadCommand.run(
                    new PrintWriter(printed, true),
                    RobotConfiguration.load(Optional.empty()),
                    simulator.loginUrl(),
                    new Credentials("contratista.demo", PASSWORD.toCharArray()),
                    sheet,
                    null,
                    run,
                    new LoadCommand.Mode(false, false, true),
                    BatchJob.Mail.off());
        }

        assertThat(code).isEqualTo(SecopCli.SOME_FAILED);
        List<TraceRow> trace = TraceFile.read(run).orElseThrow();
        assertThat(trace).extracting(TraceRow::rowNumber).containsExactly(2, 3);
        TraceRow good = trace.get(0);
        assertThat(good.steps())
                .extracting(TraceStep::text)
                .anyMatch(t -> t.startsWith("Decisión: no existe la solicitud 011"))
                .anyMatch(t -> t.startsWith("Verificó el estado «Enviado a la entidad estatal»"));
        assertThat(good.steps()).allSatisfy(step -> {
            assertThat(step.url()).startsWith("http://127.0.0.1:");
            assertThat(run.resolve(step.screenshot())).isRegularFile();
            assertThat(run.resolve(step.page())).isRegularFile();
            assertThat(step.took()).isNotNegative();
        });
        assertThat(trace.get(1).steps())
                .extracting(TraceStep::text)
                .last()
                .asString()
                .startsWith("Falló: El contrato CPS-2025-0999 está «Terminado»");
        assertThat(Files.readString(run.resolve("reporte.html"))).contains("Traza paso a paso");
        assertThat(dir.resolve("ejecucion.zip")).isRegularFile();
        assertThat(printed.toString()).contains("Traza para soporte: ");
        assertNoPasswordIn(run);

        CliRun replay = CliRun.of("reproducir", "--traza", run.toString(), "--fila", "2");

        assertThat(replay.exitCode()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("Reproduciendo fila 2 · CPS-2026-0101 · 011");
        Path replayRun = run.resolve("reproduccion-fila-2/resultados");
        assertThat(TraceFile.read(replayRun).orElseThrow().get(0).steps())
                .extracting(TraceStep::text)
                .anyMatch(t -> t.startsWith("Verificó el estado «Enviado a la entidad estatal»"));

        // Support gets the ZIP as the contractor sent it, and row 3 stays «Fila 3».
        CliRun fromZip = CliRun.of("reproducir", dir.resolve("ejecucion.zip").toString(), "--fila", "3");

        assertThat(fromZip.out())
                .as(fromZip.err())
                .contains("Reproduciendo fila 3 · CPS-2025-0999 · 020")
                .contains("Fila 3 · CPS-2025-0999 · 020 · Fallido");
        Path zipReplay = dir.resolve("ejecucion-reproduccion-fila-3/resultados");
        assertThat(TraceFile.read(zipReplay).orElseThrow())
                .extracting(TraceRow::rowNumber)
                .containsExactly(3);
        String report = Files.readString(zipReplay.resolve("reporte.html"));
        assertThat(report)
                .contains("id=\"fila-3\"", "Ejecución original y reproducción, paso a paso")
                .doesNotContain("id=\"fila-2\"");
        TraceRow original = TraceFile.read(zipReplay.resolve(TraceFile.ORIGINAL))
                .orElseThrow()
                .get(0);
        assertThat(original.rowNumber()).isEqualTo(3);
        assertThat(zipReplay
                        .resolve(TraceFile.ORIGINAL)
                        .resolve(original.steps().get(0).screenshot()))
                .isRegularFile();
    }

    @Test
    void aZipWithoutATraceIsRefusedClearly() throws IOException {
        Path zip = dir.resolve("otra.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("reporte.html"));
            out.write("<html></html>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        CliRun run = CliRun.of("reproducir", zip.toString(), "--fila", "2");
        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.err()).contains("El ZIP").contains("no tiene traza");
    }

    @Test
    void replayingWithoutATraceSaysHowToMakeOne() {
        CliRun run = CliRun.of("reproducir", "--traza", dir.toString(), "--fila", "2");
        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.err()).contains("no tiene traza").contains("--traza");
    }

    private static void assertNoPasswordIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().endsWith(".png"))
                    .toList()) {
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (MalformedInputException binary) {
                    text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                }
                assertThat(text).as(file.toString()).doesNotContain(PASSWORD);
            }
        }
    }
}
