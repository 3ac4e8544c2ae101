package co.secop.robot.spreadsheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Picks the sheet to read: by name ({@code --hoja}, even a hidden one); else the visible sheet «Pagos»; else
 * the first visible sheet. A hidden sheet is never chosen without being named.
 */
final class SheetChooser {

    private SheetChooser() {}

    static Sheet choose(Workbook workbook, String requestedName, Path file) throws SpreadsheetException {
        if (workbook.getNumberOfSheets() == 0) {
            throw new SpreadsheetException("El libro «" + file.getFileName() + "» no tiene hojas.");
        }
        if (requestedName != null && !requestedName.isBlank()) {
            return byName(workbook, requestedName.strip())
                    .orElseThrow(() -> new SpreadsheetException("La hoja «" + requestedName.strip()
                            + "» no existe en «" + file.getFileName() + "». Hojas disponibles: "
                            + names(workbook) + "."));
        }
        Sheet template = workbook.getSheet(PaymentSheetReader.TEMPLATE_SHEET);
        if (template != null && visible(workbook, workbook.getSheetIndex(template))) {
            return template;
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (visible(workbook, i)) {
                return workbook.getSheetAt(i);
            }
        }
        throw new SpreadsheetException("Todas las hojas de «" + file.getFileName() + "» están ocultas ("
                + names(workbook) + "). Muestre la hoja de pagos en Excel o nómbrela con --hoja.");
    }

    static boolean visible(Workbook workbook, int index) {
        return !workbook.isSheetHidden(index) && !workbook.isSheetVeryHidden(index);
    }

    private static Optional<Sheet> byName(Workbook workbook, String name) {
        Sheet exact = workbook.getSheet(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        String key = HeaderText.key(name);
        for (Sheet sheet : workbook) {
            if (HeaderText.key(sheet.getSheetName()).equals(key)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }

    private static String names(Workbook workbook) {
        List<String> names = new ArrayList<>();
        for (Sheet sheet : workbook) {
            names.add("«" + sheet.getSheetName() + "»");
        }
        return names.stream().collect(Collectors.joining(", "));
    }
}
