package co.secop.robot.qa.steps;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.qa.QaConfig;
import co.secop.robot.qa.QaWorld;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.spreadsheet.Problem;
import co.secop.robot.spreadsheet.SpreadsheetException;
import io.cucumber.java.es.Dado;
import io.cucumber.java.es.Entonces;
import java.nio.file.Path;
import java.util.List;

/** The payments spreadsheet, read and validated by the robot's own spreadsheet package. */
public class SpreadsheetSteps {

    private final QaWorld world;

    public SpreadsheetSteps(QaWorld world) {
        this.world = world;
    }

    @Dado("los pagos de la hoja {string} del archivo {string}")
    public void paymentsOfSheet(String sheetName, String file) throws SpreadsheetException {
        Path path = QaConfig.resolve(file);
        world.sheet = new PaymentSheetReader().read(path, sheetName);
        world.validation = new PaymentValidator().validate(world.sheet);
        world.scenario.log("Hoja «" + world.sheet.sheetName() + "» de " + path + ": "
                + world.sheet.rows().size()
                + " filas, " + world.validation.validRows().size() + " válidas."
                + (world.validation.hasProblems() ? System.lineSeparator() + world.validation.describe() : ""));
    }

    @Entonces("(que )la validación de la hoja no encuentra problemas")
    public void noProblems() {
        assertThat(world.validation.problems())
                .as("problemas de la hoja «%s»", world.sheet.sheetName())
                .isEmpty();
    }

    @Entonces("(que )la validación de la hoja no encuentra problemas en la fila {int}")
    public void noProblemsInRow(int row) {
        world.sheetRow(row);
        assertThat(world.validation.problemsOfRow(row))
                .as("problemas de la fila %d", row)
                .isEmpty();
        assertThat(world.validRow(row)).as("fila %d lista para radicar", row).isPresent();
    }

    @Entonces("la validación de la hoja señala la fila {int} en la columna {string}: {string}")
    public void problemInRow(int row, String column, String text) {
        List<Problem> problems = world.validation.problemsOfRow(row);
        assertThat(problems).as("problemas de la fila %d", row).anySatisfy(p -> {
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).containsIgnoringCase(text);
        });
        assertThat(world.validRow(row))
                .as("la fila %d no debe quedar lista para radicar", row)
                .isEmpty();
    }
}
