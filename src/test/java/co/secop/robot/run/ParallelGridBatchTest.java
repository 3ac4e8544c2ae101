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
 * Done-when of {@code --paralelo}: a Selenium Grid in its own JVM, rows over 2 accounts and several contracts
 * with several browsers at once, attachments included: every row sent exactly once with its values, results
 * and journal in the sheet's order. The normal suite runs 4 rows, 2 contracts and 2 browsers; the full size
 * (12 rows, 4 contracts, 3 browsers) is tagged "largo".
 */
class ParallelGridBatchTest {

    @TempDir
    Path dir;

    @Test
    void fourRowsOverTwoAccountsAndTwoContractsWithTwoBrowsersOnTheGrid() throws Exception {
        gridBatch(4, 2, 2);
    }

    @Test
    @Tag("largo")
    void twelveRowsOverTwoAccountsAndFourContractsWithThreeBrowsersOnTheGrid() throws Exception {
        gridBatch(12, 4, 3);
    }

    private void gridBatch(int rowCount, int contracts, int browsers) throws Exception {
        List<TwoAccountsSheet.Expected> rows = TwoAccountsSheet.expected(rowCount, contracts);
        Path file = TwoAccountsSheet.write(dir, rows);
        try (LocalGrid grid = LocalGrid.start(
                        Path.of(System.getProperty("secop.home", ".")), 0, browsers, TestBrowsers.settings());
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
                                    .withAccounts(Accounts.of(Optional.empty(), passwords), browsers),
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
                    .hasSize(rowCount)
                    .doesNotHaveDuplicates();
            TwoAccountsSheet.assertEachSentExactlyOnce(simulator.baseUrl(), rows);

            JsonNode journal =
                    new ObjectMapper().readTree(dir.resolve("diario.json").toFile());
            List<Integer> journalRows = new ArrayList<>();
            journal.forEach(entry -> journalRows.add(entry.path("rowNumber").asInt()));
            assertThat(journalRows)
                    .as("el diario en el orden de la hoja")
                    .isSorted()
                    .hasSize(rowCount);

            String log = Files.readString(folder.logFile(), StandardCharsets.UTF_8);
            for (int b = 1; b <= browsers; b++) {
                assertThat(log).as(browsers + " navegadores trabajaron").contains("[navegador-" + b + "]");
            }
            assertThat(log).contains("Sesión iniciada en SECOP II como " + TwoAccountsSheet.DOS);
            assertThat(Files.readString(grid.logFile())).contains("Started Selenium Standalone 4.48.0");
        }
    }
}
