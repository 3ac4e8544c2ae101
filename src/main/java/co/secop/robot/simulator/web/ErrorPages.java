package co.secop.robot.simulator.web;

import static co.secop.robot.simulator.web.Html.esc;

import io.javalin.http.Context;
import java.util.Map;

/** Error pages: "Error inesperado" (HTTP 500), access denied (403), not found (404). */
public final class ErrorPages {

    public static final String UNEXPECTED_TITLE = "Error inesperado";
    public static final String UNEXPECTED_TEXT = "Se ha producido un error inesperado al procesar su solicitud. "
            + "Por favor vuelva a intentarlo; si el problema persiste, comuníquese con la Mesa de Servicio "
            + "de Colombia Compra Eficiente.";

    private ErrorPages() {}

    /** HTTP 500 with {@code span#spnErrorTitle} "Error inesperado" (stale mkey, unexpected exception, faults). */
    public static void unexpected(Context ctx) {
        render(ctx, 500, UNEXPECTED_TITLE, UNEXPECTED_TEXT);
    }

    public static void forbidden(Context ctx, String message) {
        render(ctx, 403, "Acceso denegado", message);
    }

    public static void notFound(Context ctx, String message) {
        render(ctx, 404, "Página no encontrada", message);
    }

    private static void render(Context ctx, int status, String title, String text) {
        String content = """
                <div class="ErrorPage">
                  <div class="ErrorBox">
                    <span id="spnErrorTitle" class="ErrorTitle">%s</span>
                    <p id="spnErrorMessage" class="ErrorText">%s</p>
                    <p class="ErrorCode">Código de referencia: %s</p>
                    <p><a id="lnkBackToWorkarea" href="/CO1Marketplace/Common/Workarea/Index" target="_top">Volver al escritorio</a></p>
                  </div>
                </div>
                """.formatted(
                        esc(title), esc(text), Session.newKey().substring(0, 8).toUpperCase());
        ctx.status(status).html(Layout.page(title, "error", null, "", content, Map.of()));
    }
}
