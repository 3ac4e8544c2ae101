package co.secop.robot.qa.steps;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.RequestState;
import co.secop.robot.batch.StatusMemory;
import co.secop.robot.batch.StatusReader;
import co.secop.robot.qa.BrowserHolder;
import co.secop.robot.qa.PortalUnderTest;
import co.secop.robot.qa.QaConfig;
import co.secop.robot.qa.QaWorld;
import co.secop.robot.report.StatusReport;
import co.secop.robot.spreadsheet.NextMonth;
import co.secop.robot.spreadsheet.NextMonthSheet;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.spreadsheet.Problem;
import co.secop.robot.spreadsheet.SheetRow;
import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.es.Cuando;
import io.cucumber.java.es.Dado;
import io.cucumber.java.es.Entonces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code ./secop estado} after «Enviado» and {@code ./secop siguiente-mes}, as the command does them. */
public class FollowUpSteps {

    private final QaWorld world;
    private final BrowserHolder browser;
    private final PortalUnderTest portal;

    private List<RequestState> lastReading = List.of();
    private String lastText = "";
    private List<JsonNode> portalBeforeReading;
    private Path copy;
    private NextMonthSheet.Result nextMonth;

    public FollowUpSteps(QaWorld world, BrowserHolder browser, PortalUnderTest portal) {
        this.world = world;
        this.browser = browser;
        this.portal = portal;
    }

    @Cuando("(que )consulto el estado de los pagos de la hoja")
    public void readStatus() {
        portalBeforeReading = portal.api().payments();
        Path memoryFile = world.workDir().resolve("estado.json");
        StatusReader.Reading reading = new StatusReader(
                        browser.session(),
                        portal.loginUrl(),
                        QaConfig.user(),
                        QaConfig.password().toCharArray(),
                        Optional.empty())
                .readSheet(world.validation.validRows());
        StatusMemory memory = StatusMemory.load(memoryFile);
        lastReading = memory.remember(reading.requests());
        memory.save(memoryFile);
        lastText = new StatusReport(lastReading, "./secop cargar " + world.sheet.file()).text();
        world.plan = null;
        world.scenario.log(lastText);
        assertThat(reading.failures()).as(lastText).isEmpty();
    }

    @Dado("(que )la entidad acepta la solicitud {string} del contrato {string}")
    public void approve(String number, String contract) {
        portal.api().approve(paymentId(contract, number));
    }

    @Dado("(que )la entidad paga la solicitud {string} del contrato {string}")
    public void pay(String number, String contract) {
        portal.api().pay(paymentId(contract, number));
    }

    @Entonces("el estado muestra la solicitud {string} del contrato {string} como {string}")
    public void shows(String number, String contract, String state) {
        RequestState request = lastReading.stream()
                .filter(r -> r.contract().equals(contract) && r.number().equals(number))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("el estado no muestra la solicitud " + number + ":\n" + lastText));
        assertThat(StatusReport.stateShown(request)).isEqualTo(state);
    }

    @Entonces("el estado dice {string}")
    public void says(String text) {
        assertThat(lastText).contains(text);
    }

    @Entonces("la consulta no cambió nada en el simulador")
    public void unchanged() {
        assertThat(portal.api().payments()).isEqualTo(portalBeforeReading);
    }

    @Dado("una copia del archivo {string}")
    public void copyOf(String file) throws Exception {
        copy = Files.copy(
                Path.of(file),
                world.workDir().resolve(Path.of(file).getFileName().toString()));
    }

    @Cuando("preparo la hoja del mes siguiente")
    public void prepareNextMonth() throws Exception {
        nextMonth = new NextMonthSheet().write(copy, null, Optional.empty());
    }

    @Entonces("la hoja nueva se llama {string}")
    public void named(String name) {
        assertThat(nextMonth.file().getFileName()).hasToString(name);
    }

    @Entonces("la fila {int} de la hoja nueva tiene:")
    public void rowHas(int row, DataTable cells) throws Exception {
        PaymentSheet sheet = new PaymentSheetReader().read(nextMonth.file());
        SheetRow read = sheet.rows().stream()
                .filter(r -> r.rowNumber() == row)
                .findFirst()
                .orElseThrow();
        for (Map.Entry<String, String> cell : cells.asMap().entrySet()) {
            assertThat(read.cellTexts().get(cell.getKey()))
                    .as(cell.getKey())
                    .isEqualTo(cell.getValue() == null ? "" : cell.getValue());
        }
    }

    @Entonces("la validación de la hoja nueva solo señala celdas que quedaron por llenar, entre ellas:")
    public void validationListsOnlyWhatIsLeft(DataTable expected) throws Exception {
        PaymentSheet sheet = new PaymentSheetReader().read(nextMonth.file());
        List<Problem> problems = new PaymentValidator().validate(sheet).problems();
        Set<String> found =
                problems.stream().map(p -> p.row() + " " + p.column()).collect(Collectors.toSet());
        Set<String> toFill = nextMonth.rows().stream()
                .flatMap(r -> r.toFill().stream().map((NextMonth.Change c) -> r.rowNumber() + " " + c.title()))
                .collect(Collectors.toSet());
        world.scenario.log(problems.stream().map(Problem::describe).collect(Collectors.joining("\n")));
        assertThat(found).isSubsetOf(toFill);
        for (Map<String, String> cell : expected.asMaps()) {
            assertThat(found).contains(cell.get("fila") + " " + cell.get("columna"));
        }
    }

    private String paymentId(String contract, String number) {
        return portal.api()
                .findPayment(contract, number)
                .orElseThrow(() -> new AssertionError("no existe la solicitud " + number + " de " + contract))
                .path("paymentId")
                .asText();
    }
}
