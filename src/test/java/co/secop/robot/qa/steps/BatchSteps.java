package co.secop.robot.qa.steps;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.Evidence;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.format.SecretMasker;
import co.secop.robot.qa.BrowserHolder;
import co.secop.robot.qa.PortalUnderTest;
import co.secop.robot.qa.QaConfig;
import co.secop.robot.qa.QaWorld;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.SupportsPackager;
import io.cucumber.java.es.Cuando;
import io.cucumber.java.es.Dado;
import io.cucumber.java.es.Entonces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The robot's own monthly batch ({@link BatchRunner}) on rows of the spreadsheet. */
public class BatchSteps {

    private final QaWorld world;
    private final BrowserHolder browser;
    private final PortalUnderTest portal;
    private int runs;

    public BatchSteps(QaWorld world, BrowserHolder browser, PortalUnderTest portal) {
        this.world = world;
        this.browser = browser;
        this.portal = portal;
    }

    @Cuando("(que )radico el pago de la fila {int}")
    public void fileRow(int row) throws IOException {
        run(List.of(world.requireValidRow(row)), false);
    }

    @Cuando("radico en modo ensayo el pago de la fila {int}")
    public void dryRunRow(int row) throws IOException {
        run(List.of(world.requireValidRow(row)), true);
    }

    @Cuando("radico todos los pagos")
    public void fileAll() throws IOException {
        assertThat(world.validation.validRows()).as("filas válidas de la hoja").isNotEmpty();
        run(world.validation.validRows(), false);
    }

    @Dado("(que )la sesión del portal expira cuando el robot pulsa «Confirmar»")
    public void expireOnConfirm() {
        browser.expireSessionWhenClicking("Confirmar");
    }

    private void run(List<PaymentRow> rows, boolean dryRun) throws IOException {
        Path work = world.workDir().resolve("lote-" + (++runs));
        Path evidence = Files.createDirectories(work.resolve("evidencias"));
        String password = QaConfig.password();
        BatchOptions options = new BatchOptions(
                portal.loginUrl(),
                QaConfig.user(),
                password.toCharArray(),
                Optional.empty(),
                dryRun,
                SupportsPackager.PORTAL_MAX_BYTES,
                work);
        BatchRunner runner = new BatchRunner(
                browser.session(),
                options,
                new Evidence(work, evidence, new SecretMasker().register(password)),
                new BatchRunner.Listener() {});
        // The robot moves the browser: the page objects a step kept are no longer where the user is.
        world.contracts = null;
        world.contractDetail = null;
        world.plan = null;
        world.form = null;
        for (RowOutcome outcome : runner.run(rows)) {
            world.outcomes.put(outcome.rowNumber(), outcome);
            world.scenario.log("Fila " + outcome.rowNumber() + " (" + outcome.contract() + " · " + outcome.number()
                    + "): " + outcome.status().label() + " — " + outcome.message() + System.lineSeparator()
                    + String.join(System.lineSeparator(), outcome.steps()));
        }
    }

    private RowOutcome outcome(int row) {
        RowOutcome outcome = world.outcomes.get(row);
        assertThat(outcome).as("el robot no radicó la fila %d", row).isNotNull();
        return outcome;
    }

    @Entonces("la fila {int} termina {string}")
    public void rowEnds(int row, String result) {
        RowOutcome outcome = outcome(row);
        assertThat(outcome.status().label())
                .as("resultado de la fila %d (%s; pasos: %s)", row, outcome.message(), outcome.steps())
                .isEqualTo(result);
    }

    @Entonces("la fila {int} termina {string} con un mensaje que contiene {string}")
    public void rowEndsWithMessage(int row, String result, String text) {
        rowEnds(row, result);
        assertThat(outcome(row).message()).contains(text);
    }

    @Entonces("el registro del robot para la fila {int} incluye {string}")
    public void robotSteps(int row, String text) {
        assertThat(outcome(row).steps())
                .as("pasos del robot en la fila %d", row)
                .anySatisfy(s -> assertThat(s).contains(text));
    }

    @Entonces("las filas terminan así:")
    public void rowsEnd(List<Map<String, String>> table) {
        for (Map<String, String> expected : table) {
            int row = Integer.parseInt(expected.get("fila").strip());
            rowEnds(row, expected.get("resultado"));
            assertThat(outcome(row).portalState())
                    .as("estado en el portal de la fila %d", row)
                    .contains(expected.get("estado en el portal"));
        }
        assertThat(world.outcomes.keySet()).as("filas radicadas").hasSize(table.size());
    }

    @Entonces("la sesión expiró durante la radicación")
    public void sessionExpiredDuringRun() {
        assertThat(browser.sessionExpiredByTest())
                .as("la prueba hizo expirar la sesión al pulsar «Confirmar»")
                .isTrue();
    }
}
