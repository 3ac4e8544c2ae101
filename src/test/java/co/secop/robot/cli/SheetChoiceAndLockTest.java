package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.batch.SheetLock;
import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.run.BatchJob;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which sheet and rows are read (hidden ones are not filed without saying so), and one run per sheet. */
class SheetChoiceAndLockTest {

    private static final String[] HEADERS = {
        "Contrato",
        "Periodo",
        "Número de factura o pago",
        "Factura electrónica",
        "Valor neto",
        "Valor total",
        "Soportes"
    };

    @TempDir
    Path dir;

    @Test
    void hiddenRowsAreLeftOutAndCountedUnlessAskedFor() throws Exception {
        Path file = workbook(false, 3);

        CliRun plain = CliRun.of("validar", "--datos", file.toString());
        CliRun all = CliRun.of("validar", "--datos", file.toString(), "--incluir-ocultas");

        assertThat(plain.exitCode()).as(plain.out() + plain.err()).isZero();
        assertThat(plain.out()).contains("2 de 2 filas válidas", "1 fila oculta omitida (3)", "--incluir-ocultas");
        assertThat(all.out()).contains("3 de 3 filas válidas").doesNotContain("oculta");
    }

    @Test
    void aHiddenSheetNamedPagosIsNotReadWhenAVisibleSheetExists() throws Exception {
        Path file = workbook(true, -1);

        CliRun run = CliRun.of("validar", "--datos", file.toString());
        CliRun named = CliRun.of("validar", "--datos", file.toString(), "--hoja", "Pagos");

        assertThat(run.out()).contains("filas válidas en «Cobros»");
        assertThat(named.out()).contains("filas válidas en «Pagos»");
        assertThat(CliRun.of("validar", "--help").out()).contains("«Pagos» si", "visible");
    }

    @Test
    void aSecondRunOnTheSameSheetIsRefusedNamingTheFirst() throws Exception {
        Path file = workbook(false, -1);
        Path conf = Files.writeString(
                dir.resolve("secop.conf"),
                "lote { diarios = \"" + dir.resolve("diarios").toString().replace("\\", "\\\\") + "\" }\n");
        RobotConfiguration config = RobotConfiguration.load(Optional.of(conf));
        String portal = "http://127.0.0.1:9/STS/Users/Login/Index";
        Path journal = config.journalFile(portal, "contratista.demo", file, "Cobros");
        Path lockFile = journal.resolveSibling(journal.getFileName() + ".lock");

        try (SheetLock first = SheetLock.acquire(lockFile, file, dir.resolve("primera"))) {
            StringWriter out = new StringWriter();
            assertThatThrownBy(() -> LoadCommand.run(
                            new PrintWriter(out),
                            config,
                            portal,
                            new Credentials("contratista.demo", "x".toCharArray()),
                            file,
                            null,
                            dir.resolve("segunda"),
                            new LoadCommand.Mode(false, false, false),
                            BatchJob.Mail.off()))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("Otra ejecución de «cargar» está trabajando con la hoja pagos.xlsx")
                    .hasMessageContaining("proceso " + ProcessHandle.current().pid())
                    .hasMessageContaining(
                            dir.resolve("primera").toAbsolutePath().toString());
        }
        // Once the first run ends, the sheet is free again.
        try (SheetLock again = SheetLock.acquire(lockFile, file, dir.resolve("tercera"))) {
            assertThat(Files.readString(lockFile)).contains("tercera");
        }
    }

    /** «Cobros» with 3 rows ({@code hiddenRow} hidden, -1 none), and a hidden «Pagos» before it when asked. */
    private Path workbook(boolean hiddenPagos, int hiddenRow) throws Exception {
        try (java.util.zip.ZipOutputStream zip =
                new java.util.zip.ZipOutputStream(Files.newOutputStream(dir.resolve("soportes.zip")))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("informe.txt"));
            zip.write("Informe de actividades".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path file = dir.resolve("pagos.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            if (hiddenPagos) {
                fill(workbook.createSheet("Pagos"), 1, -1);
                workbook.setSheetHidden(0, true);
            }
            fill(workbook.createSheet("Cobros"), 3, hiddenRow);
            workbook.write(out);
        }
        return file;
    }

    private static void fill(Sheet sheet, int rows, int hiddenRow) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADERS.length; i++) {
            header.createCell(i).setCellValue(HEADERS[i]);
        }
        for (int r = 1; r <= rows; r++) {
            Row row = sheet.createRow(r);
            Object[] values = {"CPS-2026-0101", "Noviembre 2026", "R-" + r, "No", 1_000_000, 1_000_000, "soportes.zip"};
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Integer n) {
                    row.createCell(i).setCellValue(n);
                } else {
                    row.createCell(i).setCellValue((String) values[i]);
                }
            }
            if (r + 1 == hiddenRow) {
                row.setZeroHeight(true);
            }
        }
    }
}
