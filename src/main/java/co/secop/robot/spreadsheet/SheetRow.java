package co.secop.robot.spreadsheet;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A data row of the sheet before validation.
 *
 * @param rowNumber the row number Excel shows (1-based)
 * @param cells     the known columns present in the sheet
 * @param cellTexts every titled column, in sheet order: title as written → text as shown
 */
public record SheetRow(int rowNumber, Map<Column, SheetCell> cells, Map<String, String> cellTexts) {

    public SheetRow {
        cells = Collections.unmodifiableMap(cells.isEmpty() ? new EnumMap<>(Column.class) : new EnumMap<>(cells));
        cellTexts = Collections.unmodifiableMap(new LinkedHashMap<>(cellTexts));
    }

    /** The cell of that column, blank when the sheet has no such column. */
    public SheetCell cell(Column column) {
        return cells.getOrDefault(column, SheetCell.blank());
    }
}
