package co.secop.robot.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateWriterTest {

    @TempDir
    Path dir;

    @Test
    void theTemplateReadsBackWithEveryTitleAndOnlyTheExampleRow() throws Exception {
        Path file = dir.resolve("plantilla/pagos.xlsx");
        new TemplateWriter().write(file);

        PaymentSheet sheet = new PaymentSheetReader().read(file);

        assertThat(sheet.sheetName()).isEqualTo("Pagos");
        assertThat(sheet.headerRowNumber()).isEqualTo(1);
        assertThat(sheet.columnHeaders().keySet()).containsExactly(Column.values());
        assertThat(sheet.headers())
                .containsExactlyElementsOf(Arrays.stream(Column.values())
                        .map(c -> c.required() ? c.header() + " *" : c.header())
                        .toList());
        assertThat(sheet.rows()).singleElement().satisfies(example -> {
            assertThat(example.rowNumber()).isEqualTo(2);
            assertThat(TemplateWriter.isExample(example)).isTrue();
            assertThat(example.cellTexts())
                    .containsEntry("Contrato *", "CPS-2026-0101")
                    .containsEntry("Valor neto *", "$ 3.500.000");
        });
    }

    @Test
    void aFilledTemplateGivesValidRows() throws Exception {
        Path file = dir.resolve("pagos.xlsx");
        new TemplateWriter().write(file);
        SupportFixtures.zip(dir.resolve("soportes/noviembre.zip"));
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet payments = workbook.getSheet("Pagos");
            var row = payments.createRow(2);
            Object[] values = {
                "CPS-2026-0101",
                "11/2026",
                "002",
                "Sí",
                PaymentCells.CUFE,
                10_000_000,
                11_900_000,
                "30/11/2026",
                "Pago 11 de 12",
                "soportes/noviembre.zip",
                "supervisor@entidad.gov.co",
                null
            };
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    var cell = row.createCell(i);
                    cell.setCellStyle(payments.getColumnStyle(i));
                    if (values[i] instanceof Integer number) {
                        cell.setCellValue(number);
                    } else {
                        cell.setCellValue((String) values[i]);
                    }
                }
            }
            try (var out = java.nio.file.Files.newOutputStream(dir.resolve("llena.xlsx"))) {
                workbook.write(out);
            }
        }

        PaymentSheet sheet = new PaymentSheetReader().read(dir.resolve("llena.xlsx"));
        ValidationReport report = new PaymentValidator()
                .validate(new PaymentSheet(
                        sheet.file(),
                        sheet.sheetName(),
                        sheet.headerRowNumber(),
                        sheet.headers(),
                        sheet.columnHeaders(),
                        sheet.rows().stream()
                                .filter(r -> !TemplateWriter.isExample(r))
                                .toList()));

        assertThat(report.problems()).isEmpty();
        PaymentRow payment = report.validRows().get(0);
        assertThat(payment.describe()).isEqualTo("fila 3 · CPS-2026-0101 · 002");
        assertThat(payment.totalValue()).isEqualByComparingTo("11900000");
        assertThat(payment.dueDate()).contains(java.time.LocalDateTime.of(2026, 11, 30, 23, 59));
        assertThat(payment.cellTexts())
                .containsEntry("Valor total *", "$ 11.900.000")
                .containsEntry("Empresa", "");
    }

    @Test
    void titlesAreBoldAndFrozenAndTextColumnsKeepLeadingZeros() throws Exception {
        Path file = dir.resolve("pagos.xlsx");
        new TemplateWriter().write(file);

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet payments = workbook.getSheet("Pagos");
            assertThat(workbook.getSheetIndex(payments)).isZero();
            assertThat(workbook.getFontAt(
                                    payments.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(payments.getPaneInformation().isFreezePane()).isTrue();
            assertThat(payments.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) 1);
            assertThat(payments.getColumnWidth(TemplateColumn.indexOf(Column.SUPPORTS)))
                    .isGreaterThan(30 * 256);
            for (Column textColumn :
                    new Column[] {Column.NUMBER, Column.CUFE, Column.CONTRACT, Column.PERIOD, Column.DUE_DATE}) {
                assertThat(payments.getColumnStyle(TemplateColumn.indexOf(textColumn))
                                .getDataFormatString())
                        .as(textColumn.header())
                        .isEqualTo("@");
            }
            assertThat(payments.getLastRowNum()).isEqualTo(1);
            for (Column column : Column.values()) {
                var title = payments.getRow(0).getCell(TemplateColumn.indexOf(column));
                assertThat(title.getStringCellValue())
                        .as(column.header())
                        .isEqualTo(column.required() ? column.header() + " *" : column.header());
            }
        }
    }

    @Test
    void electronicInvoiceOffersSiOrNo() throws Exception {
        Path file = dir.resolve("pagos.xlsx");
        new TemplateWriter().write(file);

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            XSSFSheet payments = (XSSFSheet) workbook.getSheet("Pagos");
            DataValidation validation = payments.getDataValidations().stream()
                    .filter(v -> v.getValidationConstraint().getExplicitListValues() != null)
                    .findFirst()
                    .orElseThrow();
            assertThat(validation.getValidationConstraint().getExplicitListValues())
                    .containsExactly("Sí", "No");
            int column = TemplateColumn.indexOf(Column.ELECTRONIC_INVOICE);
            assertThat(validation.getRegions().getCellRangeAddress(0).formatAsString())
                    .isEqualTo("D2:D1001".replace('D', (char) ('A' + column)));
            assertThat(payments.getCTWorksheet()
                            .getDataValidations()
                            .getDataValidationArray(0)
                            .getShowDropDown())
                    .as("Excel hides the arrow when showDropDown is true")
                    .isFalse();
        }
    }

    @Test
    void everyColumnPromptsWhatToWriteAndWhetherItIsRequired() throws Exception {
        Path file = dir.resolve("pagos.xlsx");
        new TemplateWriter().write(file);

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            XSSFSheet payments = (XSSFSheet) workbook.getSheet("Pagos");
            assertThat(payments.getDataValidations()).hasSize(Column.values().length);
            for (DataValidation validation : payments.getDataValidations()) {
                int column = validation.getRegions().getCellRangeAddress(0).getFirstColumn();
                Column shown = TemplateColumn.all().get(column).column();
                assertThat(validation.getShowPromptBox()).as(shown.header()).isTrue();
                assertThat(validation.getPromptBoxTitle()).startsWith(shown.header());
                assertThat(validation.getPromptBoxText()).hasSizeLessThanOrEqualTo(255);
                if (shown == Column.CONTRACT) {
                    assertThat(validation.getPromptBoxText()).startsWith("Obligatoria. El número del contrato");
                }
                if (shown == Column.NOTES) {
                    assertThat(validation.getPromptBoxText()).startsWith("Opcional. Información adicional");
                }
            }
        }
    }

    @Test
    void theExampleRowIsRecognizedAndOnlyByItsMark() {
        assertThat(TemplateWriter.marksExample("EJEMPLO: esta fila no se radica"))
                .isTrue();
        assertThat(TemplateWriter.marksExample("  ejemplo")).isTrue();
        assertThat(TemplateWriter.marksExample("Ejemplos de pago de noviembre")).isFalse();
        assertThat(TemplateWriter.marksExample("Pago 11 de 12, ejemplo")).isFalse();
    }

    @Test
    void instructionsExplainEveryColumnInSpanish() throws Exception {
        Path file = dir.resolve("pagos.xlsx");
        new TemplateWriter().write(file);

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet instructions = workbook.getSheet("Instrucciones");
            StringBuilder text = new StringBuilder();
            instructions.forEach(row ->
                    row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
            for (Column column : Column.values()) {
                assertThat(text).contains(column.header());
            }
            assertThat(text)
                    .contains(
                            "Noviembre 2026",
                            "11/2026",
                            "$ 3.500.000",
                            "002",
                            "23:59",
                            ".zip",
                            "10 MB",
                            "96 caracteres hexadecimales",
                            "sin contraseña",
                            "No combine celdas");
        }
    }

    @Test
    void everyColumnHasItsTemplateDescription() {
        assertThat(TemplateColumn.all()).extracting(TemplateColumn::column).containsExactly(Column.values());
    }
}
