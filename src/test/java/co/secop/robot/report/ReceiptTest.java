package co.secop.robot.report;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.PortalPayment;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.notification.AttachedDocument;
import co.secop.robot.notification.SupervisorNotice;
import co.secop.robot.spreadsheet.PaymentRow;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-page «Comprobante de radicación» of each payment a run sent, read back with PDFBox. */
class ReceiptTest {

    @TempDir
    Path dir;

    @Test
    void aSentPaymentGetsAOnePageReceiptWithItsDataDocumentsAndScreenshot() throws Exception {
        Path zip = dir.resolve("soportes noviembre.zip");
        byte[] report = "Informe de actividades de noviembre".getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("informe-de-actividades.pdf"));
            out.write(report);
            out.closeEntry();
        }
        Path run = Files.createDirectories(dir.resolve("resultados/2026-11-30_09-00-00"));
        Files.createDirectories(run.resolve("evidencias"));
        ImageIO.write(
                new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB),
                "png",
                run.resolve("evidencias/fila-2-final.png").toFile());
        RowOutcome sent = new RowOutcome(
                2,
                "CPS-2026-0101",
                "011",
                Map.of(
                        "Contrato",
                        "CPS-2026-0101",
                        "Periodo",
                        "Noviembre 2026",
                        "Número de factura o pago",
                        "011",
                        "Valor neto",
                        "3500000",
                        "Valor total",
                        "$ 4.165.000",
                        "Soportes",
                        "soportes noviembre.zip"),
                RowStatus.SENT,
                "Enviado.",
                Optional.of("7784301-11"),
                Optional.of("Enviado a la entidad estatal"),
                LocalDateTime.of(2026, 11, 30, 9, 3, 12),
                Duration.ofSeconds(20),
                List.of(Path.of("evidencias/fila-2-final.png")),
                List.of());
        RowOutcome failed = new RowOutcome(
                3,
                "CPS-2026-0102",
                "012",
                Map.of(),
                RowStatus.FAILED,
                "x",
                Optional.empty(),
                Optional.empty(),
                LocalDateTime.now(),
                Duration.ZERO,
                List.of(),
                List.of());
        BatchSummary summary = new BatchSummary(
                dir.resolve("pagos.xlsx"),
                List.of("Contrato", "Periodo", "Número de factura o pago", "Valor neto", "Valor total", "Soportes"),
                "http://127.0.0.1/STS",
                "contratista.demo",
                false,
                LocalDateTime.of(2026, 11, 30, 9, 0),
                LocalDateTime.of(2026, 11, 30, 9, 5),
                List.of(sent, failed));

        List<Path> receipts = Receipt.writeAll(run, summary);

        assertThat(receipts).containsExactly(run.resolve("comprobantes/comprobante-fila-2.pdf"));
        try (PDDocument pdf = Loader.loadPDF(receipts.get(0).toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            "Comprobante de radicación",
                            "CPS-2026-0101",
                            "Noviembre 2026",
                            "011",
                            "3.500.000,00 COP",
                            "4.165.000,00 COP",
                            "Enviado a la entidad estatal",
                            "30/11/2026 09:03:12",
                            "7784301-11",
                            "soportes noviembre.zip",
                            "informe-de-actividades.pdf",
                            "Pantalla final en SECOP II");
            assertThat(text)
                    .contains("SHA-256 " + sha256(Files.readAllBytes(zip)))
                    .contains("SHA-256 " + sha256(report));
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).hasSize(1);
        }

        String html = HtmlReport.render(summary, run);
        assertThat(html)
                .contains("href=\"comprobantes/comprobante-fila-2.pdf\"")
                .doesNotContain("comprobante-fila-3.pdf");
    }

    @Test
    void theValuesAndNumberAreWhatThePortalShowedNotWhatWasTyped() throws Exception {
        Path run = Files.createDirectories(dir.resolve("ejecucion"));
        PortalPayment shown = new PortalPayment(
                "el detalle de la solicitud",
                "7784301-12",
                "FE-012",
                Optional.of(false),
                "",
                "3.600.000,00",
                "4.284.000,00",
                "",
                "",
                List.of(),
                "Enviado a la entidad estatal");
        RowOutcome sent = new RowOutcome(
                2,
                "CPS-2026-0101",
                "fe 012",
                Map.of("Periodo", "Noviembre 2026", "Valor neto", "3500000", "Valor total", "$ 4.165.000"),
                RowStatus.SENT,
                "Enviado.",
                Optional.of("7784301-12"),
                Optional.of("Enviado a la entidad estatal"),
                LocalDateTime.of(2026, 11, 30, 9, 3, 12),
                Duration.ofSeconds(20),
                List.of(),
                List.of(),
                Optional.of(shown));
        BatchSummary summary = new BatchSummary(
                dir.resolve("pagos.xlsx"),
                List.of("Periodo", "Valor neto", "Valor total"),
                "http://127.0.0.1/STS",
                "contratista.demo",
                false,
                LocalDateTime.of(2026, 11, 30, 9, 0),
                LocalDateTime.of(2026, 11, 30, 9, 5),
                List.of(sent));

        String text = pdfText(Receipt.writeAll(run, summary).get(0));

        assertThat(text)
                .contains("FE-012", "3.600.000,00 COP", "4.284.000,00 COP", "7784301-12")
                .doesNotContain("3.500.000")
                .doesNotContain("4.165.000")
                .doesNotContain("fe 012")
                .doesNotContain("según la hoja");
    }

    @Test
    void aValueThePortalDidNotShowIsTakenFromTheSheetAndSaysSo() throws Exception {
        Path run = Files.createDirectories(dir.resolve("ejecucion"));
        RowOutcome sent = new RowOutcome(
                2,
                "CPS-2026-0101",
                "012",
                Map.of("Valor neto", "3500000", "Valor total", "3500000"),
                RowStatus.SENT,
                "Enviado.",
                Optional.of("7784301-12"),
                Optional.of("Enviado a la entidad estatal"),
                LocalDateTime.of(2026, 11, 30, 9, 3, 12),
                Duration.ofSeconds(20),
                List.of(),
                List.of());
        BatchSummary summary = new BatchSummary(
                dir.resolve("pagos.xlsx"),
                List.of("Valor neto", "Valor total"),
                "http://127.0.0.1/STS",
                "contratista.demo",
                false,
                LocalDateTime.of(2026, 11, 30, 9, 0),
                LocalDateTime.of(2026, 11, 30, 9, 5),
                List.of(sent));

        assertThat(pdfText(Receipt.writeAll(run, summary).get(0)))
                .contains("3.500.000,00 COP (según la hoja; no se leyó en SECOP II)");
    }

    @Test
    void theReceiptOfTheSupervisorsEmailCarriesTheEmailsValuesAndIsKeptAtTheEnd() throws Exception {
        Path run = Files.createDirectories(dir.resolve("ejecucion"));
        Path zip = dir.resolve("soportes.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("cuenta-de-cobro.pdf"));
            out.write("cuenta".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        SupervisorNotice notice = new SupervisorNotice(
                "supervisor@entidad.example",
                "CPS-2026-0101",
                "Noviembre 2026",
                "FE-012",
                "7784301-12",
                new BigDecimal("3600000.00"),
                new BigDecimal("4284000.00"),
                "Enviado a la entidad estatal",
                LocalDateTime.of(2026, 11, 30, 9, 3, 12),
                true,
                List.of(AttachedDocument.of(zip)),
                Optional.empty());
        PaymentRow row = new PaymentRow(
                4,
                "CPS-2026-0101",
                YearMonth.of(2026, 11),
                "fe 012",
                false,
                null,
                new BigDecimal("3500000.00"),
                new BigDecimal("4165000.00"),
                Optional.empty(),
                "",
                zip,
                Optional.of("supervisor@entidad.example"),
                Optional.empty(),
                Map.of());

        Path file = Receipt.writeFor(notice, row, run, dir.resolve("pagos.xlsx"), "contratista.demo");

        assertThat(file).isEqualTo(run.resolve("comprobantes/comprobante-fila-4.pdf"));
        assertThat(pdfText(file))
                .contains(
                        "Corregido y reenviado",
                        "FE-012",
                        "3.600.000,00 COP",
                        "4.284.000,00 COP",
                        "7784301-12",
                        "30/11/2026 09:03:12",
                        "4 de pagos.xlsx",
                        "soportes.zip",
                        "cuenta-de-cobro.pdf",
                        "SHA-256 " + AttachedDocument.of(zip).sha256())
                .doesNotContain("3.500.000");

        // At the end of the run the mailed receipt stays the file the supervisor got.
        byte[] mailed = Files.readAllBytes(file);
        RowOutcome outcome = new RowOutcome(
                4,
                "CPS-2026-0101",
                "fe 012",
                Map.of(),
                RowStatus.CORRECTED,
                "Corregido.",
                Optional.of("7784301-12"),
                Optional.of("Enviado a la entidad estatal"),
                LocalDateTime.of(2026, 11, 30, 9, 4),
                Duration.ofSeconds(20),
                List.of(),
                List.of());
        BatchSummary summary = new BatchSummary(
                dir.resolve("pagos.xlsx"),
                List.of(),
                "http://127.0.0.1/STS",
                "contratista.demo",
                false,
                LocalDateTime.of(2026, 11, 30, 9, 0),
                LocalDateTime.of(2026, 11, 30, 9, 5),
                List.of(outcome));
        assertThat(Receipt.writeAll(run, summary, Set.of(4))).containsExactly(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(mailed);
    }

    private static String pdfText(Path file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
