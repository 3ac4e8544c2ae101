package co.secop.robot.report;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.PortalPayment;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.format.OwnerOnly;
import co.secop.robot.format.Pesos;
import co.secop.robot.notification.AttachedDocument;
import co.secop.robot.notification.SupervisorNotice;
import co.secop.robot.spreadsheet.Column;
import co.secop.robot.spreadsheet.PaymentRow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * «Comprobante de radicación»: one PDF page per payment this run sent — contract, period, number, values
 * as the portal shows them, state and time, payment id, the documents attached with their size and
 * SHA-256, and the final screenshot — in {@code comprobantes/} of the run folder.
 */
public final class Receipt {

    public static final String FOLDER = "comprobantes";
    public static final String TITLE = "Comprobante de radicación";

    private static final float MARGIN = 50;
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private static final int MAX_LISTED_DOCUMENTS = 12;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Receipt.class);

    /** A document attached to the request. */
    record Document(String name, long bytes, String sha256) {}

    /**
     * What one receipt says, with the values as SECOP II shows them.
     *
     * @param status     the row's outcome ({@code Enviado}, {@code Corregido y reenviado})
     * @param supportsZip the ZIP that was uploaded, when it is still on this machine
     * @param uploaded   the documents as the e-mail describes them, used when the ZIP is gone
     */
    record Content(
            String status,
            String contract,
            String period,
            String number,
            String netValue,
            String totalValue,
            String state,
            LocalDateTime at,
            String paymentId,
            String user,
            int rowNumber,
            String sheetName,
            Optional<Path> supportsZip,
            List<AttachedDocument> uploaded,
            Optional<Path> screenshot) {}

    private static final Object PDF_LOCK = new Object();

    static {
        // ImageIO's disk cache registers a JVM shutdown hook the first time it is used: a receipt written while
        // the JVM stops (Ctrl+C) would fail with «Shutdown in progress». The screenshot fits in memory.
        ImageIO.setUseCache(false);
    }

    private Receipt() {}

    /** The receipt of a row, whether or not it was written. */
    public static Path file(Path runFolder, int rowNumber) {
        return runFolder.resolve(FOLDER).resolve("comprobante-fila-" + rowNumber + ".pdf");
    }

    /**
     * Writes a receipt for every row this run sent or corrected; returns them. A receipt that cannot be
     * written is logged and left out: the payment is filed, and the other reports must still be written.
     */
    public static List<Path> writeAll(Path runFolder, BatchSummary summary) {
        return writeAll(runFolder, summary, Set.of());
    }

    /**
     * Like {@link #writeAll(Path, BatchSummary)}, but keeps the receipts already written for these rows
     * (those attached to the supervisor's e-mail: the file stays the one the supervisor received).
     */
    public static List<Path> writeAll(Path runFolder, BatchSummary summary, Set<Integer> alreadyWritten) {
        List<Path> written = new ArrayList<>();
        for (RowOutcome row : summary.outcomes()) {
            if (RowValues.filedNow(row)) {
                Path file = file(runFolder, row.rowNumber());
                if (alreadyWritten.contains(row.rowNumber()) && Files.isRegularFile(file)) {
                    written.add(file);
                    continue;
                }
                try {
                    write(file, content(runFolder, summary, row));
                    written.add(file);
                } catch (IOException | RuntimeException e) {
                    LOG.warn(
                            "No se pudo escribir el comprobante {} ({})",
                            file.toAbsolutePath(),
                            RunFolder.reason(e),
                            e);
                }
            }
        }
        return written;
    }

    /**
     * Writes the receipt of the payment this e-mail announces, as the supervisor will get it: the values of
     * the e-mail are those SECOP II showed (the «Detalle» right before «Enviar», the state after it).
     *
     * @param row       the sheet's row of that payment
     * @param sheetFile the contractor's spreadsheet
     * @param user      the SECOP II account that filed it
     * @return the file written ({@link #file(Path, int)})
     */
    public static Path writeFor(SupervisorNotice notice, PaymentRow row, Path runFolder, Path sheetFile, String user)
            throws IOException {
        Path file = file(runFolder, row.rowNumber());
        Optional<Path> zip =
                Files.isRegularFile(row.supports()) ? Optional.of(row.supports()) : madeZip(runFolder, row.rowNumber());
        write(
                file,
                new Content(
                        (notice.correction() ? RowStatus.CORRECTED : RowStatus.SENT).label(),
                        notice.contract(),
                        notice.period(),
                        notice.number(),
                        Pesos.display(notice.netValue()),
                        Pesos.display(notice.totalValue()),
                        notice.state(),
                        notice.sentAt(),
                        notice.paymentId(),
                        user,
                        row.rowNumber(),
                        sheetFile == null ? null : String.valueOf(sheetFile.getFileName()),
                        zip,
                        notice.documents(),
                        notice.screenshot()));
        return file;
    }

    /**
     * The receipt of that payment in a run folder, found by the title each receipt carries (contract and
     * number as SECOP II shows them): for an e-mail left in {@code correos.json} without it, e.g. when the
     * robot stopped while sending.
     */
    public static Optional<Path> find(Path runFolder, String contract, String number) {
        Path folder = runFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        String title = title(contract, number);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pdf"))
                    .sorted()
                    .toList()) {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    if (title.equals(pdf.getDocumentInformation().getTitle())) {
                        return Optional.of(file);
                    }
                } catch (IOException unreadable) {
                    LOG.warn("No se pudo leer el comprobante {} ({})", file, unreadable.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("No se pudo listar {} ({})", folder, e.getMessage());
        }
        return Optional.empty();
    }

    private static String title(String contract, String number) {
        return TITLE + " · " + contract + " · " + number;
    }

    /** The receipt of a row from the run's outcome: the portal's values when they were read back. */
    static Content content(Path runFolder, BatchSummary summary, RowOutcome row) throws IOException {
        Optional<PortalPayment> portal = row.portal();
        return new Content(
                row.status() == null ? "" : row.status().label(),
                row.contract(),
                RowValues.text(summary, row, Column.PERIOD),
                portal.map(PortalPayment::invoiceNumber)
                        .filter(n -> !n.isBlank())
                        .orElse(row.number()),
                portalPesos(portal.map(PortalPayment::netValue), summary, row, Column.NET_VALUE),
                portalPesos(portal.map(PortalPayment::totalValue), summary, row, Column.TOTAL_VALUE),
                row.portalState().orElse(ReportText.NONE),
                row.finishedAt(),
                row.paymentId().orElse(ReportText.NONE),
                summary.user(),
                row.rowNumber(),
                summary.inputFile() == null
                        ? null
                        : String.valueOf(summary.inputFile().getFileName()),
                uploadedZip(runFolder, summary, row),
                List.of(),
                finalScreenshot(runFolder, row));
    }

    static void write(Path file, Content content) throws IOException {
        OwnerOnly.folder(file.getParent());
        // The standard fonts are shared: one PDF at a time (rows finish on several threads with --paralelo).
        synchronized (PDF_LOCK) {
            render(file, content);
        }
        OwnerOnly.restrict(file);
    }

    private static void render(Path file, Content content) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            pdf.addPage(page);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            float y;
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                Writer out = new Writer(text, page.getMediaBox().getHeight() - MARGIN, width);
                out.line(BOLD, 18, TITLE);
                out.line(REGULAR, 10, "SECOP II · " + content.status());
                out.gap(10);
                out.field("Contrato", content.contract());
                out.field("Periodo", content.period());
                out.field("Número de factura o pago", content.number());
                out.field("Valor neto", content.netValue());
                out.field("Valor total", content.totalValue());
                out.field("Estado en SECOP II", content.state());
                out.field("Fecha y hora", ReportText.dateTime(content.at()));
                out.field("Id de pago", content.paymentId());
                out.field("Usuario", ReportText.orNone(content.user()));
                out.field("Fila de la hoja", content.rowNumber() + " de " + ReportText.orNone(content.sheetName()));
                out.gap(8);
                out.line(BOLD, 12, "Documentos anexados");
                List<Document> documents = documents(content);
                if (documents.isEmpty()) {
                    out.line(REGULAR, 9, "(no se encontró el archivo de soportes en este equipo)");
                }
                for (int i = 0; i < documents.size() && i < MAX_LISTED_DOCUMENTS; i++) {
                    Document document = documents.get(i);
                    out.line(REGULAR, 9, document.name() + " · " + FileSize.text(document.bytes()));
                    out.line(MONO, 8, "SHA-256 " + document.sha256());
                }
                if (documents.size() > MAX_LISTED_DOCUMENTS) {
                    out.line(
                            REGULAR,
                            9,
                            "… y " + (documents.size() - MAX_LISTED_DOCUMENTS) + " documentos más en el ZIP.");
                }
                out.gap(8);
                y = out.y;
            }
            Optional<Path> screenshot = content.screenshot().filter(Files::isRegularFile);
            BufferedImage shot =
                    screenshot.isPresent() ? ImageIO.read(screenshot.get().toFile()) : null;
            if (shot != null) {
                // JPEG: PDFBox's lossless encoder takes most of a second per screenshot; at this quality the
                // portal's text stays sharp (the PNG itself stays in evidencias/).
                PDImageXObject image = JPEGFactory.createFromImage(pdf, shot, 0.9f);
                float maxHeight = y - MARGIN - 20;
                float scale = Math.min(width / image.getWidth(), maxHeight / image.getHeight());
                if (scale > 0) {
                    try (PDPageContentStream drawing =
                            new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true)) {
                        Writer caption = new Writer(drawing, y, width);
                        caption.line(BOLD, 12, "Pantalla final en SECOP II");
                        float w = image.getWidth() * scale;
                        float h = image.getHeight() * scale;
                        drawing.drawImage(image, MARGIN, caption.y - h, w, h);
                    }
                }
            }
            pdf.getDocumentInformation().setTitle(title(content.contract(), content.number()));
            pdf.getDocumentInformation().setCreator("secop-robot");
            pdf.save(file.toFile());
        }
    }

    /**
     * {@code 3.500.000,00 COP}: what SECOP II showed, in its own format; the sheet's value only when the
     * portal's was not read (said so).
     */
    private static String portalPesos(Optional<String> shown, BatchSummary summary, RowOutcome row, Column column) {
        Optional<String> read = shown.map(String::strip).filter(s -> !s.isBlank());
        if (read.isPresent()) {
            return RowValues.pesos(read.get()).map(Pesos::display).orElse(read.get());
        }
        String typed = RowValues.text(summary, row, column);
        return RowValues.pesos(typed)
                .map(v -> Pesos.display(v) + " (según la hoja; no se leyó en SECOP II)")
                .orElse(ReportText.orNone(typed));
    }

    /** The ZIP uploaded and the files in it; the e-mail's description of the upload when the ZIP is gone. */
    static List<Document> documents(Content content) throws IOException {
        if (content.supportsZip().isEmpty()) {
            return content.uploaded().stream()
                    .map(d -> new Document(d.name(), d.bytes(), d.sha256()))
                    .toList();
        }
        return documents(content.supportsZip().get());
    }

    /** The ZIP and the files in it. */
    static List<Document> documents(Path zip) throws IOException {
        List<Document> documents = new ArrayList<>();
        documents.add(new Document(zip.getFileName().toString(), Files.size(zip), sha256(zip)));
        try (InputStream file = Files.newInputStream(zip);
                ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    MessageDigest digest = sha256();
                    long bytes = new DigestInputStream(in, digest).transferTo(java.io.OutputStream.nullOutputStream());
                    documents.add(new Document(
                            "  " + entry.getName(), bytes, HexFormat.of().formatHex(digest.digest())));
                }
            }
        }
        return documents;
    }

    private static Optional<Path> uploadedZip(Path runFolder, BatchSummary summary, RowOutcome row) throws IOException {
        String supports = RowValues.text(summary, row, Column.SUPPORTS);
        if (!supports.isBlank()) {
            Path given = Path.of(supports);
            if (!given.isAbsolute()
                    && summary.inputFile() != null
                    && summary.inputFile().getParent() != null) {
                given = summary.inputFile().getParent().resolve(given);
            }
            if (Files.isRegularFile(given)) {
                return Optional.of(given);
            }
        }
        return madeZip(runFolder, row.rowNumber());
    }

    /** The ZIP the robot made of a supports folder, in {@code soportes/fila-N/}. */
    private static Optional<Path> madeZip(Path runFolder, int rowNumber) throws IOException {
        Path made = runFolder.resolve("soportes").resolve("fila-" + rowNumber);
        if (Files.isDirectory(made)) {
            try (Stream<Path> files = Files.list(made)) {
                return files.filter(p -> p.getFileName()
                                .toString()
                                .toLowerCase(java.util.Locale.ROOT)
                                .endsWith(".zip"))
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> finalScreenshot(Path runFolder, RowOutcome row) {
        List<Path> images = row.evidence().stream()
                .filter(ReportText::isImage)
                .map(p -> p.isAbsolute() ? p : runFolder.resolve(p))
                .filter(Files::isRegularFile)
                .toList();
        return images.stream()
                .filter(p -> p.getFileName().toString().contains("final"))
                .findFirst()
                .or(() -> images.isEmpty() ? Optional.empty() : Optional.of(images.get(images.size() - 1)));
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 no está disponible en esta JVM", e);
        }
    }

    /** Lines of text from the top of the page down, wrapped to the page's width. */
    private static final class Writer {
        private final PDPageContentStream stream;
        private final float width;
        float y;

        Writer(PDPageContentStream stream, float top, float width) {
            this.stream = stream;
            this.y = top;
            this.width = width;
        }

        void field(String label, String value) throws IOException {
            line(BOLD, 10, label + ":", REGULAR, ReportText.orNone(value));
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            for (String part : wrap(font, size, printable(font, text), width)) {
                y -= size * 1.35f;
                show(font, size, MARGIN, part);
            }
        }

        private void line(PDType1Font labelFont, float size, String label, PDType1Font font, String value)
                throws IOException {
            float labelWidth = 150;
            List<String> parts = wrap(font, size, printable(font, value), width - labelWidth);
            y -= size * 1.45f;
            show(labelFont, size, MARGIN, printable(labelFont, label));
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    y -= size * 1.35f;
                }
                show(font, size, MARGIN + labelWidth, parts.get(i));
            }
        }

        void gap(float points) {
            y -= points;
        }

        private void show(PDType1Font font, float size, float x, String text) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        private static List<String> wrap(PDType1Font font, float size, String text, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (current.length() > 0 && font.getStringWidth(candidate) / 1000 * size > max) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        /** The standard fonts write WinAnsi (Spanish included); anything else becomes «?». */
        private static String printable(PDType1Font font, String text) {
            StringBuilder out = new StringBuilder();
            text.replace('\n', ' ').replace('\t', ' ').codePoints().forEach(cp -> {
                String c = new String(Character.toChars(cp));
                try {
                    font.encode(c);
                    out.append(c);
                } catch (IOException | IllegalArgumentException notInFont) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
