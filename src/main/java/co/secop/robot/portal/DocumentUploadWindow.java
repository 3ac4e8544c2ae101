package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.portal.locate.Texts;
import co.secop.robot.portal.locate.Ui;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.WebElement;

/**
 * "Anexar documento": the window {@code swip} ({@code DocumentAlternateUpload}, opened with
 * {@code window.open}) seen on real pages, or a box inside the form's own page (nobody has seen which one
 * Plan de pagos uses): choose files, "Anexar", wait for "Documento anexo" on every row, "Cerrar".
 */
public final class DocumentUploadWindow extends Page {

    private final PaymentRequestForm form;
    private final String handle;
    private final List<String> attached = new ArrayList<>();

    private DocumentUploadWindow(PortalSession session, PaymentRequestForm form, String handle) {
        super(session);
        this.form = form;
        this.handle = handle;
    }

    /** Waits for the window that appeared after {@code before} (the one named {@code swip} if several). */
    static DocumentUploadWindow open(PortalSession session, PaymentRequestForm form, Set<String> before) {
        Ui ui = session.ui();
        String name = session.locators().text("subida.nombre-ventana");
        DocumentUploadWindow inPage = new DocumentUploadWindow(session, form, null);
        String handle = session.waits().until("que se abra la ventana «Anexar documento»", d -> {
            Set<String> fresh = ui.newWindows(before);
            if (fresh.isEmpty()) {
                return form.inForm(() -> inPage.shown("subida.listo")) ? "" : null;
            }
            if (fresh.size() == 1) {
                return fresh.iterator().next();
            }
            try {
                for (String candidate : fresh) {
                    session.toWindow(candidate);
                    if (name.equals(
                            ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return window.name;"))) {
                        return candidate;
                    }
                }
            } finally {
                form.switchHome();
            }
            return fresh.iterator().next();
        });
        DocumentUploadWindow window = handle.isEmpty() ? inPage : new DocumentUploadWindow(session, form, handle);
        window.inWindow(() -> window.wait.until(
                "la ventana «Anexar documento»",
                // An upload box in the page is itself a modal over a dark background: only loading overlays count.
                d -> window.shownAndLoaded("subida.listo")));
        return window;
    }

    /**
     * Chooses the files (absolute paths joined by a line break, sent to the hidden multiple file input),
     * presses "Anexar" and waits until every row says "Documento anexo".
     *
     * @throws DocumentUploadException with the portal's reason when a file is refused (the window is closed)
     */
    public DocumentUploadWindow attach(List<Path> files) {
        if (files.isEmpty()) {
            return this;
        }
        List<Path> absolute = new ArrayList<>();
        for (Path file : files) {
            Path path = file.toAbsolutePath().normalize();
            if (!Files.isRegularFile(path)) {
                throw new PortalException("No existe el archivo «" + path + "» que se iba a anexar.");
            }
            absolute.add(path);
        }
        try {
            inWindow(() -> upload(absolute));
        } catch (DocumentUploadException e) {
            closeQuietly();
            throw e;
        }
        for (Path path : absolute) {
            attached.add(path.getFileName().toString());
        }
        return this;
    }

    private void upload(List<Path> files) {
        int before = driver.findElements(by("subida.filas")).size();
        WebElement input = wait.present(by("subida.archivos"), "el campo de archivos de «Buscar documento»");
        input.sendKeys(files.stream().map(Path::toString).collect(Collectors.joining("\n")));
        wait.until(
                "que la ventana liste los archivos elegidos",
                d -> d.findElements(by("subida.filas")).size() >= before + files.size());
        ui.click(by("subida.anexar"), "«Anexar» de la ventana «Anexar documento»");
        String names = files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
        wait.until("que SECOP II anexe " + names, d -> {
            List<WebElement> rows = d.findElements(by("subida.filas"));
            boolean allDone = true;
            for (WebElement row : rows.subList(Math.min(before, rows.size()), rows.size())) {
                String processed = row.getDomAttribute("processed");
                if ("error".equals(processed)) {
                    throw new DocumentUploadException("SECOP II no anexó el documento: " + rowMessage(row));
                }
                allDone &= "success".equals(processed);
            }
            return allDone;
        });
    }

    private String rowMessage(WebElement row) {
        return Texts.clean(row.getText());
    }

    /** Names of the files the window lists (the rows of its table). */
    public List<String> files() {
        return inWindow(() -> {
            List<String> rows = new ArrayList<>();
            for (WebElement row : driver.findElements(by("subida.filas"))) {
                rows.add(Texts.clean(row.getText()));
            }
            return rows;
        });
    }

    /** "Cerrar": the portal notifies the form, which lists the new documents; returns to the form. */
    public PaymentRequestForm close() {
        if (handle == null) {
            inWindow(() -> {
                ui.click(by("subida.cerrar"), "«Cerrar» de «Anexar documento»");
                wait.invisible(by("subida.listo"), "que se cierre «Anexar documento»");
            });
            if (!attached.isEmpty()) {
                form.expectDocuments(attached);
            }
            return form;
        }
        try {
            inWindow(() -> ui.click(by("subida.cerrar"), "«Cerrar» de la ventana «Anexar documento»"));
        } catch (NoSuchWindowException e) {
            // The click closed the window before the driver answered: that is what "Cerrar" does.
        }
        ui.waitWindowClosed(handle, "que se cierre la ventana «Anexar documento»");
        form.switchHome();
        if (!attached.isEmpty()) {
            form.expectDocuments(attached);
        }
        return form;
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            if (handle != null && driver.getWindowHandles().contains(handle)) {
                session.toWindow(handle);
                driver.close();
            }
            form.switchHome();
        }
    }

    private void inWindow(Runnable action) {
        inWindow(() -> {
            action.run();
            return null;
        });
    }

    /** Runs {@code action} where the upload is: its window, or the form itself for a box in the page. */
    private <T> T inWindow(Supplier<T> action) {
        if (handle == null) {
            return form.inForm(action);
        }
        session.toWindow(handle);
        try {
            return action.get();
        } finally {
            form.switchHome();
        }
    }
}
