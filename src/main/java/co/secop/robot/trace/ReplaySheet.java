package co.secop.robot.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns a traced row back into a one-row payment spreadsheet, to file it again. The row keeps its number:
 * the titles go in row 1 and the payment in the same row as in the contractor's sheet (the rows between
 * stay empty and are ignored), so the replay's reports say «Fila 3» for row 3.
 */
public final class ReplaySheet {

    private ReplaySheet() {}

    public static Path write(TraceRow row, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Pagos");
            Row headers = sheet.createRow(0);
            Row values = sheet.createRow(Math.max(1, row.rowNumber() - 1));
            for (int i = 0; i < row.headers().size(); i++) {
                String header = row.headers().get(i);
                headers.createCell(i).setCellValue(header);
                values.createCell(i).setCellValue(row.cellTexts().getOrDefault(header, ""));
            }
            workbook.write(out);
        }
        return file;
    }
}
