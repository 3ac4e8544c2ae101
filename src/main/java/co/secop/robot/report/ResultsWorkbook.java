package co.secop.robot.report;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.spreadsheet.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code resultados.xlsx}: sheet {@value #RESULTS_SHEET} repeats each input row with what happened to it,
 * sheet {@value #SUMMARY_SHEET} has the run's counters and data.
 */
public final class ResultsWorkbook {

    public static final String RESULTS_SHEET = "Resultados";
    public static final String SUMMARY_SHEET = "Resumen";
    /** The outcome columns, first in the sheet; the contractor's own columns follow them. */
    public static final List<String> RESULT_COLUMNS =
            List.of("Fila", "Estado", "Mensaje", "Id de pago", "Estado en SECOP", "Hora", "Evidencia");
    /** What SECOP II showed for the payment at the end (read back from its «Detalle»), not the sheet's values. */
    public static final List<String> PORTAL_COLUMNS = List.of(
            "Número en SECOP",
            "Valor neto en SECOP",
            "Valor total en SECOP",
            "Notas en SECOP",
            "Documentos en SECOP",
            "Planilla en SECOP");

    /** The sum of «Valor total» of what this run filed. */
    public static final String TOTAL_FILED = "Total radicado";

    public static final String TOTAL_READY = "Total listo para enviar (ensayo)";

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    private static final int DATE_WIDTH = 20;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private ResultsWorkbook() {}

    /**
     * Writes the workbook (replacing an older one).
     *
     * @throws ReportException (Spanish message) when the file cannot be written
     */
    public static void write(Path file, BatchSummary summary) {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            writeResults(workbook.createSheet(RESULTS_SHEET), summary, styles, folder);
            writeSummary(workbook.createSheet(SUMMARY_SHEET), summary, styles);
            temp = Files.createTempFile(folder, ".resultados-", ".xlsx.tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw new ReportException(
                    "No se pudo escribir el libro de resultados «" + file.toAbsolutePath() + "» (" + RunFolder.reason(e)
                            + "). Si lo tiene abierto en Excel, ciérrelo y vuelva a intentarlo.",
                    e);
        }
    }

    private static void writeResults(Sheet sheet, BatchSummary summary, WorkbookStyles styles, Path folder) {
        // The outcome first (row number, state, message...), then the contractor's own columns, then what
        // SECOP II showed for the payment at the end.
        List<String> headers = new ArrayList<>(RESULT_COLUMNS);
        headers.addAll(summary.headers());
        headers.addAll(PORTAL_COLUMNS);
        ColumnWidths widths = new ColumnWidths(headers.size());
        Set<String> moneyHeaders = new HashSet<>();
        RowValues.header(summary.headers(), Column.NET_VALUE).ifPresent(moneyHeaders::add);
        RowValues.header(summary.headers(), Column.TOTAL_VALUE).ifPresent(moneyHeaders::add);

        Row headerRow = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            text(headerRow, c, headers.get(c), styles.header(), widths);
        }

        List<RowOutcome> outcomes = summary.outcomes().stream()
                .sorted(Comparator.comparingInt(RowOutcome::rowNumber))
                .toList();
        int r = 1;
        for (RowOutcome outcome : outcomes) {
            Row row = sheet.createRow(r++);
            int c = 0;
            Cell rowNumber = row.createCell(c++);
            rowNumber.setCellValue(outcome.rowNumber());
            RowStatus status = outcome.status();
            text(
                    row,
                    c++,
                    status == null ? "" : status.label(),
                    status == null ? null : status.ok() ? styles.ok() : styles.notOk(),
                    widths);
            text(row, c++, ReportText.orEmpty(outcome.message()), null, widths);
            text(
                    row,
                    c++,
                    outcome.paymentId() == null ? "" : outcome.paymentId().orElse(""),
                    null,
                    widths);
            text(
                    row,
                    c++,
                    outcome.portalState() == null ? "" : outcome.portalState().orElse(""),
                    null,
                    widths);
            dateTime(row, c++, outcome.finishedAt(), styles, widths);
            evidenceLink(sheet, row, c++, outcome, styles, folder, widths);
            for (String header : summary.headers()) {
                String value = outcome.inputValues().getOrDefault(header, "");
                Optional<BigDecimal> pesos = moneyHeaders.contains(header) ? RowValues.pesos(value) : Optional.empty();
                if (pesos.isPresent()) {
                    money(row, c++, pesos.get(), styles, widths);
                } else {
                    text(row, c++, value, null, widths);
                }
            }
            if (outcome.portal() != null && outcome.portal().isPresent()) {
                co.secop.robot.batch.PortalPayment shown = outcome.portal().get();
                text(row, c++, shown.invoiceNumber(), null, widths);
                moneyOrText(row, c++, shown.netValue(), styles, widths);
                moneyOrText(row, c++, shown.totalValue(), styles, widths);
                text(row, c++, shown.notes(), null, widths);
                text(row, c++, shown.documentList(), null, widths);
                text(row, c, shown.planillaList(), null, widths);
            }
        }

        sheet.createFreezePane(0, 1);
        if (!outcomes.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, outcomes.size(), 0, headers.size() - 1));
        }
        widths.apply(sheet);
    }

    /** A number with a peso format, so Excel can sum it: {@code $ 3.500.000}. */
    /** A value the portal showed («3.500.000,00 COP»): a number with the peso format when it reads as one. */
    private static void moneyOrText(Row row, int c, String shown, WorkbookStyles styles, ColumnWidths widths) {
        Optional<BigDecimal> pesos = RowValues.pesos(shown);
        if (pesos.isPresent()) {
            money(row, c, pesos.get(), styles, widths);
        } else {
            text(row, c, shown, null, widths);
        }
    }

    private static void money(Row row, int column, BigDecimal value, WorkbookStyles styles, ColumnWidths widths) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(value.stripTrailingZeros().scale() > 0 ? styles.pesosWithCents() : styles.pesos());
        widths.fit(column, RowValues.pesosText(value));
    }

    private static void evidenceLink(
            Sheet sheet,
            Row row,
            int column,
            RowOutcome outcome,
            WorkbookStyles styles,
            Path folder,
            ColumnWidths widths) {
        if (outcome.evidence().isEmpty()) {
            return;
        }
        Path first = outcome.evidence().get(0);
        String href = ReportText.href(folder, first);
        Cell cell = text(row, column, relativeText(folder, first), styles.link(), widths);
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.FILE);
        link.setAddress(href);
        cell.setHyperlink(link);
    }

    private static String relativeText(Path folder, Path evidence) {
        Path relative = evidence.isAbsolute() && folder != null
                ? folder.normalize().relativize(evidence.normalize())
                : evidence.normalize();
        return relative.toString().replace('\\', '/');
    }

    private static void writeSummary(Sheet sheet, BatchSummary summary, WorkbookStyles styles) {
        ColumnWidths widths = new ColumnWidths(2);
        int r = 0;
        text(sheet.createRow(r++), 0, "Resumen de la ejecución", styles.title(), null);
        r++;
        r = pair(
                sheet,
                r,
                "Archivo",
                summary.inputFile() == null ? "" : summary.inputFile().toString(),
                styles,
                widths);
        r = pair(sheet, r, "Portal", ReportText.orEmpty(summary.portalUrl()), styles, widths);
        r = pair(sheet, r, "Usuario", ReportText.orEmpty(summary.user()), styles, widths);
        Row start = sheet.createRow(r++);
        text(start, 0, "Inicio", styles.label(), widths);
        dateTime(start, 1, summary.startedAt(), styles, widths);
        Row end = sheet.createRow(r++);
        text(end, 0, "Fin", styles.label(), widths);
        dateTime(end, 1, summary.finishedAt(), styles, widths);
        r = pair(
                sheet,
                r,
                "Duración",
                ReportText.duration(ReportText.between(summary.startedAt(), summary.finishedAt())),
                styles,
                widths);
        r = pair(sheet, r, "Ensayo", summary.dryRun() ? "Sí: no se envió nada al portal" : "No", styles, widths);
        r++;

        Row header = sheet.createRow(r++);
        text(header, 0, "Estado", styles.header(), widths);
        text(header, 1, "Filas", styles.header(), widths);
        for (RowStatus status : RowStatus.values()) {
            Row row = sheet.createRow(r++);
            text(row, 0, status.label(), status.ok() ? styles.ok() : styles.notOk(), widths);
            row.createCell(1).setCellValue(summary.count(status));
        }
        Row total = sheet.createRow(r++);
        text(total, 0, "Total", styles.label(), widths);
        total.createCell(1).setCellValue(summary.outcomes().size());
        r++;
        Row filed = sheet.createRow(r++);
        text(filed, 0, TOTAL_FILED, styles.label(), widths);
        money(filed, 1, RowValues.totalFiled(summary), styles, widths);
        if (summary.dryRun()) {
            Row ready = sheet.createRow(r);
            text(ready, 0, TOTAL_READY, styles.label(), widths);
            money(ready, 1, RowValues.totalReady(summary), styles, widths);
        }
        widths.apply(sheet);
    }

    private static int pair(
            Sheet sheet, int r, String label, String value, WorkbookStyles styles, ColumnWidths widths) {
        Row row = sheet.createRow(r);
        text(row, 0, label, styles.label(), widths);
        text(row, 1, value, null, widths);
        return r + 1;
    }

    private static Cell text(Row row, int column, String value, CellStyle style, ColumnWidths widths) {
        Cell cell = row.createCell(column);
        String text = value == null ? "" : value;
        if (text.length() > MAX_CELL_TEXT) {
            text = text.substring(0, MAX_CELL_TEXT - 1) + "…";
        }
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (widths != null) {
            widths.fit(column, text);
        }
        return cell;
    }

    private static void dateTime(Row row, int column, LocalDateTime value, WorkbookStyles styles, ColumnWidths widths) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(styles.dateTime());
        }
        widths.fit(column, DATE_WIDTH);
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the real error is reported by the caller
        }
    }

    /** Column widths from the longest text, within sensible bounds (autoSizeColumn needs AWT fonts). */
    private static final class ColumnWidths {
        private final int[] chars;

        ColumnWidths(int columns) {
            chars = new int[columns];
        }

        void fit(int column, String text) {
            int longest = 0;
            for (String line : text.split("\n", -1)) {
                longest = Math.max(longest, line.codePointCount(0, line.length()));
            }
            fit(column, longest);
        }

        void fit(int column, int width) {
            if (column < chars.length) {
                chars[column] = Math.max(chars[column], width);
            }
        }

        void apply(Sheet sheet) {
            for (int c = 0; c < chars.length; c++) {
                int width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars[c] + 2));
                sheet.setColumnWidth(c, width * 256);
            }
        }
    }
}
