package co.secop.robot.cli;

import co.secop.robot.spreadsheet.FieldLimits;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.spreadsheet.SpreadsheetException;
import co.secop.robot.spreadsheet.ValidationReport;

import java.nio.file.Path;

/** Reads and validates the contractor's spreadsheet; a file that cannot be read is a usage error. */
final class PaymentSheetLoader {

    record Loaded(PaymentSheet sheet, ValidationReport report) {
    }

    private PaymentSheetLoader() {
    }

    /** Which sheet was read and how many hidden rows were left out, in Spanish. */
    static String describeSheet(PaymentSheet sheet) {
        String text = "Hoja «" + sheet.sheetName() + "» de " + sheet.file().getFileName() + ".";
        if (!sheet.hiddenRows().isEmpty()) {
            text += " " + sheet.hiddenRows().size() + (sheet.hiddenRows().size() == 1 ? " fila oculta omitida" : " filas ocultas omitidas")
                    + " (" + sheet.hiddenRows().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + "); use --incluir-ocultas para radicarlas.";
        }
        return text;
    }

    static Loaded load(Path file, String sheetName, long maxZipBytes) {
        return load(file, sheetName, maxZipBytes, FieldLimits.FORM);
    }

    static Loaded load(Path file, String sheetName, long maxZipBytes, FieldLimits limits) {
        return load(file, sheetName, maxZipBytes, limits, false);
    }

    static Loaded load(Path file, String sheetName, long maxZipBytes, FieldLimits limits, boolean includeHidden) {
        try {
            PaymentSheet sheet = new PaymentSheetReader().read(file, sheetName, includeHidden);
            return new Loaded(sheet, new PaymentValidator(maxZipBytes, limits).validate(sheet));
        } catch (SpreadsheetException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }
}
