package co.secop.robot.spreadsheet;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link PaymentSheetReader} found in a workbook: the titles and the non-empty data rows.
 *
 * @param file            the spreadsheet, absolute
 * @param sheetName       the sheet that was read
 * @param headerRowNumber the row (1-based, as Excel shows it) holding the titles
 * @param headers         every title of the header row, as written, in sheet order (for the results file)
 * @param columnHeaders   for each known column present, its title as written in this sheet
 * @param rows            the data rows, empty rows left out
 * @param hiddenRows      rows with data that Excel hides (hidden or filtered out), left out unless asked for
 *                        ({@code --incluir-ocultas}); their row numbers
 */
public record PaymentSheet(
        Path file,
        String sheetName,
        int headerRowNumber,
        List<String> headers,
        Map<Column, String> columnHeaders,
        List<SheetRow> rows,
        List<Integer> hiddenRows) {

    public PaymentSheet(
            Path file,
            String sheetName,
            int headerRowNumber,
            List<String> headers,
            Map<Column, String> columnHeaders,
            List<SheetRow> rows) {
        this(file, sheetName, headerRowNumber, headers, columnHeaders, rows, List.of());
    }

    public PaymentSheet {
        hiddenRows = List.copyOf(hiddenRows);
        file = file.toAbsolutePath();
        headers = List.copyOf(headers);
        columnHeaders = Collections.unmodifiableMap(
                columnHeaders.isEmpty() ? new EnumMap<>(Column.class) : new EnumMap<>(columnHeaders));
        rows = List.copyOf(rows);
    }

    /** The title the user gave that column, or the standard title when the sheet lacks it. */
    public String headerOf(Column column) {
        return columnHeaders.getOrDefault(column, column.header());
    }

    /** The folder relative paths in «Soportes» are resolved against. */
    public Path folder() {
        return file.getParent();
    }
}
