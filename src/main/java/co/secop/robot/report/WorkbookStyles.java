package co.secop.robot.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of {@code resultados.xlsx}, created once per workbook. */
final class WorkbookStyles {

    /** Excel's own "Bueno" / "Incorrecto" colours. */
    static final String OK_FILL = "C6EFCE";

    static final String OK_TEXT = "006100";
    static final String NOT_OK_FILL = "FFC7CE";
    static final String NOT_OK_TEXT = "9C0006";
    private static final String HEADER_FILL = "D9E1F2";

    private final XSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle ok;
    private final CellStyle notOk;
    private final CellStyle link;
    private final CellStyle dateTime;
    private final CellStyle pesos;
    private final CellStyle pesosWithCents;

    WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        header = filled(font(true, null, false, (short) 0), HEADER_FILL);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        title = plain(font(true, null, false, (short) 14));
        label = plain(font(true, null, false, (short) 0));
        ok = filled(font(true, OK_TEXT, false, (short) 0), OK_FILL);
        notOk = filled(font(true, NOT_OK_TEXT, false, (short) 0), NOT_OK_FILL);
        link = plain(font(false, "0563C1", true, (short) 0));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
        pesos = numberFormat(PESOS_FORMAT);
        pesosWithCents = numberFormat(PESOS_WITH_CENTS_FORMAT);
    }

    /** Pesos as Excel shows them with the regional separators: {@code $ 3.500.000}. */
    static final String PESOS_FORMAT = "\"$\" #,##0";

    static final String PESOS_WITH_CENTS_FORMAT = "\"$\" #,##0.00";

    CellStyle pesos() {
        return pesos;
    }

    CellStyle pesosWithCents() {
        return pesosWithCents;
    }

    private CellStyle numberFormat(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }

    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    CellStyle label() {
        return label;
    }

    CellStyle ok() {
        return ok;
    }

    CellStyle notOk() {
        return notOk;
    }

    CellStyle link() {
        return link;
    }

    CellStyle dateTime() {
        return dateTime;
    }

    private Font font(boolean bold, String rgb, boolean underline, short points) {
        XSSFFont font = workbook.createFont();
        font.setBold(bold);
        if (rgb != null) {
            font.setColor(color(rgb));
        }
        if (underline) {
            font.setUnderline(Font.U_SINGLE);
        }
        if (points > 0) {
            font.setFontHeightInPoints(points);
        }
        return font;
    }

    private CellStyle plain(Font font) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private CellStyle filled(Font font, String rgb) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(color(rgb));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static XSSFColor color(String rgb) {
        int value = Integer.parseInt(rgb, 16);
        return new XSSFColor(new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value}, null);
    }
}
