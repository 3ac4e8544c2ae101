package co.secop.robot.spreadsheet;

import static co.secop.robot.spreadsheet.SampleWorkbook.formatted;
import static co.secop.robot.spreadsheet.SampleWorkbook.formula;
import static co.secop.robot.spreadsheet.SampleWorkbook.usDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentSheetReaderTest {

    @TempDir
    Path dir;

    private final PaymentSheetReader reader = new PaymentSheetReader();

    @Test
    void readsRowsWithTheirExcelRowNumbersAndSkipsEmptyRowsInTheMiddle() throws Exception {
        Path file = SampleWorkbook.xlsx()
                .row(PaymentCells.headers())
                .row(PaymentCells.valid().cells())
                .emptyRow()
                .row("", " ", null, "")
                .row(PaymentCells.valid().with(Column.NUMBER, "003").cells())
                .save(dir.resolve("pagos.xlsx"));

        PaymentSheet sheet = reader.read(file);

        assertThat(sheet.sheetName()).isEqualTo("Pagos");
        assertThat(sheet.headerRowNumber()).isEqualTo(1);
        assertThat(sheet.rows()).extracting(SheetRow::rowNumber).containsExactly(2, 5);
        assertThat(sheet.rows().get(1).cell(Column.NUMBER).text()).isEqualTo("003");
        assertThat(sheet.file()).isAbsolute();
        assertThat(sheet.folder()).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void matchesTitlesIgnoringCaseAccentsSpacesAndPunctuationInAnyOrderAndKeepsExtraColumns() throws Exception {
        Path file = SampleWorkbook.xlsx()
                .row(
                        "valor_neto",
                        "NUMERO DE FACTURA O PAGO",
                        "Observación interna",
                        " Período ",
                        "contrato",
                        "FACTURA ELECTRONICA",
                        "Valor\nTotal",
                        "SOPORTES:",
                        "Correo del supervisor",
                        null,
                        "Empresa")
                .row(
                        3_500_000,
                        "002",
                        "revisar IVA",
                        "Noviembre 2026",
                        "CPS-2026-0101",
                        "Sí",
                        3_500_000,
                        "soportes.zip",
                        "supervisor@entidad.gov.co",
                        "sin título",
                        "Juana Pérez Gómez")
                .save(dir.resolve("pagos.xlsx"));

        PaymentSheet sheet = reader.read(file);

        assertThat(sheet.columnHeaders())
                .containsEntry(Column.NET_VALUE, "valor_neto")
                .containsEntry(Column.NUMBER, "NUMERO DE FACTURA O PAGO")
                .containsEntry(Column.PERIOD, "Período")
                .containsEntry(Column.TOTAL_VALUE, "Valor Total")
                .containsEntry(Column.SUPERVISOR_EMAIL, "Correo del supervisor")
                .doesNotContainKey(Column.CUFE);
        assertThat(sheet.headers())
                .containsExactly(
                        "valor_neto",
                        "NUMERO DE FACTURA O PAGO",
                        "Observación interna",
                        "Período",
                        "contrato",
                        "FACTURA ELECTRONICA",
                        "Valor Total",
                        "SOPORTES:",
                        "Correo del supervisor",
                        "Empresa");
        SheetRow row = sheet.rows().get(0);
        assertThat(row.cellTexts().keySet()).containsExactlyElementsOf(sheet.headers());
        assertThat(row.cellTexts())
                .containsEntry("Observación interna", "revisar IVA")
                .containsEntry("valor_neto", "3500000");
        assertThat(row.cell(Column.CONTRACT).text()).isEqualTo("CPS-2026-0101");
        assertThat(row.cell(Column.CUFE).isBlank()).isTrue();
    }

    @Test
    void findsTheTitleRowBelowATitleWithinTheFirstTenRows() throws Exception {
        Path file = SampleWorkbook.xlsx()
                .rowAt(1, "Cuentas de cobro 2026 — Juana Pérez")
                .rowAt(2, "Contrato", "Notas")
                .rowAt(4, PaymentCells.headers().toArray())
                .rowAt(5, PaymentCells.valid().cells().toArray())
                .save(dir.resolve("pagos.xlsx"));

        PaymentSheet sheet = reader.read(file);

        assertThat(sheet.headerRowNumber()).isEqualTo(4);
        assertThat(sheet.rows()).extracting(SheetRow::rowNumber).containsExactly(5);
    }

    @Test
    void showsNumbersAndTextsAsAColombianUserSeesThem() throws Exception {
        Path file = SampleWorkbook.xlsx()
                .row(
                        "Contrato",
                        "Número de factura o pago",
                        "Valor neto",
                        "Valor total",
                        "Otro",
                        "Otro",
                        "Periodo",
                        "Factura electrónica",
                        "Soportes")
                .row(7784301, "002", "$ 3.500.000", formatted(3_500_000, "#,##0"), 12_345_678, 0.5)
                .row("CPS-2026-0101", 2, "3.500.000,00", 3500000.5, 123_456_789_012L, formatted(2, "000"))
                .save(dir.resolve("pagos.xlsx"));

        List<SheetRow> rows = reader.read(file).rows();

        SheetRow first = rows.get(0);
        assertThat(first.cell(Column.CONTRACT).text()).isEqualTo("7784301");
        assertThat(first.cell(Column.NUMBER).text()).isEqualTo("002");
        assertThat(first.cell(Column.NUMBER).kind()).isEqualTo(SheetCell.Kind.TEXT);
        assertThat(first.cell(Column.NET_VALUE).text()).isEqualTo("$ 3.500.000");
        assertThat(first.cell(Column.TOTAL_VALUE).text()).isEqualTo("3.500.000");
        assertThat(first.cell(Column.TOTAL_VALUE).number()).isEqualByComparingTo("3500000");
        assertThat(first.cellTexts()).containsEntry("Otro", "12345678").containsEntry("Otro (2)", "0,5");

        SheetRow second = rows.get(1);
        assertThat(second.cell(Column.NUMBER).text()).isEqualTo("2");
        assertThat(second.cell(Column.TOTAL_VALUE).text()).isEqualTo("3500000,5");
        assertThat(second.cellTexts()).containsEntry("Otro", "123456789012").containsEntry("Otro (2)", "002");
    }

    @Test
    void writesDateCellsDayFirstEvenWithTheBuiltInUsFormat() throws Exception {
        Path file = SampleWorkbook.xlsx()
                .row("Contrato", "Periodo", "Fecha de vencimiento", "Notas")
                .row("CPS-2026-0101", usDate(LocalDate.of(2026, 11, 1)), LocalDateTime.of(2026, 11, 30, 17, 30))
                .row("CPS-2026-0101", LocalDate.of(2026, 12, 1), usDate(LocalDate.of(2026, 12, 31)))
                .save(dir.resolve("fechas.xlsx"));

        List<SheetRow> rows = readIgnoringMissingColumns(file);

        assertThat(rows.get(0).cell(Column.PERIOD).text()).isEqualTo("01/11/2026");
        assertThat(rows.get(0).cell(Column.PERIOD).kind()).isEqualTo(SheetCell.Kind.DATE);
        assertThat(rows.get(0).cell(Column.DUE_DATE).text()).isEqualTo("30/11/2026 17:30");
        assertThat(rows.get(0).cell(Column.DUE_DATE).dateTime()).isEqualTo(LocalDateTime.of(2026, 11, 30, 17, 30));
        assertThat(rows.get(1).cell(Column.PERIOD).text()).isEqualTo("01/12/2026");
        assertThat(rows.get(1).cell(Column.DUE_DATE).text()).isEqualTo("31/12/2026");
    }

    @Test
    void formulasGiveTheirValue() throws Exception {
        Path file = SampleWorkbook.xlsx()
                .row(PaymentCells.headers())
                .row(PaymentCells.valid()
                        .with(Column.NET_VALUE, 3_500_000)
                        .with(Column.TOTAL_VALUE, formula("F2*1.19"))
                        .with(Column.NOTES, formula("\"Contrato \"&A2&\", pago \"&C2"))
                        .cells())
                .save(dir.resolve("formulas.xlsx"));
        PaymentSheet sheet = reader.read(file);

        SheetRow row = sheet.rows().get(0);
        assertThat(row.cell(Column.TOTAL_VALUE).number()).isEqualByComparingTo("4165000");
        assertThat(row.cell(Column.TOTAL_VALUE).text()).isEqualTo("4165000");
        assertThat(row.cell(Column.TOTAL_VALUE).formula()).isTrue();
        assertThat(row.cell(Column.NOTES).text()).isEqualTo("Contrato CPS-2026-0101, pago 002");
        assertThat(row.cellTexts()).containsEntry("Valor total", "4165000");
    }

    @Test
    void rowsWhereOnlyFormulasGiveZeroBlankOrErrorCountAsEmpty() throws Exception {
        Path file = SampleWorkbook.xlsx()
                .row(PaymentCells.headers())
                .row(PaymentCells.valid().cells())
                .row(PaymentCells.valid()
                        .with(Column.CONTRACT, null)
                        .with(Column.PERIOD, null)
                        .with(Column.NUMBER, null)
                        .with(Column.ELECTRONIC_INVOICE, null)
                        .with(Column.NOTES, null)
                        .with(Column.SUPPORTS, null)
                        .with(Column.NET_VALUE, null)
                        .with(Column.TOTAL_VALUE, formula("F3*1.19"))
                        .with(Column.DUE_DATE, formula("IF(A3=\"\",\"\",A3)"))
                        .with(Column.COMPANY, formula("1/F3"))
                        .cells())
                .save(dir.resolve("pagos.xlsx"));

        assertThat(reader.read(file).rows()).extracting(SheetRow::rowNumber).containsExactly(2);
    }

    @Test
    void readsOldXlsWorkbooks() throws Exception {
        Path file = SampleWorkbook.xls()
                .row(PaymentCells.headers())
                .row(PaymentCells.valid()
                        .with(Column.NUMBER, 2)
                        .with(Column.PERIOD, LocalDate.of(2026, 11, 1))
                        .cells())
                .save(dir.resolve("pagos.xls"));

        SheetRow row = reader.read(file).rows().get(0);

        assertThat(row.cell(Column.NUMBER).text()).isEqualTo("2");
        assertThat(row.cell(Column.PERIOD).text()).isEqualTo("01/11/2026");
    }

    @Test
    void readsTheNamedSheetIgnoringCase() throws Exception {
        Path file = SampleWorkbook.xlsx()
                .sheet("Resumen")
                .row("nada que ver")
                .sheet("Pagos 2026")
                .row(PaymentCells.headers())
                .row(PaymentCells.valid().cells())
                .save(dir.resolve("pagos.xlsx"));

        assertThat(reader.read(file, "pagos 2026").sheetName()).isEqualTo("Pagos 2026");
    }

    @Test
    void withoutANamePrefersTheSheetPagosThenTheFirstVisibleSheet() throws Exception {
        Path withPagos = SampleWorkbook.xlsx()
                .sheet("Instrucciones")
                .row("Lea esto")
                .sheet("Pagos")
                .row(PaymentCells.headers())
                .save(dir.resolve("a.xlsx"));
        Path withHiddenFirst = SampleWorkbook.xlsx()
                .hiddenSheet("Listas")
                .row("Sí", "No")
                .sheet("Cobros")
                .row(PaymentCells.headers())
                .save(dir.resolve("b.xlsx"));

        assertThat(reader.read(withPagos).sheetName()).isEqualTo("Pagos");
        assertThat(reader.read(withHiddenFirst).sheetName()).isEqualTo("Cobros");
    }

    @Test
    void unknownSheetListsTheAvailableOnes() {
        Path file = SampleWorkbook.xlsx()
                .sheet("Pagos")
                .row(PaymentCells.headers())
                .sheet("Instrucciones")
                .save(dir.resolve("pagos.xlsx"));

        assertThatThrownBy(() -> reader.read(file, "Noviembre"))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessage(
                        "La hoja «Noviembre» no existe en «pagos.xlsx». Hojas disponibles: «Pagos», «Instrucciones».");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("no-existe.xlsx");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessage("No se encontró el archivo «" + file.toAbsolutePath() + "».");
    }

    @Test
    void aFolderIsNotAWorkbook() {
        assertThatThrownBy(() -> reader.read(dir))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessageContaining("es una carpeta, no un libro de Excel");
    }

    @Test
    void csvRenamedToXlsx() throws IOException {
        Path file = Files.writeString(
                dir.resolve("pagos.xlsx"),
                "Contrato;Periodo;Número de factura o pago\nCPS-2026-0101;Noviembre 2026;002\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessageContaining("es un archivo de texto (por ejemplo CSV), no un libro de Excel")
                .hasMessageContaining("Guardar como");
    }

    @Test
    void corruptWorkbooks() throws IOException {
        Path good = SampleWorkbook.xlsx().row(PaymentCells.headers()).save(dir.resolve("bueno.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("cortado.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path binary = Files.write(dir.resolve("basura.xlsx"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 9});
        Path plainZip = dir.resolve("otro.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(plainZip))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hola.txt"));
            zip.write("hola".getBytes(StandardCharsets.UTF_8));
        }

        for (Path file : List.of(truncated, binary, plainZip)) {
            assertThatThrownBy(() -> reader.read(file))
                    .as(file.getFileName().toString())
                    .isInstanceOf(SpreadsheetException.class)
                    .hasMessageStartingWith("«" + file.toAbsolutePath() + "» no es un libro de Excel (.xlsx o .xls) "
                            + "o está dañado.");
        }
    }

    @Test
    void emptyFileIsNotAWorkbook() throws IOException {
        Path file = Files.write(dir.resolve("vacio.xlsx"), new byte[0]);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessage(
                        "El archivo «" + file.toAbsolutePath() + "» está vacío (0 bytes); no es un libro de Excel.");
    }

    @Test
    void passwordProtectedWorkbook() {
        Path file = SampleWorkbook.xlsx()
                .row(PaymentCells.headers())
                .row(PaymentCells.valid().cells())
                .saveEncrypted(dir.resolve("protegido.xlsx"), "Secreto2026");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessageStartingWith("El archivo «" + file.toAbsolutePath() + "» está protegido con contraseña.");
    }

    @Test
    void passwordProtectedXls() {
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("Secreto2026");
        Path file;
        try {
            file = SampleWorkbook.xls().row(PaymentCells.headers()).save(dir.resolve("protegido.xls"));
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessageStartingWith("El archivo «" + file.toAbsolutePath() + "» está protegido con contraseña.");
    }

    @Test
    void readingNeverChangesTheFile() throws Exception {
        Path file = SampleWorkbook.xlsx()
                .row(PaymentCells.headers())
                .row(PaymentCells.valid()
                        .with(Column.TOTAL_VALUE, formula("F2*1.19"))
                        .cells())
                .save(dir.resolve("pagos.xlsx"));
        byte[] before = Files.readAllBytes(file);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);

        reader.read(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void accountingFormatsReadAsShown() throws Exception {
        Path file = SampleWorkbook.xlsx()
                .row(PaymentCells.headers())
                .row(PaymentCells.valid()
                        .with(
                                Column.NET_VALUE,
                                formatted(3_500_000, "_-\"$\"* #,##0_-;-\"$\"* #,##0_-;_-\"$\"* \"-\"_-;_-@_-"))
                        .cells())
                .save(dir.resolve("pagos.xlsx"));

        SheetCell net = reader.read(file).rows().get(0).cell(Column.NET_VALUE);

        assertThat(net.text()).isEqualTo("$ 3.500.000");
        assertThat(net.number()).isEqualByComparingTo("3500000");
    }

    @Test
    void emptySheet() {
        Path file = SampleWorkbook.xlsx().sheet("Pagos").emptyRow().save(dir.resolve("vacio.xlsx"));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessage("La hoja «Pagos» está vacía.");
    }

    @Test
    void titleRowNotFoundInTheFirstTenRows() {
        Path file = SampleWorkbook.xlsx()
                .row("Contrato", "Valor", "Fecha")
                .rowAt(11, PaymentCells.headers().toArray())
                .save(dir.resolve("pagos.xlsx"));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessage("No se encontró la fila de títulos en las primeras 10 filas de la hoja «Pagos». Escriba "
                        + "en una fila los títulos de las columnas: «Contrato», «Periodo», «Número de factura o pago», "
                        + "«Factura electrónica», «Valor neto», «Valor total», «Soportes» (puede usar la plantilla).");
    }

    @Test
    void namesEveryMissingRequiredColumn() {
        Path file = SampleWorkbook.xlsx()
                .row("Contrato", "Número de factura", "Factura electrónica", "Valor total", "Notas")
                .save(dir.resolve("pagos.xlsx"));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessage("Faltan las columnas obligatorias «Periodo», «Valor neto», «Soportes» en la hoja «Pagos» "
                        + "(títulos en la fila 1).");
    }

    @Test
    void namesASingleMissingRequiredColumn() {
        List<String> headers = PaymentCells.headers().stream()
                .filter(h -> !h.equals("Soportes"))
                .toList();
        Path file = SampleWorkbook.xlsx().row(headers).save(dir.resolve("pagos.xlsx"));

        assertThatThrownBy(() -> reader.read(file))
                .hasMessage("Falta la columna obligatoria «Soportes» en la hoja «Pagos» (títulos en la fila 1).");
    }

    @Test
    void aKnownColumnTwiceIsAnError() {
        Path file = SampleWorkbook.xlsx()
                .row(
                        "Contrato",
                        "Periodo",
                        "Notas",
                        "Número de factura o pago",
                        "Factura electrónica",
                        "Valor neto",
                        "Valor total",
                        "Soportes",
                        "NOTAS")
                .save(dir.resolve("pagos.xlsx"));

        assertThatThrownBy(() -> reader.read(file))
                .hasMessage("La columna «Notas» aparece dos veces en la fila de títulos (fila 1, columnas C y I); "
                        + "deje solo una.");
    }

    @Test
    void mergedCellsInADataRowAreRejected() {
        Path file = SampleWorkbook.xlsx()
                .row(PaymentCells.headers())
                .row(PaymentCells.valid().cells())
                .row(PaymentCells.valid().with(Column.NUMBER, "003").cells())
                .row(PaymentCells.valid().with(Column.NUMBER, "004").cells())
                .row(PaymentCells.valid().with(Column.NUMBER, "005").cells())
                .merge("A4:A5")
                .save(dir.resolve("pagos.xlsx"));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessageStartingWith("La fila 4 tiene celdas combinadas (A4:A5); separe las celdas");
    }

    @Test
    void mergedCellsAboveTheTitlesAreFine() throws Exception {
        Path file = SampleWorkbook.xlsx()
                .row("Cuentas de cobro 2026")
                .merge("A1:F1")
                .row(PaymentCells.headers())
                .row(PaymentCells.valid().cells())
                .save(dir.resolve("pagos.xlsx"));

        assertThat(reader.read(file).rows()).hasSize(1);
    }

    @Test
    void numericCellKeepsFifteenSignificantDigits() throws Exception {
        Path file = SampleWorkbook.xlsx()
                .row(PaymentCells.headers())
                .row(PaymentCells.valid()
                        .with(Column.NET_VALUE, 0.1 + 0.2)
                        .with(Column.TOTAL_VALUE, 4164999.9999999995)
                        .cells())
                .save(dir.resolve("pagos.xlsx"));

        SheetRow row = reader.read(file).rows().get(0);

        assertThat(row.cell(Column.NET_VALUE).number()).isEqualTo(new BigDecimal("0.3"));
        assertThat(row.cell(Column.TOTAL_VALUE).number()).isEqualTo(new BigDecimal("4165000"));
    }

    private List<SheetRow> readIgnoringMissingColumns(Path file) throws Exception {
        // Sheets used to look at cell rendering only: add the required titles at the right.
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
            var header = workbook.getSheetAt(0).getRow(0);
            int next = header.getLastCellNum();
            for (Column column : Column.requiredColumns()) {
                boolean present = false;
                for (var cell : header) {
                    present |= Column.forHeader(cell.getStringCellValue()).orElse(null) == column;
                }
                if (!present) {
                    header.createCell(next++).setCellValue(column.header());
                }
            }
            Path copy = dir.resolve("completo-" + file.getFileName());
            try (var out = Files.newOutputStream(copy)) {
                workbook.write(out);
            }
            return reader.read(copy).rows();
        }
    }
}
