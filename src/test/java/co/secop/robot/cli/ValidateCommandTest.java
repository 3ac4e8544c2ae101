package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @Test
    void theSampleSpreadsheetIsValid() {
        CliRun run = CliRun.of("validar", "--datos", "sample-data/pagos-demo.xlsx");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("5 de 5 filas válidas");
    }

    @Test
    void namesEveryProblemByRowAndColumnAndExitsWithOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pagos.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Pagos");
            String[] headers = {
                "Contrato",
                "Periodo",
                "Número de factura o pago",
                "Factura electrónica",
                "CUFE",
                "Valor neto",
                "Valor total",
                "Soportes"
            };
            var header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            String[] values = {
                "CPS-2026-0101", "Noviembre 2026", "011", "Sí", "abc", "5.000.000", "4.000.000", "no-existe.zip"
            };
            var row = sheet.createRow(1);
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
            workbook.write(out);
        }

        CliRun run = CliRun.of("validar", "--datos", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("Fila 2, columna «CUFE»")
                .contains("Fila 2, columna «Valor neto»")
                .contains("Fila 2, columna «Soportes»")
                .contains("0 de 1 filas válidas");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsAUsageErrorWithoutStackTrace(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("pagos.xlsx");
        Files.writeString(csv, "Contrato;Periodo\nCPS-2026-0101;Noviembre 2026\n");

        CliRun run = CliRun.of("validar", "--datos", csv.toString());

        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.err()).startsWith("Error: ").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void withoutDatosSaysWhichOptionIsMissing() {
        CliRun run = CliRun.of("validar");
        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.err()).contains("falta la opción obligatoria --datos");
    }
}
