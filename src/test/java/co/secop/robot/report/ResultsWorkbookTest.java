package co.secop.robot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.batch.BatchSummary;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void repeatsTheInputColumnsAndAddsTheResultColumns() throws Exception {
        Path file = dir.resolve("resultados.xlsx");
        ResultsWorkbook.write(file, Outcomes.sample(false));

        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheet("Resultados");
            assertThat(texts(sheet.getRow(0)))
                    .containsExactly(
                            "Fila",
                            "Estado",
                            "Mensaje",
                            "Id de pago",
                            "Estado en SECOP",
                            "Hora",
                            "Evidencia",
                            "Contrato",
                            "Número de factura",
                            "Valor total",
                            "Notas",
                            "Número en SECOP",
                            "Valor neto en SECOP",
                            "Valor total en SECOP",
                            "Notas en SECOP",
                            "Documentos en SECOP",
                            "Planilla en SECOP");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);

            Map<String, String> first = rowAsMap(sheet, 1);
            assertThat(first)
                    .containsEntry("Fila", "3")
                    .containsEntry("Contrato", "CPS-2026-0101")
                    .containsEntry("Número de factura", "FE-3")
                    .containsEntry("Valor total", "$ 3,500,000")
                    .containsEntry("Notas", Outcomes.SCRIPT_NOTE)
                    .containsEntry("Estado", "Enviado")
                    .containsEntry("Mensaje", "Solicitud enviada a la entidad estatal.")
                    .containsEntry("Id de pago", "PP-7784301-3")
                    .containsEntry("Estado en SECOP", "Enviado a la entidad estatal")
                    .containsEntry("Hora", "15/03/2026 10:01:00")
                    .containsEntry("Evidencia", "evidencias/fila-3 enviada.png");
            assertThat(rowAsMap(sheet, 2))
                    .containsEntry("Fila", "4")
                    .containsEntry("Estado", "Inválido")
                    .containsEntry("Id de pago", "")
                    .containsEntry("Evidencia", "");
            assertThat(rowAsMap(sheet, 3))
                    .containsEntry("Fila", "5")
                    .containsEntry("Estado", "Fallido")
                    .containsEntry("Estado en SECOP", "Borrador");
        }
    }

    @Test
    void valuesAreNumbersWithAPesoFormatSoTheyCanBeSummed() throws Exception {
        Path file = dir.resolve("resultados.xlsx");
        ResultsWorkbook.write(file, Outcomes.sample(false));

        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheet("Resultados");
            int total = texts(sheet.getRow(0)).indexOf("Valor total");
            XSSFCell value = sheet.getRow(1).getCell(total);
            assertThat(value.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(value.getNumericCellValue()).isEqualTo(3_500_000d);
            assertThat(value.getCellStyle().getDataFormatString()).isEqualTo(WorkbookStyles.PESOS_FORMAT);
            assertThat(sheet.getRow(3).getCell(total).getNumericCellValue()).isEqualTo(9_000_000d);

            Map<String, String> summary = new HashMap<>();
            DataFormatter formatter = new DataFormatter();
            for (Row row : workbook.getSheet("Resumen")) {
                if (row.getCell(0) != null && row.getCell(1) != null) {
                    summary.put(formatter.formatCellValue(row.getCell(0)), formatter.formatCellValue(row.getCell(1)));
                }
            }
            assertThat(summary).containsEntry(ResultsWorkbook.TOTAL_FILED, "$ 3,500,000");
        }
    }

    @Test
    void colorsTheStatusBoldsAndFreezesTheHeader() throws Exception {
        Path file = dir.resolve("resultados.xlsx");
        ResultsWorkbook.write(file, Outcomes.sample(false));

        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheet("Resultados");
            int estado = 1;
            assertThat(fill(sheet.getRow(1).getCell(estado))).isEqualTo(WorkbookStyles.OK_FILL);
            assertThat(fill(sheet.getRow(2).getCell(estado))).isEqualTo(WorkbookStyles.NOT_OK_FILL);
            assertThat(fill(sheet.getRow(3).getCell(estado))).isEqualTo(WorkbookStyles.NOT_OK_FILL);

            assertThat(workbook.getFontAt(
                                    sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation()).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            int mensaje = estado + 1;
            assertThat(sheet.getColumnWidth(mensaje)).isGreaterThan(sheet.getColumnWidth(Outcomes.HEADERS.size()));
            assertThat(sheet.getColumnWidth(mensaje)).isLessThanOrEqualTo(60 * 256);
        }
    }

    @Test
    void linksTheFirstEvidenceRelatively() throws Exception {
        Path file = dir.resolve("resultados.xlsx");
        ResultsWorkbook.write(file, Outcomes.sample(false));

        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheet("Resultados");
            XSSFCell evidence = sheet.getRow(1).getCell(6);
            assertThat(evidence.getHyperlink()).isNotNull();
            assertThat(evidence.getHyperlink().getType()).isEqualTo(HyperlinkType.FILE);
            assertThat(evidence.getHyperlink().getAddress()).isEqualTo("evidencias/fila-3%20enviada.png");
        }
    }

    @Test
    void absoluteEvidencePathsBecomeRelativeToTheWorkbook() throws Exception {
        BatchSummary sample = Outcomes.sample(false);
        var sent = Outcomes.sent(3);
        var absolute = new co.secop.robot.batch.RowOutcome(
                sent.rowNumber(),
                sent.contract(),
                sent.number(),
                sent.inputValues(),
                sent.status(),
                sent.message(),
                sent.paymentId(),
                sent.portalState(),
                sent.finishedAt(),
                sent.took(),
                List.of(dir.resolve("evidencias/fila-3.png")),
                sent.steps());
        Path file = dir.resolve("resultados.xlsx");
        ResultsWorkbook.write(
                file,
                new BatchSummary(
                        sample.inputFile(),
                        sample.headers(),
                        sample.portalUrl(),
                        sample.user(),
                        false,
                        sample.startedAt(),
                        sample.finishedAt(),
                        List.of(absolute)));

        try (XSSFWorkbook workbook = open(file)) {
            XSSFCell evidence = workbook.getSheet("Resultados").getRow(1).getCell(6);
            assertThat(evidence.getStringCellValue()).isEqualTo("evidencias/fila-3.png");
            assertThat(evidence.getHyperlink().getAddress()).isEqualTo("evidencias/fila-3.png");
        }
    }

    @Test
    void summarySheetHasCountsAndRunData() throws Exception {
        Path file = dir.resolve("resultados.xlsx");
        ResultsWorkbook.write(file, Outcomes.sample(true));

        try (XSSFWorkbook workbook = open(file)) {
            Sheet sheet = workbook.getSheet("Resumen");
            Map<String, String> pairs = new HashMap<>();
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(1) != null) {
                    pairs.put(formatter.formatCellValue(row.getCell(0)), formatter.formatCellValue(row.getCell(1)));
                }
            }
            assertThat(pairs)
                    .containsEntry("Archivo", "pagos marzo.xlsx")
                    .containsEntry("Portal", "http://127.0.0.1:8080/STS/Users/Login/Index")
                    .containsEntry("Usuario", "contratista.demo")
                    .containsEntry("Inicio", "15/03/2026 10:00:00")
                    .containsEntry("Fin", "15/03/2026 10:03:12")
                    .containsEntry("Duración", "3 min 12 s")
                    .containsEntry("Ensayo", "Sí: no se envió nada al portal")
                    .containsEntry("Enviado", "1")
                    .containsEntry("Fallido", "1")
                    .containsEntry("Inválido", "1")
                    .containsEntry("Corregido y reenviado", "0")
                    .containsEntry("Total", "3");
        }
    }

    @Test
    void replacesAnOlderWorkbookAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("resultados.xlsx");
        Files.writeString(file, "viejo");
        ResultsWorkbook.write(file, Outcomes.sample(false));
        try (XSSFWorkbook workbook = open(file)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void refusesInSpanishWhenTheFolderIsMissing() {
        Path file = dir.resolve("no-existe/resultados.xlsx");
        assertThatThrownBy(() -> ResultsWorkbook.write(file, Outcomes.sample(false)))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("No se pudo escribir el libro de resultados");
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
        return texts;
    }

    private static Map<String, String> rowAsMap(Sheet sheet, int r) {
        List<String> headers = texts(sheet.getRow(0));
        Row row = sheet.getRow(r);
        DataFormatter formatter = new DataFormatter();
        Map<String, String> values = new HashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            values.put(headers.get(c), row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
        }
        return values;
    }

    private static String fill(XSSFCell cell) {
        XSSFCellStyle style = cell.getCellStyle();
        return HexFormat.of()
                .withUpperCase()
                .formatHex(style.getFillForegroundXSSFColor().getRGB());
    }
}
