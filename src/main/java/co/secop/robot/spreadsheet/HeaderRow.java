package co.secop.robot.spreadsheet;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * The row of column titles: the first of the first {@value #SEARCH_ROWS} rows holding at least
 * {@value #MIN_KNOWN_TITLES} titles the robot knows. Repeated titles of the user's own columns get a suffix
 * ({@code "Otro (2)"}); a known column may appear only once; every required column must be there.
 */
final class HeaderRow {

    static final int SEARCH_ROWS = 10;
    static final int MIN_KNOWN_TITLES = 3;

    final int rowIndex;
    /** Column index → title as written (unique), in sheet order. */
    final Map<Integer, String> titles = new TreeMap<>();
    /** Column index → known column. */
    final Map<Integer, Column> columns = new TreeMap<>();

    private HeaderRow(int rowIndex) {
        this.rowIndex = rowIndex;
    }

    static HeaderRow find(Sheet sheet, CellReader reader) throws SpreadsheetException {
        int last = Math.min(sheet.getLastRowNum(), SEARCH_ROWS - 1);
        for (int index = Math.max(sheet.getFirstRowNum(), 0); index <= last; index++) {
            Row row = sheet.getRow(index);
            if (row != null) {
                HeaderRow candidate = read(row, reader);
                if (candidate.columns.size() >= MIN_KNOWN_TITLES) {
                    candidate.requireUniqueColumns();
                    candidate.requireMandatoryColumns(sheet.getSheetName());
                    return candidate;
                }
            }
        }
        if (isEmpty(sheet, reader)) {
            throw new SpreadsheetException("La hoja «" + sheet.getSheetName() + "» está vacía.");
        }
        throw new SpreadsheetException("No se encontró la fila de títulos en las primeras " + SEARCH_ROWS
                + " filas de la hoja «" + sheet.getSheetName() + "». Escriba en una fila los títulos de las "
                + "columnas: " + quotedList(Column.requiredColumns()) + " (puede usar la plantilla).");
    }

    /** The row number Excel shows. */
    int rowNumber() {
        return rowIndex + 1;
    }

    List<String> titleList() {
        return List.copyOf(titles.values());
    }

    Map<Column, String> columnTitles() {
        Map<Column, String> result = new EnumMap<>(Column.class);
        columns.forEach((index, column) -> result.put(column, titles.get(index)));
        return result;
    }

    private static HeaderRow read(Row row, CellReader reader) {
        HeaderRow header = new HeaderRow(row.getRowNum());
        for (Cell cell : row) {
            String title = HeaderText.tidy(reader.read(cell).text());
            if (!title.isEmpty()) {
                header.add(cell.getColumnIndex(), title);
            }
        }
        return header;
    }

    private void add(int columnIndex, String title) {
        String unique = title;
        for (int n = 2; titles.containsValue(unique); n++) {
            unique = title + " (" + n + ")";
        }
        titles.put(columnIndex, unique);
        Column.forHeader(title).ifPresent(column -> columns.put(columnIndex, column));
    }

    private void requireUniqueColumns() throws SpreadsheetException {
        Map<Column, Integer> seen = new EnumMap<>(Column.class);
        for (Map.Entry<Integer, Column> entry : columns.entrySet()) {
            Integer previous = seen.putIfAbsent(entry.getValue(), entry.getKey());
            if (previous != null) {
                throw new SpreadsheetException("La columna «" + entry.getValue().header() + "» aparece dos veces en "
                        + "la fila de títulos (fila " + rowNumber() + ", columnas "
                        + CellReference.convertNumToColString(previous) + " y "
                        + CellReference.convertNumToColString(entry.getKey()) + "); deje solo una.");
            }
        }
    }

    private void requireMandatoryColumns(String sheetName) throws SpreadsheetException {
        List<Column> missing = Column.requiredColumns().stream()
                .filter(column -> !columns.containsValue(column))
                .toList();
        if (!missing.isEmpty()) {
            throw new SpreadsheetException(
                    (missing.size() == 1 ? "Falta la columna obligatoria " : "Faltan las columnas obligatorias ")
                            + quotedList(missing) + " en la hoja «" + sheetName
                            + "» (títulos en la fila " + rowNumber() + ").");
        }
    }

    private static boolean isEmpty(Sheet sheet, CellReader reader) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!reader.read(cell).isBlank()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String quotedList(List<Column> columns) {
        return columns.stream().map(c -> "«" + c.header() + "»").collect(Collectors.joining(", "));
    }
}
