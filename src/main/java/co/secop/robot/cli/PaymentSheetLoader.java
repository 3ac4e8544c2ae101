package co.secop.robot.cli;

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

    static Loaded load(Path file, String sheetName, long maxZipBytes) {
        try {
            PaymentSheet sheet = new PaymentSheetReader().read(file, sheetName);
            return new Loaded(sheet, new PaymentValidator(maxZipBytes).validate(sheet));
        } catch (SpreadsheetException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }
}
