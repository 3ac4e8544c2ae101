package co.secop.robot.simulator.web;

import static co.secop.robot.simulator.web.Html.esc;

import co.secop.robot.simulator.model.Document;
import co.secop.robot.simulator.model.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The upload window {@code DocumentAlternateUpload/Index} (window name {@code swip}) and its XHR
 * multipart endpoint {@code DocumentAlternateUpload/Upload}: only .zip, size limit, bytes + SHA-256
 * stored in the form's draft.
 */
public final class UploadController {

    public static final String BASE = "/CO1ContractsManagement/Documents/DocumentAlternateUpload/";
    public static final String INDEX = BASE + "Index";
    static final String ONLY_ZIP = "Solo se permiten archivos .zip.";

    private final WebContext web;

    public UploadController(WebContext web) {
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get(INDEX, this::window);
        routes.post(BASE + "Upload", this::upload);
    }

    private void window(Context ctx) {
        Session session = web.guard().page(ctx, Role.CONTRACTOR);
        MkeyTarget.UploadWindow upload = web.guard().target(session, ctx, MkeyTarget.UploadWindow.class);
        draftOf(session, upload, Guard.mkey(ctx));
        String mkey = Guard.mkey(ctx);
        String content = "<div class=\"PopupView UploadWindow\">\n"
                + "<div class=\"PageTitleBar\"><span id=\"spnPageTitle\" class=\"PageTitle\">Anexar documento</span></div>\n"
                + controls(web.settings().maxUploadBytes()) + "</div>\n";
        ctx.html(Layout.page(
                "Anexar documento",
                "upload",
                mkey,
                "",
                content,
                Map.of(
                        "upload-url", BASE + "Upload?mkey=" + mkey,
                        "callback-url", PaymentFormController.BASE + "OnDocumentsUploaded?mkey=" + upload.formKey())));
    }

    /**
     * What the upload window and the in-page upload box share: the hint, «Buscar documento» over the hidden
     * {@code input[type=file][multiple]}, the progress table, «Anexar» and «Cerrar».
     */
    static String controls(long maxBytes) {
        return """
                  <p class="Hint">Seleccione los documentos con «Buscar documento» y pulse «Anexar». Solo se permiten
                  archivos .zip de hasta %s. Cuando el estado de todos los documentos sea «Documento anexo», pulse «Cerrar».</p>
                  <div class="AddFilesArea">
                    <div id="divAddFilesButton" class="VortalButton VortalBlueButton AddFilesButton">Buscar documento
                      <input type="file" id="fileUploadInput" name="fileUploadInput" multiple class="HiddenFileInput" title="Buscar documento">
                    </div>
                  </div>
                  <table id="tblFilesTable" class="VortalGrid FilesTable">
                    <thead><tr class="gridHeader"><td>Nombre del documento</td><td>Tamaño</td><td>Progreso</td></tr></thead>
                    <tbody></tbody>
                  </table>
                  <div class="ButtonBar">
                    <input type="button" id="btnUploadFilesButtonBottom" class="VortalButton VortalBlueButton" value="Anexar">
                    <input type="button" id="btnCancelBottomButtom" class="VortalButton" value="Cerrar">
                  </div>
                """.formatted(esc(Html.limit(maxBytes)));
    }

    /** The variant "anexos-en-pagina": the same controls in a box of the form's own page (hidden until «Anexar documento»). */
    static String inPageBox(long maxBytes, String uploadUrl, String callbackUrl) {
        return """
                <div id="divUploadDocumentBox" class="bModal VortalModalDialogBox bDialog UploadBox" style="display:none" data-upload-url="%s" data-callback-url="%s">
                  <table class="VortalModalDialogTable">
                    <tr class="VortalModalDialogTitleRow"><td class="bTitle">Anexar documento</td></tr>
                    <tr><td class="bContent">
                %s    </td></tr>
                  </table>
                </div>
                """.formatted(esc(uploadUrl), esc(callbackUrl), controls(maxBytes));
    }

    private void upload(Context ctx) throws IOException {
        Session session = web.guard().ajax(ctx, Role.CONTRACTOR);
        MkeyTarget.UploadWindow upload = web.guard().target(session, ctx, MkeyTarget.UploadWindow.class);
        FormDraft draft = draftOf(session, upload, Guard.mkey(ctx));
        long max = web.settings().maxUploadBytes();
        String tooBig = "El archivo supera el tamaño máximo permitido (" + Html.limit(max) + ").";
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles();
        } catch (RuntimeException e) {
            ctx.json(Map.of("ok", false, "message", tooBig));
            return;
        }
        if (files.isEmpty()) {
            ctx.json(Map.of("ok", false, "message", "No se recibió ningún archivo."));
            return;
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (UploadedFile file : files) {
            results.add(store(draft, file, max, tooBig));
        }
        Map<String, Object> answer = new LinkedHashMap<>(results.get(0));
        answer.put("files", results);
        answer.put("ok", results.stream().allMatch(r -> Boolean.TRUE.equals(r.get("ok"))));
        ctx.json(answer);
    }

    private static Map<String, Object> store(FormDraft draft, UploadedFile file, long max, String tooBig)
            throws IOException {
        String name = baseName(file.filename());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", name);
        if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            result.put("ok", false);
            result.put("message", ONLY_ZIP);
            return result;
        }
        if (file.size() > max) {
            result.put("ok", false);
            result.put("message", tooBig);
            return result;
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readAllBytes();
        }
        Document document = Document.of(name, bytes);
        draft.attach(document);
        result.put("ok", true);
        result.put("message", "Documento anexo");
        result.put("size", document.size());
        result.put("sha256", document.sha256());
        return result;
    }

    private static FormDraft draftOf(Session session, MkeyTarget.UploadWindow upload, String mkey) {
        return session.target(upload.formKey())
                .filter(FormDraft.class::isInstance)
                .map(FormDraft.class::cast)
                .orElseThrow(() -> new Outcome.StaleKey(mkey));
    }

    private static String baseName(String filename) {
        String name = filename == null ? "" : filename;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1).strip();
    }
}
