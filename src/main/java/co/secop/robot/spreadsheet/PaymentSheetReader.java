package co.secop.robot.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads the payments sheet of an .xlsx or .xls workbook (read-only: the file is never changed).
 *
 * <p>The sheet is the one named by the user; without a name, the visible sheet «Pagos» when there is one (the
 * template's), otherwise the first visible sheet. Rows Excel hides (hidden or filtered out) are left out and
 * counted, unless {@code includeHidden} ({@code --incluir-ocultas}). The titles are found by {@link HeaderRow}. Rows below them
 * with nothing meaningful (see {@link SheetCell#isMeaningful()}) are skipped, also in the middle; a non-empty
 * row touching merged cells is an error. Columns without a title are ignored.
 */
public final class PaymentSheetReader {

    static final String TEMPLATE_SHEET = "Pagos";

    public PaymentSheet read(Path file) throws SpreadsheetException {
        return read(file, null);
    }

    /** @param sheetName the sheet to read ({@code --hoja}); null or blank for the default one */
    public PaymentSheet read(Path file, String sheetName) throws SpreadsheetException {
        return read(file, sheetName, false);
    }

    /** @param includeHidden file the rows Excel hides too ({@code --incluir-ocultas}) */
    public PaymentSheet read(Path file, String sheetName, boolean includeHidden) throws SpreadsheetException {
        try (Workbook workbook = WorkbookOpener.open(file)) {
            Sheet sheet = SheetChooser.choose(workbook, sheetName, file);
            try {
                return readSheet(
                        file,
                        sheet,
                        new CellReader(workbook.getCreationHelper().createFormulaEvaluator()),
                        includeHidden);
            } catch (RuntimeException damaged) {
                throw new SpreadsheetException(
                        "No se pudo leer la hoja «" + sheet.getSheetName() + "» de «"
                                + file.toAbsolutePath()
                                + "»: el archivo parece dañado. Ábralo en Excel y guárdelo de nuevo "
                                + "como .xlsx.",
                        damaged);
            }
        } catch (IOException closing) {
            throw new SpreadsheetException("No se pudo cerrar el archivo «" + file.toAbsolutePath() + "».", closing);
        }
    }

    private PaymentSheet readSheet(Path file, Sheet sheet, CellReader reader, boolean includeHidden)
            throws SpreadsheetException {
        HeaderRow header = HeaderRow.find(sheet, reader);
        List<SheetRow> rows = new ArrayList<>();
        List<Integer> hidden = new ArrayList<>();
        for (int index = header.rowIndex + 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            SheetRow sheetRow = row == null ? null : readRow(row, header, reader);
            if (sheetRow != null && row.getZeroHeight() && !includeHidden) {
                hidden.add(sheetRow.rowNumber());
                continue;
            }
            if (sheetRow != null) {
                rejectMergedCells(sheet, index);
                rows.add(sheetRow);
            }
        }
        return new PaymentSheet(
                file,
                sheet.getSheetName(),
                header.rowNumber(),
                header.titleList(),
                header.columnTitles(),
                rows,
                hidden);
    }

    /** Null when the row says nothing. */
    static SheetRow readRow(Row row, HeaderRow header, CellReader reader) {
        Map<Column, SheetCell> cells = new EnumMap<>(Column.class);
        Map<String, String> texts = new LinkedHashMap<>();
        boolean meaningful = false;
        for (Map.Entry<Integer, String> title : header.titles.entrySet()) {
            SheetCell cell = reader.read(row.getCell(title.getKey()));
            meaningful |= cell.isMeaningful();
            texts.put(title.getValue(), cell.text());
            Column column = header.columns.get(title.getKey());
            if (column != null) {
                cells.put(column, cell);
            }
        }
        return meaningful ? new SheetRow(row.getRowNum() + 1, cells, texts) : null;
    }

    private static void rejectMergedCells(Sheet sheet, int rowIndex) throws SpreadsheetException {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getFirstRow() <= rowIndex && rowIndex <= region.getLastRow()) {
                throw new SpreadsheetException("La fila " + (rowIndex + 1) + " tiene celdas combinadas ("
                        + region.formatAsString() + "); separe las celdas (Inicio › Combinar y centrar › "
                        + "Separar celdas) y escriba el valor en cada una.");
            }
        }
    }
}
