package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.spreadsheet.PaymentSheetReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {

    @Test
    void writesAnEmptySpreadsheetTheRobotCanRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mis-pagos.xlsx");

        CliRun run = CliRun.of("plantilla", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Plantilla creada");
        var sheet = new PaymentSheetReader().read(file);
        assertThat(sheet.headers()).contains("Contrato *", "Número de factura o pago *", "Soportes *", "Notas");
        assertThat(sheet.rows()).singleElement().matches(co.secop.robot.spreadsheet.TemplateWriter::isExample);
        assertThat(run.out()).contains("validar " + file);
        CliRun untouched = CliRun.of("validar", file.toString());
        assertThat(untouched.exitCode()).isEqualTo(SecopCli.SOME_FAILED);
        assertThat(untouched.err()).contains("solo la fila de ejemplo, que no se radica");
    }

    @Test
    void neverOverwritesWithoutBeingAsked(@TempDir Path dir) {
        Path file = dir.resolve("mis-pagos.xlsx");
        assertThat(CliRun.of("plantilla", file.toString()).exitCode()).isZero();

        CliRun again = CliRun.of("plantilla", file.toString());

        assertThat(again.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(again.err()).contains("ya existe").contains("--reemplazar");
        assertThat(CliRun.of("plantilla", "--reemplazar", file.toString()).exitCode())
                .isZero();
    }

    @Test
    void refusesAnotherExtension(@TempDir Path dir) {
        CliRun run = CliRun.of("plantilla", dir.resolve("pagos.csv").toString());
        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.err()).contains(".xlsx");
    }
}
