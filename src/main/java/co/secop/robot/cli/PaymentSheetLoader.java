package co.secop.robot.cli;

import co.secop.robot.spreadsheet.FieldLimits;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.spreadsheet.SheetRow;
import co.secop.robot.spreadsheet.SpreadsheetException;
import co.secop.robot.spreadsheet.TemplateWriter;
import co.secop.robot.spreadsheet.ValidationReport;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and validates the contractor's spreadsheet; a file that cannot be read is a usage error. The
 * template's example row (marked «EJEMPLO») is left out, and a sheet with no payment rows is an error.
 */
final class PaymentSheetLoader {

    /** @param examples the row numbers left out because they are marked as examples */
    record Loaded(PaymentSheet sheet, ValidationReport report, List<Integer> examples) {}

    private PaymentSheetLoader() {}

    /** Which sheet was read and how many hidden rows were left out, in Spanish. */
    static String describeSheet(PaymentSheet sheet) {
        String text = "Hoja «" + sheet.sheetName() + "» de " + sheet.file().getFileName() + ".";
        if (!sheet.hiddenRows().isEmpty()) {
            text += " " + sheet.hiddenRows().size()
                    + (sheet.hiddenRows().size() == 1 ? " fila oculta omitida" : " filas ocultas omitidas")
                    + " ("
                    + sheet.hiddenRows().stream()
                            .map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", "))
                    + "); use --incluir-ocultas para radicarlas.";
        }
        return text;
    }

    static Loaded load(Path file, String sheetName, long maxZipBytes) {
        return load(file, sheetName, maxZipBytes, FieldLimits.FORM, false);
    }

    static Loaded load(Path file, String sheetName, long maxZipBytes, FieldLimits limits, boolean includeHidden) {
        PaymentSheet read;
        try {
            read = new PaymentSheetReader().read(file, sheetName, includeHidden);
        } catch (SpreadsheetException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        List<Integer> examples = read.rows().stream()
                .filter(TemplateWriter::isExample)
                .map(SheetRow::rowNumber)
                .toList();
        PaymentSheet sheet = examples.isEmpty()
                ? read
                : new PaymentSheet(
                        read.file(),
                        read.sheetName(),
                        read.headerRowNumber(),
                        read.headers(),
                        read.columnHeaders(),
                        read.rows().stream()
                                .filter(row -> !TemplateWriter.isExample(row))
                                .toList(),
                        read.hiddenRows());
        if (sheet.rows().isEmpty()) {
            throw new UserFacingException(
                    "La hoja «" + sheet.sheetName() + "» de " + file.getFileName()
                            + " no tiene filas de pago"
                            + (examples.isEmpty() ? "" : " (solo la fila de ejemplo, que no se radica)")
                            + ": escriba una fila por pago debajo de los títulos.",
                    null,
                    SecopCli.SOME_FAILED);
        }
        return new Loaded(sheet, new PaymentValidator(maxZipBytes, limits).validate(sheet), examples);
    }

    /** "(La fila 2 es de ejemplo y no se radica.)", or empty. */
    static String examplesNote(Loaded loaded) {
        if (loaded.examples().isEmpty()) {
            return "";
        }
        return loaded.examples().size() == 1
                ? "(La fila " + loaded.examples().get(0) + " es de ejemplo y no se radica.)"
                : "(Las filas " + loaded.examples() + " son de ejemplo y no se radican.)";
    }
}
