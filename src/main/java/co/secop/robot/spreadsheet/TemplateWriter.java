package co.secop.robot.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the empty spreadsheet a contractor fills: sheet «Pagos» (titles only) and sheet «Instrucciones».
 * Every column but the two values is formatted as text, so {@code 002} keeps its zeros and {@code 11/2026}
 * or {@code 30/11/2026} stay as typed (an Excel with US regional settings would otherwise read 01/11/2026 as
 * January 11); «Factura electrónica» offers a Sí/No list.
 */
public final class TemplateWriter {

    static final String INSTRUCTIONS_SHEET = "Instrucciones";
    /** Rows (below the titles) that get the column formats and the Sí/No list. */
    static final int PREPARED_ROWS = 1000;
    /** Row 2 of «Pagos» holds the example. */
    static final int EXAMPLE_ROW_INDEX = 1;

    static final String REQUIRED_MARK = " *";
    /** Excel's limits for an input message. */
    static final int MAX_PROMPT_TITLE = 32;

    /** What marks the template's example row; a row with a cell that starts with it is never filed. */
    public static final String EXAMPLE_MARK = "EJEMPLO";

    /** The row is an example (a cell starts with «EJEMPLO»): {@code validar} and {@code cargar} skip it. */
    public static boolean isExample(SheetRow row) {
        return row.cellTexts().values().stream().anyMatch(TemplateWriter::marksExample);
    }

    static boolean marksExample(String text) {
        if (text == null) {
            return false;
        }
        String upper = text.strip().toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith(EXAMPLE_MARK)
                && (upper.length() == EXAMPLE_MARK.length()
                        || !Character.isLetterOrDigit(upper.charAt(EXAMPLE_MARK.length())));
    }

    public void write(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        try (Workbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(target)) {
            Styles styles = new Styles(workbook);
            writePayments(workbook.createSheet(PaymentSheetReader.TEMPLATE_SHEET), styles);
            writeInstructions(workbook.createSheet(INSTRUCTIONS_SHEET), styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private void writePayments(Sheet sheet, Styles styles) {
        Row titles = sheet.createRow(0);
        titles.setHeightInPoints(32);
        List<TemplateColumn> columns = TemplateColumn.all();
        for (int i = 0; i < columns.size(); i++) {
            TemplateColumn column = columns.get(i);
            var cell = titles.createCell(i);
            cell.setCellValue(title(column.column()));
            cell.setCellStyle(column.column().required() ? styles.requiredTitle : styles.title);
            sheet.setColumnWidth(i, column.width() * 256);
            sheet.setDefaultColumnStyle(i, styles.forFormat(column.format()));
            if (column.column() != Column.ELECTRONIC_INVOICE) {
                addPrompt(sheet, i, column);
            }
        }
        writeExample(sheet.createRow(EXAMPLE_ROW_INDEX), columns, styles);
        sheet.createFreezePane(0, 1);
        addYesNoList(sheet, TemplateColumn.indexOf(Column.ELECTRONIC_INVOICE));
    }

    /** The title the template writes: required columns end in « *» (the reader ignores the mark). */
    static String title(Column column) {
        return column.required() ? column.header() + REQUIRED_MARK : column.header();
    }

    /** Row 2: a filled example, in grey italics, marked «EJEMPLO» in «Notas» so it is never filed. */
    private static void writeExample(Row row, List<TemplateColumn> columns, Styles styles) {
        for (int i = 0; i < columns.size(); i++) {
            TemplateColumn column = columns.get(i);
            Object value = TemplateColumn.example(column.column());
            if (value == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.exampleMoney);
            } else {
                cell.setCellValue(value.toString());
                cell.setCellStyle(styles.example);
            }
        }
    }

    /** The note Excel shows when a cell of the column is selected (an input message, no restriction). */
    private static void addPrompt(Sheet sheet, int columnIndex, TemplateColumn column) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        // A formula that is always true: any value is accepted (POI cannot read back a validation of type "any").
        DataValidationConstraint any = helper.createCustomConstraint("TRUE");
        DataValidation validation =
                helper.createValidation(any, new CellRangeAddressList(1, PREPARED_ROWS, columnIndex, columnIndex));
        validation.setShowErrorBox(false);
        validation.setShowPromptBox(true);
        validation.createPromptBox(promptTitle(column.column()), column.prompt());
        sheet.addValidationData(validation);
    }

    private static String promptTitle(Column column) {
        String title = column.header() + (column.required() ? " (obligatoria)" : "");
        return title.length() <= MAX_PROMPT_TITLE ? title : column.header();
    }

    private static void addYesNoList(Sheet sheet, int columnIndex) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint yesNo = helper.createExplicitListConstraint(new String[] {"Sí", "No"});
        DataValidation validation =
                helper.createValidation(yesNo, new CellRangeAddressList(1, PREPARED_ROWS, columnIndex, columnIndex));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Factura electrónica", "Escriba Sí o No.");
        validation.setShowPromptBox(true);
        validation.createPromptBox("Factura electrónica", "¿Está obligado a facturar electrónicamente? Sí o No.");
        validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        sheet.addValidationData(validation);
    }

    private void writeInstructions(Sheet sheet, Styles styles) {
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 13 * 256);
        sheet.setColumnWidth(2, 80 * 256);
        sheet.setColumnWidth(3, 42 * 256);
        int r = 0;
        Row heading = sheet.createRow(r++);
        heading.createCell(0).setCellValue("Cómo llenar la hoja «Pagos»");
        heading.getCell(0).setCellStyle(styles.heading);
        for (String line : TemplateColumn.GENERAL_RULES) {
            var cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(line);
        }
        r++;
        Row tableTitles = sheet.createRow(r++);
        String[] titles = {"Columna", "¿Obligatoria?", "Qué escribir", "Ejemplos"};
        for (int i = 0; i < titles.length; i++) {
            tableTitles.createCell(i).setCellValue(titles[i]);
            tableTitles.getCell(i).setCellStyle(styles.title);
        }
        for (TemplateColumn column : TemplateColumn.all()) {
            Row row = sheet.createRow(r++);
            String[] values = {title(column.column()), column.obligation(), column.help(), column.examples()};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
                row.getCell(i).setCellStyle(styles.wrapped);
            }
        }
        sheet.createFreezePane(0, 0);
    }

    /** The few styles the template uses. */
    private static final class Styles {
        final Workbook workbook;
        final CellStyle title;
        final CellStyle heading;
        final CellStyle wrapped;
        final CellStyle requiredTitle;
        final CellStyle example;
        final CellStyle exampleMoney;

        Styles(Workbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            title.setWrapText(true);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            title.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            title.setBorderBottom(BorderStyle.THIN);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            heading = workbook.createCellStyle();
            heading.setFont(big);
            requiredTitle = workbook.createCellStyle();
            requiredTitle.cloneStyleFrom(title);
            requiredTitle.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            example = workbook.createCellStyle();
            example.setFont(grey);
            example.setDataFormat(workbook.createDataFormat().getFormat(TemplateColumn.TEXT));
            exampleMoney = workbook.createCellStyle();
            exampleMoney.setFont(grey);
            exampleMoney.setDataFormat(workbook.createDataFormat().getFormat(TemplateColumn.PESOS));
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        }

        CellStyle forFormat(String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
