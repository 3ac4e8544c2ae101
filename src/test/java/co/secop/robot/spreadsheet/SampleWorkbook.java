package co.secop.robot.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds spreadsheets cell by cell for tests. Values: {@code null} = no cell, String = text cell, Number =
 * numeric cell (General), Boolean, LocalDate / LocalDateTime = date cell ({@code dd/mm/yyyy[ hh:mm]}), and the
 * wrappers {@link #formula}, {@link #usDate} (built-in format 14), {@link #formatted}.
 */
public final class SampleWorkbook {

    /** A formula without the leading '=' (POI syntax: English function names, ',' separators). */
    public record Formula(String expression) {}

    /** A date cell with Excel's built-in format 14 (which POI renders US style: 11/30/26). */
    public record UsDate(LocalDate date) {}

    /** A number with a custom format, e.g. {@code "000"} or {@code "#,##0"}. */
    public record Formatted(double value, String format) {}

    private final Workbook workbook;
    private Sheet sheet;

    private SampleWorkbook(Workbook workbook) {
        this.workbook = workbook;
    }

    public static SampleWorkbook xlsx() {
        return new SampleWorkbook(new XSSFWorkbook());
    }

    /** The columns every payment sheet of the tests starts with, in this order. */
    public static final List<String> PAYMENT_COLUMNS = List.of(
            "Contrato", "Periodo", "Número de factura o pago", "Factura electrónica", "Valor neto", "Valor total");

    /** A workbook with a sheet «Pagos» whose title row is {@link #PAYMENT_COLUMNS} and then {@code more}. */
    public static SampleWorkbook payments(String... more) {
        List<Object> titles = new java.util.ArrayList<>(PAYMENT_COLUMNS);
        titles.addAll(List.of(more));
        return xlsx().sheet("Pagos").row(titles);
    }

    /**
     * The first payment of the demo sheet alone (CPS-2026-0101, «011», Noviembre 2026, $3.500.000, its ZIP from
     * {@code sample-data/soportes}), saved as {@code file}.
     */
    public static Path oneDemoPayment(Path file) {
        return payments("Soportes")
                .row(
                        "CPS-2026-0101",
                        "Noviembre 2026",
                        "011",
                        "No",
                        3500000,
                        3500000,
                        Path.of("sample-data/soportes/cps-2026-0101-noviembre.zip")
                                .toAbsolutePath()
                                .toString())
                .save(file);
    }

    public static SampleWorkbook xls() {
        return new SampleWorkbook(new HSSFWorkbook());
    }

    public static Formula formula(String expression) {
        return new Formula(expression);
    }

    public static UsDate usDate(LocalDate date) {
        return new UsDate(date);
    }

    public static Formatted formatted(double value, String format) {
        return new Formatted(value, format);
    }

    /** Creates a sheet and makes it the one the next rows go to. */
    public SampleWorkbook sheet(String name) {
        sheet = workbook.createSheet(name);
        return this;
    }

    public SampleWorkbook hiddenSheet(String name) {
        sheet(name);
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        return this;
    }

    /** Appends a row after the last one written. */
    public SampleWorkbook row(Object... values) {
        return rowAt(
                currentSheet().getPhysicalNumberOfRows() == 0
                        ? 1
                        : currentSheet().getLastRowNum() + 2,
                values);
    }

    public SampleWorkbook row(List<?> values) {
        return row(values.toArray());
    }

    /** Writes a row at the Excel row number given (1-based). */
    public SampleWorkbook rowAt(int excelRow, Object... values) {
        Row row = currentSheet().createRow(excelRow - 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                write(row.createCell(i), values[i]);
            }
        }
        return this;
    }

    /** Leaves one empty row (an existing row with no cells) after the last one. */
    public SampleWorkbook emptyRow() {
        currentSheet()
                .createRow(
                        currentSheet().getPhysicalNumberOfRows() == 0
                                ? 0
                                : currentSheet().getLastRowNum() + 1);
        return this;
    }

    public SampleWorkbook merge(String range) {
        currentSheet().addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    public Path save(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves as Excel does with «Cifrar con contraseña» (agile encryption). */
    public Path saveEncrypted(Path file, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            workbook.write(plain);
            try (InputStream in = new ByteArrayInputStream(plain.toByteArray());
                    OPCPackage opc = OPCPackage.open(in);
                    OutputStream encrypted = encryptor.getDataStream(fs)) {
                opc.save(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private Sheet currentSheet() {
        if (sheet == null) {
            sheet("Pagos");
        }
        return sheet;
    }

    private void write(Cell cell, Object value) {
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(style("dd/mm/yyyy hh:mm"));
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(style("dd/mm/yyyy"));
        } else if (value instanceof UsDate usDate) {
            cell.setCellValue(usDate.date());
            CellStyle builtIn = workbook.createCellStyle();
            builtIn.setDataFormat((short) 14);
            cell.setCellStyle(builtIn);
        } else if (value instanceof Formatted formatted) {
            cell.setCellValue(formatted.value());
            cell.setCellStyle(style(formatted.format()));
        } else if (value instanceof Formula formula) {
            cell.setCellFormula(formula.expression());
        } else {
            throw new IllegalArgumentException("unsupported cell value: " + value);
        }
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
