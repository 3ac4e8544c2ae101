package co.secop.robot.run;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.browser.LocalGrid;
import co.secop.robot.portal.PortalSettings;
import co.secop.robot.report.RunFolder;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.spreadsheet.ValidationReport;
import co.secop.robot.testsupport.SimulatorBatch;
import co.secop.robot.testsupport.TestBrowsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-when of {@code --paralelo}: a Selenium Grid in its own JVM (3 sessions), 12 rows over 2 accounts
 * and 4 contracts with 3 browsers at once, attachments included: every row sent exactly once with its
 * values, results and journal in the sheet's order. Long on a shared machine: tag "largo".
 */
@Tag("largo")
class ParallelGridBatchTest {

    @TempDir
    Path dir;

    @Test
    void twelveRowsOverTwoAccountsAndFourContractsWithThreeBrowsersOnTheGrid() throws Exception {
        List<TwoAccountsSheet.Expected> rows = TwoAccountsSheet.expected(12, 4);
        Path file = TwoAccountsSheet.write(dir, rows);
        try (LocalGrid grid =
                        LocalGrid.start(Path.of(System.getProperty("secop.home", ".")), 0, 3, TestBrowsers.settings());
                Simulator simulator = Simulator.start(SimulatorOptions.defaults())) {
            PaymentSheet sheet = new PaymentSheetReader().read(file);
            ValidationReport validation = new PaymentValidator().validate(sheet);
            assertThat(validation.problems()).isEmpty();
            RunFolder folder = RunFolder.create(dir.resolve("salida"), dir, LocalDateTime.now());
            Map<String, char[]> passwords = new LinkedHashMap<>();
            passwords.put(TwoAccountsSheet.DEMO, TwoAccountsSheet.PASSWORD.toCharArray());
            passwords.put(TwoAccountsSheet.DOS, TwoAccountsSheet.PASSWORD.toCharArray());
            BatchOptions options = SimulatorBatch.options(
                            simulator.loginUrl(),
                            TwoAccountsSheet.DEMO,
                            TwoAccountsSheet.PASSWORD,
                            false,
                            folder.root().resolve("soportes"))
                    .withRetries(Duration.ofMinutes(3), Duration.ofMillis(500));
            List<Integer> finishedOrder = new ArrayList<>();

            BatchSummary summary = new BatchJob()
                    .run(
                            new BatchJob.Request(
                                            sheet,
                                            validation,
                                            options,
                                            TestBrowsers.settings().withGridUrl(grid.url()),
                                            PortalSettings.defaults().withTimeout(Duration.ofSeconds(60)),
                                            folder,
                                            dir.resolve("diario.json"),
                                            BatchJob.Mail.off())
                                    .withAccounts(Accounts.of(Optional.empty(), passwords), 3),
                            new BatchRunner.Listener() {
                                @Override
                                public void rowFinished(RowOutcome outcome) {
                                    finishedOrder.add(outcome.rowNumber());
                                }
                            });

            assertThat(summary.outcomes())
                    .as("un resultado por fila, en el orden de la hoja")
                    .extracting(RowOutcome::rowNumber)
                    .containsExactlyElementsOf(rows.stream()
                            .map(TwoAccountsSheet.Expected::rowNumber)
                            .toList());
            assertThat(summary.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.SENT);
            assertThat(finishedOrder)
                    .as("la barra de progreso vio cada fila una vez")
                    .hasSize(12)
                    .doesNotHaveDuplicates();
            TwoAccountsSheet.assertEachSentExactlyOnce(simulator.baseUrl(), rows);

            JsonNode journal =
                    new ObjectMapper().readTree(dir.resolve("diario.json").toFile());
            List<Integer> journalRows = new ArrayList<>();
            journal.forEach(entry -> journalRows.add(entry.path("rowNumber").asInt()));
            assertThat(journalRows)
                    .as("el diario en el orden de la hoja")
                    .isSorted()
                    .hasSize(12);

            String log = Files.readString(folder.logFile(), StandardCharsets.UTF_8);
            assertThat(log)
                    .as("tres navegadores trabajaron")
                    .contains("[navegador-1]", "[navegador-2]", "[navegador-3]");
            assertThat(log).contains("Sesión iniciada en SECOP II como " + TwoAccountsSheet.DOS);
            assertThat(Files.readString(grid.logFile())).contains("Started Selenium Standalone 4.48.0");
        }
    }
}
