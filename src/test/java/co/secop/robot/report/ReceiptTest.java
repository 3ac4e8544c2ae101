package co.secop.robot.report;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
