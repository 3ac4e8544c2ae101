package co.secop.robot.batch;

import co.secop.robot.format.SecretMasker;
import co.secop.robot.portal.PageDocument;
import co.secop.robot.portal.PortalSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** A failure: the screenshot and the HTML of the page, its iframes and its other windows (secrets masked). */
    List<Path> failure(int rowNumber, PortalSession portal) {
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
            Path file = evidenceDir.resolve(fileName);
            Files.write(file, png.get());
            return Optional.of(runFolder.relativize(file));
        } catch (IOException e) {
            LOG.warn("No se pudo guardar la captura {}", fileName, e);
            return Optional.empty();
        }
    }

    /** {@code <base>.html} for the page, {@code <base>-<marco|ventana>.html} for each iframe and window. */
    public List<Path> documents(PortalSession portal, String base) {
        List<Path> saved = new ArrayList<>();
        for (PageDocument document : portal.documents()) {
            String suffix = document.name().equals("pagina") ? "" : "-" + document.name();
            Path file = evidenceDir.resolve(base + suffix + ".html");
            try {
                Files.writeString(file, masker.mask(document.html()), StandardCharsets.UTF_8);
                saved.add(runFolder.relativize(file));
            } catch (IOException e) {
                LOG.warn("No se pudo guardar la copia de la página {}", file.getFileName(), e);
            }
        }
        return saved;
    }
}
