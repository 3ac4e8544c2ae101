package co.secop.robot.run;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.portal.PortalSettings;
import co.secop.robot.report.RunFolder;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.testsupport.SimulatorBatch;
import co.secop.robot.testsupport.TestBrowsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --paralelo 2} with two accounts in one sheet (column «Usuario»), local browsers: the rows of the
 * account whose password is wrong stop with the portal's reason after one attempt, the other account's
 * contracts go side by side and are sent once each.
 */
class ParallelBatchTest {

    @TempDir
    Path dir;

    @Test
    void aRefusedPasswordStopsOnlyThatAccountsRowsWhileTheOtherAccountFilesInParallel() throws Exception {
        // Rows 2 and 6 on CPS-2026-0101, 3 on CPS-2026-0201 (contratista.dos), 4 on CPS-2026-0103, 5 on 0301.
        List<TwoAccountsSheet.Expected> rows = TwoAccountsSheet.expected(5, 4);
        Path file = TwoAccountsSheet.write(dir, rows);
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults())) {
            PaymentSheet sheet = new PaymentSheetReader().read(file);
            RunFolder folder = RunFolder.create(dir.resolve("salida"), dir, LocalDateTime.now());
            Map<String, char[]> passwords = new LinkedHashMap<>();
            passwords.put(TwoAccountsSheet.DEMO, TwoAccountsSheet.PASSWORD.toCharArray());
            passwords.put(TwoAccountsSheet.DOS, "Equivocada1*".toCharArray());
            BatchOptions options = SimulatorBatch.options(
                            simulator.loginUrl(),
                            TwoAccountsSheet.DEMO,
                            TwoAccountsSheet.PASSWORD,
                            false,
                            folder.root().resolve("soportes"))
                    .withRetries(Duration.ofMinutes(3), Duration.ofMillis(500));

            BatchSummary summary = new BatchJob()
                    .run(
                            new BatchJob.Request(
                                            sheet,
                                            new PaymentValidator().validate(sheet),
                                            options,
                                            TestBrowsers.settings(),
                                            PortalSettings.defaults().withTimeout(Duration.ofSeconds(60)),
                                            folder,
                                            dir.resolve("diario.json"),
                                            BatchJob.Mail.off())
                                    .withAccounts(Accounts.of(Optional.empty(), passwords), 2),
                            new BatchRunner.Listener() {});

            assertThat(summary.outcomes()).extracting(RowOutcome::rowNumber).containsExactly(2, 3, 4, 5, 6);
            assertThat(summary.outcomes())
                    .extracting(RowOutcome::status)
                    .containsExactly(RowStatus.SENT, RowStatus.FAILED, RowStatus.SENT, RowStatus.SENT, RowStatus.SENT);
            assertThat(summary.outcomes().get(1).message())
                    .contains("«contratista.dos»", "no aceptó el usuario o la contraseña");
            assertThat(summary.user()).isEqualTo("contratista.demo, contratista.dos");
            List<TwoAccountsSheet.Expected> demoRows = rows.stream()
                    .filter(r -> r.user().equals(TwoAccountsSheet.DEMO))
                    .toList();
            TwoAccountsSheet.assertEachSentExactlyOnce(simulator.baseUrl(), demoRows);

            String log = Files.readString(folder.logFile(), StandardCharsets.UTF_8);
            assertThat(log).contains("[navegador-1]", "[navegador-2]");
            assertThat(log).doesNotContain("Equivocada1*");
            assertThat(log.split("rechazó el inicio de sesión de contratista.dos", -1))
                    .as("la contraseña equivocada se probó una sola vez")
                    .hasSize(2);
        }
    }
}
