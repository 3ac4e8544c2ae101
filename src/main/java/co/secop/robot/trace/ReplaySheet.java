package co.secop.robot.trace;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns a traced row back into a one-row payment spreadsheet, to file it again. */
public final class ReplaySheet {

    private ReplaySheet() {
    }

    public static Path write(TraceRow row, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Pagos");
            Row headers = sheet.createRow(0);
            Row values = sheet.createRow(1);
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
