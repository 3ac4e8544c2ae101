package co.secop.robot.run;

import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.format.SecretMasker;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.portal.PortalSettings;
import co.secop.robot.portal.inspect.PortalInspection;
import co.secop.robot.report.RunLog;
import co.secop.robot.spreadsheet.SupportsException;
import co.secop.robot.spreadsheet.SupportsPackager;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One {@code ./secop revisar}: the browser, the read-only walk through the portal, {@code revision/} with
 * {@code resumen.txt} and {@code robot.log}, and {@code revision.zip} beside it for support.
 */
public final class InspectionJob {

    /** What a revision needs; the password is only typed. */
    public record Request(
            PortalInspection.Request inspection, BrowserSettings browser, PortalSettings portal, Path outputDir) {}

    /** What it gave: the checks, the folder and the ZIP for support. */
    public record Outcome(PortalInspection.Result result, Path folder, Path zip, String text) {}

    public Outcome run(Request request, PrintWriter out) {
        SecretMasker masker = new SecretMasker().register(request.inspection().password());
        Path folder = request.outputDir().resolve(RevisionFolder.NAME);
        createDirectories(folder);
        LocalDateTime started = LocalDateTime.now();
        PortalInspection.Result result;
        try (RunLog log = RunLog.start(folder.resolve("robot.log"), masker)) {
            try (PortalSession session = PortalSession.open(request.browser(), request.portal())) {
                result = new PortalInspection(session, new RevisionFolder(folder, masker, out))
                        .run(request.inspection());
            }
        }
        String text = InspectionReport.text(
                result, request.inspection().loginUrl(), request.inspection().user(), started);
        try {
            Files.writeString(folder.resolve("resumen.txt"), masker.mask(text), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir " + folder.resolve("resumen.txt"), e);
        }
        return new Outcome(result, folder, zip(folder), text);
    }

    private static Path zip(Path folder) {
        try {
            return new SupportsPackager(Long.MAX_VALUE).packageSupports(folder, folder.getParent());
        } catch (SupportsException e) {
            throw new UncheckedIOException(
                    new IOException("No se pudo comprimir " + folder + ": " + e.getMessage(), e));
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo crear la carpeta " + dir, e);
        }
    }
}
