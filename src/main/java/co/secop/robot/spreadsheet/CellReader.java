package co.secop.robot.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;

/**
 * Turns a POI cell into the text a Colombian user sees and its typed value. Formulas are evaluated (their
 * saved result is used when POI cannot evaluate them); dates are written {@code dd/MM/yyyy} whatever the
 * cell format (POI renders built-in format 14 US style); whole numbers in "General" format never come out
 * as {@code 1.2345678E7}.
 */
final class CellReader {

    static final Locale COLOMBIA = new Locale("es", "CO");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Excel keeps 15 significant digits; beyond that is binary noise ({@code 4164999.9999999995}). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);

    private final DataFormatter formatter;
    private final FormulaEvaluator evaluator;

    CellReader(FormulaEvaluator evaluator) {
        this.evaluator = evaluator;
        this.formatter = new DataFormatter(COLOMBIA);
        this.formatter.setUseCachedValuesForFormulaCells(true);
    }

    SheetCell read(Cell cell) {
        if (cell == null) {
            return SheetCell.blank();
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return readValue(cell, evaluate(cell)).asFormulaResult();
        }
        return readValue(cell, cell.getCellType());
    }

    private CellType evaluate(Cell cell) {
        try {
            return evaluator.evaluateFormulaCell(cell);
        } catch (RuntimeException cannotEvaluate) {
            // Unsupported function, external link...: keep the result Excel saved with the file.
            return cell.getCachedFormulaResultType();
        }
    }

    private SheetCell readValue(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> SheetCell.text(cell.getRichStringCellValue().getString());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell) : number(cell);
            case BOOLEAN ->
                new SheetCell(
                        cell.getBooleanCellValue() ? "VERDADERO" : "FALSO", SheetCell.Kind.BOOLEAN, null, null, false);
            case ERROR ->
                new SheetCell(
                        FormulaError.forInt(cell.getErrorCellValue()).getString(),
                        SheetCell.Kind.ERROR,
                        null,
                        null,
                        false);
            default -> SheetCell.blank();
        };
    }

    private SheetCell date(Cell cell) {
        LocalDateTime value = cell.getLocalDateTimeCellValue();
        if (value == null) {
            return SheetCell.blank();
        }
        value = value.withSecond(0).withNano(0);
        String text;
        if (cell.getNumericCellValue() < 1) {
            text = TIME.format(value);
        } else if (value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            text = DATE.format(value);
        } else {
            text = DATE_TIME.format(value);
        }
        return new SheetCell(text, SheetCell.Kind.DATE, null, value, false);
    }

    private SheetCell number(Cell cell) {
        double raw = cell.getNumericCellValue();
        BigDecimal value = BigDecimal.valueOf(raw).round(EXCEL_PRECISION).stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        CellStyle style = cell.getCellStyle();
        String format = style == null ? "General" : style.getDataFormatString();
        String text;
        if (isGeneral(format) && value.scale() == 0) {
            text = value.toPlainString();
        } else {
            int index = style == null ? 0 : style.getDataFormat();
            text = formatter
                    .formatRawCellContents(value.doubleValue(), index, format)
                    .strip()
                    .replaceAll("\\s+", " ");
        }
        return new SheetCell(text, SheetCell.Kind.NUMBER, value, null, false);
    }

    private static boolean isGeneral(String format) {
        return format == null || format.isBlank() || "General".equalsIgnoreCase(format.strip());
    }
}
