package co.secop.robot.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code siguiente-mes} on a copy of {@code sample-data/pagos-demo.xlsx}. */
class NextMonthSheetTest {

    @TempDir
    Path dir;

    private Path demo;

    @BeforeEach
    void copyTheDemoSheet() throws Exception {
        demo = Files.copy(Path.of("sample-data/pagos-demo.xlsx"), dir.resolve("pagos-demo.xlsx"));
    }

    @Test
    void validarOnTheNewSheetListsOnlyTheCellsLeftToFill() throws Exception {
        byte[] original = Files.readAllBytes(demo);

        NextMonthSheet.Result result = new NextMonthSheet().write(demo, null, Optional.empty());

        assertThat(result.file()).isEqualTo(dir.resolve("pagos-demo-diciembre-2026.xlsx"));
        assertThat(result.month()).contains(YearMonth.of(2026, 12));
        assertThat(Files.readAllBytes(demo)).isEqualTo(original);
        PaymentSheet next = new PaymentSheetReader().read(result.file());
        ValidationReport report = new PaymentValidator().validate(next);
        Set<String> problems =
                report.problems().stream().map(p -> p.row() + " " + p.column()).collect(Collectors.toSet());
        Set<String> toFill = result.rows().stream()
                .flatMap(row -> row.toFill().stream().map(change -> row.rowNumber() + " " + change.title()))
                .collect(Collectors.toSet());
        assertThat(problems)
                .isNotEmpty()
                .isSubsetOf(toFill)
                .contains("5 Número de factura o pago", "5 CUFE", "2 Soportes", "4 Soportes");

        Map<Integer, SheetRow> rows = next.rows().stream().collect(Collectors.toMap(SheetRow::rowNumber, row -> row));
        assertThat(rows.get(2).cellTexts())
                .containsEntry("Periodo", "Diciembre 2026")
                .containsEntry("Número de factura o pago", "012")
                .containsEntry("Soportes", "soportes/cps-2026-0101-diciembre.zip")
                .containsEntry("Valor neto", "3.500.000")
                .containsEntry("Correo supervisor", "supervisor.0101@gestionpublica.example")
                .containsEntry("Notas", "Cuenta de cobro 012 del contrato CPS-2026-0101, diciembre de 2026");
        assertThat(rows.get(3).cellTexts())
                .containsEntry("Fecha de vencimiento", "30/01/2027")
                .containsEntry("Valor neto", "$ 4.000.000");
        assertThat(rows.get(4).cellTexts())
                .containsEntry("Periodo", "Noviembre 2026")
                .containsEntry("Número de factura o pago", "003")
                .containsEntry("Soportes", "soportes/cps-2026-0103-pago-003");
        assertThat(rows.get(5).cellTexts())
                .containsEntry("Número de factura o pago", "")
                .containsEntry("CUFE", "")
                .containsEntry("Soportes", "")
                .containsEntry("Empresa", "Consultores Andinos S.A.S.");
        // The planilla is paid every month: the new sheet leaves it to fill.
        assertThat(rows.get(6).cellTexts())
                .containsEntry("Número de factura o pago", "012")
                .containsEntry("Soportes", "soportes/cps-2026-0104-diciembre.zip")
                .containsEntry("Número de planilla", "")
                .containsEntry("Fecha de pago de la planilla", "");
        assertThat(toFill).contains("6 Número de planilla", "6 Fecha de pago de la planilla");
        assertThat(dir.resolve("soportes/cps-2026-0103-pago-003")).isEmptyDirectory();
        assertThat(result.newFolders()).contains(dir.resolve("soportes/cps-2026-0103-pago-003"));
    }

    @Test
    void keepsSheetNamesAndCellFormats() throws Exception {
        NextMonthSheet.Result result = new NextMonthSheet().write(demo, null, Optional.of(dir.resolve("nueva.xlsx")));

        try (Workbook before = WorkbookFactory.create(demo.toFile(), null, true);
                Workbook after = WorkbookFactory.create(result.file().toFile(), null, true)) {
            assertThat(after.getNumberOfSheets()).isEqualTo(before.getNumberOfSheets());
            assertThat(after.getSheetName(0)).isEqualTo(before.getSheetName(0)).isEqualTo("Noviembre");
            Sheet old = before.getSheetAt(0);
            Sheet fresh = after.getSheetAt(0);
            for (int r = 0; r <= old.getLastRowNum(); r++) {
                for (int c = 0; c < old.getRow(r).getLastCellNum(); c++) {
                    if (old.getRow(r).getCell(c) != null) {
                        assertThat(fresh.getRow(r).getCell(c).getCellStyle().getDataFormatString())
                                .as("formato de la fila %d, columna %d", r + 1, c + 1)
                                .isEqualTo(
                                        old.getRow(r).getCell(c).getCellStyle().getDataFormatString());
                    }
                }
            }
            for (int c = 0; c < old.getRow(0).getLastCellNum(); c++) {
                assertThat(fresh.getColumnWidth(c)).isEqualTo(old.getColumnWidth(c));
            }
        }
    }

    @Test
    void neverOverwritesAFile() throws Exception {
        Path taken = Files.writeString(dir.resolve("pagos-demo-diciembre-2026.xlsx"), "no tocar");

        assertThatThrownBy(() -> new NextMonthSheet().write(demo, null, Optional.empty()))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessageContaining("Ya existe")
                .hasMessageContaining("nunca sobrescribe");
        assertThatThrownBy(() -> new NextMonthSheet().write(demo, null, Optional.of(demo)))
                .hasMessageContaining("Ya existe");
        assertThat(Files.readString(taken)).isEqualTo("no tocar");
    }

    @Test
    void relativeSupportsStillPointToTheSameFolderFromAnotherFolder() throws Exception {
        Path other = Files.createDirectories(dir.resolve("diciembre"));

        NextMonthSheet.Result result = new NextMonthSheet().write(demo, null, Optional.of(other.resolve("pagos.xlsx")));

        PaymentSheet next = new PaymentSheetReader().read(result.file());
        assertThat(next.rows().get(0).cellTexts()).containsEntry("Soportes", "../soportes/cps-2026-0101-diciembre.zip");
        assertThat(dir.resolve("soportes/cps-2026-0103-pago-003")).isEmptyDirectory();
    }
}
