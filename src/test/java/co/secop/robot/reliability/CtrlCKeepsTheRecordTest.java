package co.secop.robot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.report.Receipt;
import co.secop.robot.report.ResultsWorkbook;
import co.secop.robot.report.RunIndex;
import co.secop.robot.simulator.FaultSettings;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.ChildRuns;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.Simulators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+C never falsifies the record. A real {@code ./secop cargar} in a child JVM with a real Chromium is
 * interrupted just after the console said a row was «Enviado»: by a terminal (SIGINT to the whole process group,
 * so chromedriver and Chromium die with the robot) or by SIGINT to the JVM alone. Every row the portal holds as
 * sent is «Enviado» in the console's table, resultados.xlsx, reporte.html and resumen.json of that run; the next
 * run of the same sheet sends the rest, each payment exactly once, and every payment sent has its receipt.
 */
class CtrlCKeepsTheRecordTest {

    private static final int ROWS = 5;
    private static final Duration LIMIT = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    @RegisterExtension
    final ChildRuns runs = new ChildRuns();

    @RegisterExtension
    final Simulators simulators = new Simulators();

    private Simulator simulator;

    @Test
    void ctrlCInATerminalKillsTheBrowserFirstAndTheRecordStaysTrue() throws Exception {
        interruptAfterASendingAndResume(true);
    }

    @Test
    void sigintToTheJvmAloneKeepsTheRecordTrue() throws Exception {
        interruptAfterASendingAndResume(false);
    }

    private void interruptAfterASendingAndResume(boolean wholeGroup) throws Exception {
        dir = ReliabilityFixture.workDir(dir, wholeGroup ? "ctrl-c-grupo" : "ctrl-c-jvm");
        simulator = simulators.start(SimulatorOptions.defaults().withRepeatedNumbersAllowed(true));
        simulator.faults(FaultSettings.off().withLatency(40, 40));
        Path sheet = ReliabilityFixture.workbook(dir, ROWS);

        Process first = runs.startInOwnGroup(cargar(sheet, "primera"));
        boolean sentOne = ChildRuns.awaitOutput(first, dir.resolve("primera.txt"), "· R-02 · Enviado", LIMIT);
        assertThat(sentOne)
                .as("la consola dijo que la fila de R-02 quedó enviada\n" + output("primera"))
                .isTrue();
        // 1.2 s after the console said «Enviado», as in the report: the next row is on its way.
        first.waitFor(1200, TimeUnit.MILLISECONDS);
        if (wholeGroup) {
            ChildRuns.interruptGroup(first);
        } else {
            ChildRuns.interrupt(first);
        }
        assertThat(first.waitFor(3, TimeUnit.MINUTES))
                .as("la ejecución interrumpida terminó\n" + output("primera"))
                .isTrue();

        List<String> sent = sentNumbers();
        assertThat(sent).as("lo que el portal tiene enviado").contains("R-01", "R-02");
        Path run = dir.resolve("resultados").resolve("primera");
        String console = output("primera");
        assertThat(console).as("la tabla de la consola").contains("Enviados: " + sent.size() + " ");
        assertThat(console).doesNotContain("UnreachableBrowserException", "\tat ");
        JsonNode summary =
                new ObjectMapper().readTree(run.resolve(RunIndex.RUN_SUMMARY).toFile());
        assertThat(summary.path("counts").path("SENT").asInt())
                .as("resumen.json\n" + summary)
                .isEqualTo(sent.size());
        Map<String, String> workbook = statusByNumber(run.resolve("resultados.xlsx"));
        String html = Files.readString(run.resolve("reporte.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .as("reporte.html cuenta los enviados")
                .contains("<span class=\"n\">" + sent.size() + "</span><span class=\"l\">Enviado</span>");
        for (String number : sent) {
            assertThat(workbook.get(number)).as("resultados.xlsx, " + number).isEqualTo("Enviado");
        }

        assertThat(Receipt.find(run, ReliabilityFixture.CONTRACT, "R-01"))
                .as("el comprobante de R-01 se escribió al enviarla, antes de Ctrl+C")
                .isPresent();

        Process last = runs.start(cargar(sheet, "segunda"));
        assertThat(last.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS))
                .as("la segunda ejecución terminó\n" + output("segunda"))
                .isTrue();
        assertThat(last.exitValue()).as(output("segunda")).isZero();
        ReliabilityFixture.assertEachSentExactlyOnce(simulator.baseUrl(), ReliabilityFixture.numbers(ROWS));
        for (String number : ReliabilityFixture.numbers(ROWS)) {
            boolean receipt = Receipt.find(run, ReliabilityFixture.CONTRACT, number)
                    .or(() -> Receipt.find(
                            dir.resolve("resultados").resolve("segunda"), ReliabilityFixture.CONTRACT, number))
                    .isPresent();
            assertThat(receipt).as("comprobante de " + number).isTrue();
        }
        assertThat(output("segunda")).doesNotContain("Exception", "\tat ", "pendiente");
    }

    private List<String> sentNumbers() {
        return ReliabilityFixture.paymentsOfContract(simulator.baseUrl()).entrySet().stream()
                .filter(e -> e.getValue().stream()
                        .anyMatch(p -> MockPortalApi.SENT.equals(p.path("state").asText())))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static Map<String, String> statusByNumber(Path results) throws IOException {
        Map<String, String> statuses = new HashMap<>();
        DataFormatter text = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(results.toFile(), null, true)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            int status = -1;
            int number = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String title = text.formatCellValue(header.getCell(c));
                if (title.equals(ResultsWorkbook.RESULT_COLUMNS.get(1))) {
                    status = c;
                } else if (title.equals("Número de factura o pago")) {
                    number = c;
                }
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                statuses.put(text.formatCellValue(row.getCell(number)), text.formatCellValue(row.getCell(status)));
            }
        }
        return statuses;
    }

    private String output(String name) {
        try {
            Path file = dir.resolve(name + ".txt");
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private ProcessBuilder cargar(Path sheet, String name) {
        return ReliabilityFixture.cargarChild(dir, sheet, name, simulator.loginUrl());
    }
}
