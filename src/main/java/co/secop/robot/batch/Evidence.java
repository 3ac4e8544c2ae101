package co.secop.robot.batch;

import co.secop.robot.format.OwnerOnly;
import co.secop.robot.format.SecretMasker;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.portal.locate.PageDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screenshots and page dumps of each row, in {@code evidencias/}. Secrets registered in the masker
 * never reach a page dump; the password field itself is never shown filled on a screenshot because
 * evidence is taken only after the login page is gone.
 */
public final class Evidence {

    private static final Logger LOG = LoggerFactory.getLogger(Evidence.class);

    private final Path runFolder;
    private final Path evidenceDir;
    private final SecretMasker masker;

    public Evidence(Path runFolder, Path evidenceDir, SecretMasker masker) {
        this.runFolder = runFolder;
        this.evidenceDir = evidenceDir;
        this.masker = masker;
    }

    /** The file behind a path this class returned (relative to the run folder). */
    Path absolute(Path relative) {
        return runFolder.resolve(relative);
    }

    /** The screenshot of the final state of a row, as the contractor would see it. */
    List<Path> finalState(int rowNumber, PortalSession portal) {
        List<Path> saved = new ArrayList<>();
        screenshot(portal, "fila-" + rowNumber + "-final.png").ifPresent(saved::add);
        return saved;
    }

    /**
     * A failure: the screenshot, the HTML of the document the robot was working in, and that of every other
     * window and iframe ({@code fila-N-fallo-ventana-1-iframe-1.html}...), secrets masked.
     */
    public List<Path> failure(int rowNumber, PortalSession portal) {
        List<Path> saved = new ArrayList<>();
        screenshot(portal, "fila-" + rowNumber + "-fallo.png").ifPresent(saved::add);
        saved.addAll(documents(portal, "fila-" + rowNumber + "-fallo"));
        return saved;
    }

    public Optional<Path> screenshot(PortalSession portal, String fileName) {
        Optional<byte[]> png = portal.screenshot();
        if (png.isEmpty()) {
            return Optional.empty();
        }
        try {
            OwnerOnly.folder(evidenceDir);
            Path file = evidenceDir.resolve(fileName);
            OwnerOnly.restrict(Files.write(file, png.get()));
            return Optional.of(runFolder.relativize(file));
        } catch (IOException e) {
            LOG.warn("No se pudo guardar la captura {}", fileName, e);
            return Optional.empty();
        }
    }

    /**
     * {@code <base>.html} for the document the robot was working in, {@code <base>-<ventana-i-iframe-j>.html}
     * for every other one, each headed by where it was found.
     */
    public List<Path> documents(PortalSession portal, String base) {
        List<Path> saved = new ArrayList<>();
        for (PageDocuments.Document document : portal.documents()) {
            Path file = evidenceDir.resolve(base + (document.current() ? "" : "-" + document.name()) + ".html");
            try {
                OwnerOnly.folder(evidenceDir);
                OwnerOnly.restrict(Files.writeString(file, masker.mask(withOrigin(document)), StandardCharsets.UTF_8));
                saved.add(runFolder.relativize(file));
            } catch (IOException e) {
                LOG.warn("No se pudo guardar la copia de la página {}", file.getFileName(), e);
            }
        }
        return saved;
    }

    /** The document's HTML headed by a comment saying where it was (window, iframe, URL, title). */
    public static String withOrigin(PageDocuments.Document document) {
        return "<!-- secop-robot: " + document.name() + " · " + document.url().replace("--", "- -") + " · "
                + document.title().replace("--", "- -") + " -->\n" + document.html();
    }
}
