package co.secop.robot.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * {@code ./secop siguiente-mes}: writes next month's sheet as a copy of this month's workbook (same sheets,
 * names and formats) where each payment row is changed as {@link NextMonth} says, and prepares the new
 * supports folders (empty). The original file is never written, and no existing file is overwritten.
 */
public final class NextMonthSheet {

    /**
     * @param file       the new workbook
     * @param sheetName  the sheet whose rows were moved
     * @param month      the latest new period of the rows (the month the sheet is for)
     * @param rows       what changed in each row
     * @param newFolders the supports folders created (empty) for the moved paths
     */
    public record Result(
            Path file,
            String sheetName,
            Optional<YearMonth> month,
            List<NextMonth.RowPlan> rows,
            List<Path> newFolders) {}

    /**
     * @param sheetName the sheet ({@code --hoja}); null for the default one, as {@code validar} picks it
     * @param output    the new file ({@code --salida}); empty for the one {@link #defaultOutput} names
     */
    public Result write(Path input, String sheetName, Optional<Path> output) throws SpreadsheetException {
        try (Workbook workbook = WorkbookOpener.openToCopy(input)) {
            Sheet sheet = SheetChooser.choose(workbook, sheetName, input);
            CellReader reader = new CellReader(workbook.getCreationHelper().createFormulaEvaluator());
            HeaderRow header = HeaderRow.find(sheet, reader);
            Map<String, Integer> indexOf = new HashMap<>();
            header.titles.forEach((index, title) -> indexOf.put(title, index));
            List<NextMonth.RowPlan> plans = new ArrayList<>();
            for (int index = header.rowIndex + 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                SheetRow sheetRow = row == null ? null : PaymentSheetReader.readRow(row, header, reader);
                if (sheetRow == null || TemplateWriter.isExample(sheetRow)) {
                    continue;
                }
                NextMonth.RowPlan plan = NextMonth.plan(sheetRow, header.columnTitles());
                plan.changes().forEach(change -> apply(row.getCell(indexOf.get(change.title())), change.value()));
                plans.add(plan);
            }
            if (plans.isEmpty()) {
                throw new SpreadsheetException("La hoja «" + sheet.getSheetName() + "» de " + input.getFileName()
                        + " no tiene filas de pago que pasar al mes siguiente.");
            }
            Optional<YearMonth> month =
                    plans.stream().flatMap(plan -> plan.nextPeriod().stream()).max(Comparator.naturalOrder());
            Path target = output.orElseGet(() -> defaultOutput(input, month));
            refuseToOverwrite(input, target);
            List<Path> folders = prepareSupports(input, target, sheet, header, indexOf, plans);
            save(workbook, target);
            return new Result(target, sheet.getSheetName(), month, plans, folders);
        } catch (IOException closing) {
            throw new SpreadsheetException(
                    "No se pudo leer «" + input.toAbsolutePath() + "»: " + closing.getMessage(), closing);
        }
    }

    /**
     * Beside the original: its name with the month moved ({@code pagos-noviembre.xlsx} →
     * {@code pagos-diciembre.xlsx}), or with the month added ({@code pagos-demo-diciembre-2026.xlsx}).
     */
    public static Path defaultOutput(Path input, Optional<YearMonth> month) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot);
        String newBase = month.flatMap(m -> MonthText.shift(base, m.minusMonths(1)))
                .orElseGet(() -> base + "-"
                        + month.map(m -> PeriodParser.label(m)
                                        .toLowerCase(Locale.ROOT)
                                        .replace(' ', '-'))
                                .orElse("mes-siguiente"));
        return input.resolveSibling(newBase + extension);
    }

    private static void refuseToOverwrite(Path input, Path target) throws SpreadsheetException {
        if (Files.exists(target)) {
            throw new SpreadsheetException("Ya existe «" + target.toAbsolutePath() + "»; siguiente-mes nunca "
                    + "sobrescribe un archivo. Indique otro nombre con --salida o mueva ese archivo.");
        }
        String in = extension(input);
        String out = extension(target);
        if (!in.equals(out)) {
            throw new SpreadsheetException("La hoja nueva debe tener la misma extensión que la original (" + in + "): «"
                    + target.getFileName() + "» no la tiene.");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SpreadsheetException("No existe la carpeta «" + folder + "» donde iría la hoja nueva.");
        }
    }

    /**
     * Creates the moved supports folders (a ZIP's folder, or the folder itself) and, when the new sheet is in
     * another folder, rewrites relative paths so that they still point where the old ones meant.
     */
    private static List<Path> prepareSupports(
            Path input,
            Path target,
            Sheet sheet,
            HeaderRow header,
            Map<String, Integer> indexOf,
            List<NextMonth.RowPlan> plans)
            throws SpreadsheetException {
        Path from = input.toAbsolutePath().getParent();
        Path to = target.toAbsolutePath().getParent();
        String title = header.columnTitles().get(Column.SUPPORTS);
        List<Path> created = new ArrayList<>();
        for (NextMonth.RowPlan plan : plans) {
            if (plan.newSupports().isEmpty()) {
                continue;
            }
            String text = plan.newSupports().get().strip();
            Path path = Path.of(text.replace('\\', '/'));
            Path absolute = path.isAbsolute() ? path : from.resolve(path).normalize();
            if (!path.isAbsolute() && !from.equals(to)) {
                String relative = to.relativize(absolute).toString().replace('\\', '/');
                sheet.getRow(plan.rowNumber() - 1).getCell(indexOf.get(title)).setCellValue(relative);
            }
            Path folder = SupportFiles.isZip(absolute) ? absolute.getParent() : absolute;
            if (!Files.isDirectory(folder)) {
                try {
                    Files.createDirectories(folder);
                    created.add(folder);
                } catch (IOException e) {
                    throw new SpreadsheetException(
                            "No se pudo crear la carpeta de soportes «" + folder + "»: " + e.getMessage(), e);
                }
            }
        }
        return created;
    }

    private static void apply(Cell cell, NextMonth.Value value) {
        if (cell == null) {
            return;
        }
        if (value instanceof NextMonth.Text text) {
            cell.setCellValue(text.text());
        } else if (value instanceof NextMonth.Numeric number) {
            cell.setCellValue(number.number().doubleValue());
        } else if (value instanceof NextMonth.Date date) {
            cell.setCellValue(date.dateTime());
        } else {
            cell.setBlank();
        }
    }

    private static void save(Workbook workbook, Path target) throws SpreadsheetException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            workbook.write(out);
        } catch (FileAlreadyExistsException e) {
            throw new SpreadsheetException("Ya existe «" + target.toAbsolutePath() + "»; no se sobrescribe.", e);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // the message below says what happened
            }
            throw new SpreadsheetException(
                    "No se pudo escribir «" + target.toAbsolutePath() + "»: " + e.getMessage(), e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }
}
