package co.secop.robot.run;

import co.secop.robot.batch.Evidence;
import co.secop.robot.format.SecretMasker;
import co.secop.robot.portal.inspect.InspectionSink;
import co.secop.robot.portal.inspect.InventoryItem;
import co.secop.robot.portal.inspect.KeyCheck;
import co.secop.robot.portal.locate.PageDocuments;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code revision/} folder of {@code ./secop revisar}: one sub-folder per page with its screenshot
 * ({@code captura.png}), the HTML of every window and iframe ({@code ventana-1.html},
 * {@code ventana-1-iframe-1.html}...), the inventory of its controls ({@code inventario.tsv}) and its keys
 * ({@code claves.txt}). Secrets are masked in everything written.
 */
final class RevisionFolder implements InspectionSink {

    static final String NAME = "revision";

    private final Path root;
    private final SecretMasker masker;
    private final PrintWriter out;

    RevisionFolder(Path root, SecretMasker masker, PrintWriter out) {
        this.root = root;
        this.masker = masker;
        this.out = out;
    }

    Path root() {
        return root;
    }

    @Override
    public void page(
            String folder,
            String title,
            String url,
            byte[] screenshot,
            List<PageDocuments.Document> documents,
            List<InventoryItem> inventory,
            List<KeyCheck> keys) {
        Path dir = root.resolve(folder);
        try {
            Files.createDirectories(dir);
            if (screenshot.length > 0) {
                Files.write(dir.resolve("captura.png"), screenshot);
            }
            for (PageDocuments.Document document : documents) {
                Files.writeString(
                        dir.resolve(document.name() + ".html"),
                        masker.mask(Evidence.withOrigin(document)),
                        StandardCharsets.UTF_8);
            }
            Files.writeString(dir.resolve("inventario.tsv"), masker.mask(inventory(inventory)), StandardCharsets.UTF_8);
            StringBuilder text = new StringBuilder(title)
                    .append('\n')
                    .append(masker.mask(url))
                    .append("\n\n");
            for (KeyCheck key : keys) {
                text.append(InspectionReport.line(key)).append('\n');
            }
            Files.writeString(dir.resolve("claves.txt"), text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir la revisión en " + dir, e);
        }
        out.println("  · " + title + ": "
                + keys.stream().filter(k -> k.status() == KeyCheck.Status.FOUND).count() + " de " + keys.size()
                + " claves encontradas");
        out.flush();
    }

    @Override
    public void notice(String message) {
        out.println(message);
        out.flush();
    }

    static String inventory(List<InventoryItem> items) {
        StringBuilder tsv = new StringBuilder(
                "documento\telemento\ttipo\tid\tname\tvalor\ttexto de la etiqueta\ttexto visible\ttítulo\tvisible\tlocalizador sugerido\n");
        for (InventoryItem i : items) {
            tsv.append(String.join(
                            "\t",
                            cell(i.document()),
                            cell(i.tag()),
                            cell(i.type()),
                            cell(i.id()),
                            cell(i.name()),
                            cell(i.value()),
                            cell(i.label()),
                            cell(i.text()),
                            cell(i.title()),
                            i.displayed() ? "sí" : "no",
                            cell(i.selector())))
                    .append('\n');
        }
        return tsv.toString();
    }

    private static String cell(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
