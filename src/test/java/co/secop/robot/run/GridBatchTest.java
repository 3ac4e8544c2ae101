package co.secop.robot.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.browser.LocalGrid;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.spreadsheet.SampleWorkbook;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.SimulatorBatch;
import co.secop.robot.testsupport.TestBrowsers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.BuildInfo;

/**
 * The robot through Selenium Grid 4 started by {@link LocalGrid} in its own JVM (Grid 4.48.0, robot client
 * 4.52.0): same flow, the ZIP uploaded from this machine.
 */
class GridBatchTest {

    @TempDir
    Path dir;

    @Test
    void filesARowThroughTheLocalGrid() throws Exception {
        Path zip = Path.of("sample-data/soportes/cps-2026-0101-noviembre.zip").toAbsolutePath();
        Path file = SampleWorkbook.payments("Soportes")
                .row("CPS-2026-0101", "Noviembre 2026", "011", "No", 3500000, 3500000, zip.toString())
                .save(dir.resolve("grid.xlsx"));
        try (LocalGrid grid =
                        LocalGrid.start(Path.of(System.getProperty("secop.home", ".")), 0, 1, TestBrowsers.settings());
                Simulator simulator = Simulator.start(SimulatorOptions.defaults())) {
            PaymentSheet sheet = new PaymentSheetReader().read(file);
            BatchSummary summary = SimulatorBatch.run(
                    simulator,
                    dir,
                    sheet,
                    new PaymentValidator().validate(sheet),
                    false,
                    BatchJob.Mail.off(),
                    "salida",
                    TestBrowsers.settings().withGridUrl(grid.url()));

            assertThat(summary.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.SENT);
            assertThat(grid.pid())
                    .as("el Grid corre en otra JVM")
                    .isNotEqualTo(ProcessHandle.current().pid());
            assertThat(Files.readString(grid.logFile())).contains("Started Selenium Standalone 4.48.0");
            assertThat(new BuildInfo().getReleaseLabel()).isEqualTo("4.52.0");
            assertThatThrownBy(() -> Class.forName("org.openqa.selenium.grid.Main"))
                    .as("el Grid no está en la JVM del robot")
                    .isInstanceOf(ClassNotFoundException.class);
            var payment = new MockPortalApi(simulator.baseUrl()).payment("CPS-2026-0101", "011");
            assertThat(payment.path("state").asText()).isEqualTo("Enviado a la entidad estatal");
            assertThat(payment.path("documents").get(0).path("bytes").asLong()).isEqualTo(Files.size(zip));
        }
    }
}
