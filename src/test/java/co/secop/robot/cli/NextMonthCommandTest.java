package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.run.BatchJob;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.SimulatorBatch;
import co.secop.robot.testsupport.Simulators;
import co.secop.robot.testsupport.Zips;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./secop siguiente-mes} on a copy of the sample sheet: what it prints, what it refuses, and that the new sheet files. */
class NextMonthCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final Simulators simulators = new Simulators();

    @Test
    void theNewSheetListsWhatIsLeftToFillAndOnceFilledCargarSendsIt() throws Exception {
        Path demo = Files.copy(Path.of("sample-data/pagos-demo.xlsx"), dir.resolve("pagos-demo.xlsx"));

        CliRun run = CliRun.of("siguiente-mes", demo.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path next = dir.resolve("pagos-demo-diciembre-2026.xlsx");
        assertThat(run.out())
                .contains("Hoja nueva de Diciembre 2026: " + next.toAbsolutePath())
                .contains("«Número de factura o pago» → «012»")
                .contains("«CUFE» → vacío (por llenar): el CUFE es de cada factura electrónica")
                .contains("Carpeta de soportes creada (vacía): " + dir.resolve("soportes/cps-2026-0103-pago-003"))
                .contains("Revisión de la hoja nueva")
                .contains("Fila 5, columna «CUFE»: Falta el CUFE")
                .contains("0 de 5 filas válidas")
                .contains("Cuando esté completa: ./secop cargar " + next);
        assertThat(run.out())
                .doesNotContainPattern("columna «(Periodo|Contrato|Valor neto|Valor total|Correo supervisor)»");

        simulator();
        MockPortalApi api = new MockPortalApi(simulator.baseUrl());
        Files.createDirectories(dir.resolve("soportes"));
        Zips.write(dir.resolve("soportes/cps-2026-0101-diciembre.zip"), "informe.txt", "informe de diciembre");
        Zips.write(dir.resolve("soportes/cps-2026-0102-diciembre.zip"), "informe.txt", "informe de diciembre");
        Files.writeString(dir.resolve("soportes/cps-2026-0103-pago-003/informe.txt"), "informe de noviembre");
        Zips.write(dir.resolve("soportes/fe-2026-131.zip"), "factura.txt", "factura FE-2026-131");
        Zips.write(dir.resolve("soportes/cps-2026-0104-diciembre.zip"), "informe.txt", "informe de diciembre");
        // The seed's planilla of December, paid on 05/12/2026: SICOPI has it three business days later.
        fill(next, 6, Map.of("Número de planilla", "9523456712", "Fecha de pago de la planilla", "05/12/2026"));
        simulator.clock().advance(java.time.Duration.ofDays(7));
        String cufe = api.registerCufe("FE-2026-131", "11900000");
        fill(
                next,
                5,
                Map.of(
                        "Número de factura o pago",
                        "FE-2026-131",
                        "CUFE",
                        cufe,
                        "Soportes",
                        "soportes/fe-2026-131.zip"));

        CliRun validar = CliRun.of("validar", next.toString());
        assertThat(validar.exitCode()).as(validar.out()).isZero();
        assertThat(validar.out()).contains("5 de 5 filas válidas");

        BatchSummary summary = SimulatorBatch.run(simulator, dir, next, false, BatchJob.Mail.off(), "diciembre");

        assertThat(summary.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.SENT);
        assertThat(api.payment("CPS-2026-0101", "012").path("state").asText()).isEqualTo(MockPortalApi.SENT);
        assertThat(api.payment("CPS-2026-0102", "012").path("state").asText()).isEqualTo(MockPortalApi.SENT);
        assertThat(api.payment("CPS-2026-0103", "003").path("state").asText()).isEqualTo(MockPortalApi.SENT);
        assertThat(api.payment("CPS-2026-0104", "012")
                        .path("planillas")
                        .get(0)
                        .path("number")
                        .asText())
                .isEqualTo("9523456712");
        assertThat(api.payment("CPS-2026-0301", "FE-2026-131").path("cufe").asText())
                .isEqualTo(cufe);
    }

    @Test
    void refusesToOverwriteAndSaysSoInSpanish() throws Exception {
        Path demo = Files.copy(Path.of("sample-data/pagos-demo.xlsx"), dir.resolve("pagos-demo.xlsx"));
        Path taken = Files.writeString(dir.resolve("ya-existe.xlsx"), "no tocar");

        CliRun run = CliRun.of("siguiente-mes", demo.toString(), "--salida", taken.toString());

        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.err())
                .contains("Ya existe")
                .contains("nunca sobrescribe")
                .doesNotContain("Exception");
        assertThat(Files.readString(taken)).isEqualTo("no tocar");
    }

    @Test
    void aMissingSheetIsAUsageError() {
        CliRun run = CliRun.of("siguiente-mes", dir.resolve("no-existe.xlsx").toString());

        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.err()).contains("No se encontró la hoja de pagos");
    }

    private Simulator simulator;

    private void simulator() {
        simulator = simulators.start(SimulatorOptions.defaults());
    }

    /** Writes texts into one row, by column title, as the contractor would in Excel. */
    private static void fill(Path file, int excelRow, Map<String, String> values) throws Exception {
        Workbook workbook;
        try (var in = Files.newInputStream(file)) {
            workbook = WorkbookFactory.create(in);
        }
        Sheet sheet = workbook.getSheetAt(0);
        Row titles = sheet.getRow(0);
        for (Cell title : titles) {
            String value = values.get(title.getStringCellValue());
            if (value != null) {
                Row row = sheet.getRow(excelRow - 1);
                Cell cell = Optional.ofNullable(row.getCell(title.getColumnIndex()))
                        .orElseGet(() -> row.createCell(title.getColumnIndex()));
                cell.setCellValue(value);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }
}
