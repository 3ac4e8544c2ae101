package co.secop.robot.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.testsupport.Zips;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * «Soportes .» (the sheet's own folder) sends the documents, never the payment sheet itself, the robot's run and
 * journal folders or Office lock files; {@code validar} points out supports outside the sheet's folder and a ZIP
 * about to hold a spreadsheet or a {@code robot.log}; a file nobody may read says «sin permiso de lectura».
 */
class SupportsForPortalTest {

    @TempDir
    Path dir;

    @Test
    void theSheetsOwnFolderSendsOnlyTheDocuments() throws Exception {
        Path sheet = sheetWithSupports(".");
        Files.writeString(dir.resolve("informe.pdf"), "%PDF informe");
        Files.writeString(dir.resolve("~$informe.docx"), "bloqueo de Word");
        Path run = Files.createDirectories(dir.resolve("resultados/2026-11-30_09-00-00"));
        Files.writeString(run.resolve("robot.log"), "registro");
        Files.writeString(run.resolve("resumen.json"), "{}");
        Files.writeString(run.resolve("reporte.html"), "<html>");
        Path journals = Files.createDirectories(dir.resolve("diarios"));
        Files.writeString(journals.resolve("pagos-0123456789ab.json"), "{}");
        Files.writeString(journals.resolve("pagos-0123456789ab.json.lock"), "");

        Path zip = new SupportsPackager()
                .forPortal(List.of(sheet))
                .packageSupports(dir, Files.createDirectories(dir.getParent().resolve("trabajo-" + dir.getFileName())));

        assertThat(entries(zip)).containsExactly("informe.pdf");
        ValidationReport report = new PaymentValidator().validate(new PaymentSheetReader().read(sheet));
        assertThat(report.problems()).isEmpty();
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void validarNamesAnotherSpreadsheetOrARobotLogAboutToGoToTheEntity() throws Exception {
        Path sheet = sheetWithSupports("soportes");
        Path supports = Files.createDirectories(dir.resolve("soportes"));
        Files.writeString(supports.resolve("informe.pdf"), "%PDF");
        Files.writeString(supports.resolve("pagos de octubre.xlsx"), "otra hoja");

        List<Problem> warnings = new PaymentValidator()
                .validate(new PaymentSheetReader().read(sheet))
                .warnings();

        assertThat(warnings)
                .singleElement()
                .satisfies(w -> assertThat(w.message())
                        .startsWithIgnoringCase("aviso:")
                        .contains("«pagos de octubre.xlsx»", "hoja de cálculo"));
    }

    @Test
    void validarNamesAZipHoldingARobotLog() throws Exception {
        Path sheet = sheetWithSupports("soportes.zip");
        Zips.write(dir.resolve("soportes.zip"), "resultados/robot.log", "registro del robot");

        List<Problem> warnings = new PaymentValidator()
                .validate(new PaymentSheetReader().read(sheet))
                .warnings();

        assertThat(warnings)
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("«resultados/robot.log»"));
    }

    @Test
    void validarNamesAFolderOutsideTheSheetsFolder() throws Exception {
        Path outside = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-fuera"));
        Files.writeString(outside.resolve("certificado.pem"), "-----BEGIN CERTIFICATE-----");
        Path sheet = sheetWithSupports(outside.toString());

        List<Problem> warnings = new PaymentValidator()
                .validate(new PaymentSheetReader().read(sheet))
                .warnings();

        assertThat(warnings)
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("fuera de la carpeta de la hoja", outside.toString()));
    }

    @Test
    void aFileNobodyMayReadSaysSo() {
        Path file = dir.resolve("privado.pdf");
        assertThat(SupportFiles.unreadable(file, new AccessDeniedException(file.toString())))
                .contains("«" + file.toAbsolutePath() + "»", "sin permiso de lectura");
    }

    private Path sheetWithSupports(String supports) {
        return SampleWorkbook.payments("Soportes")
                .row("CPS-2026-0101", "Noviembre 2026", "011", "No", 3500000, 3500000, supports)
                .save(dir.resolve("pagos.xlsx"));
    }

    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().forEach(e -> names.add(e.getName()));
        }
        return names;
    }
}
