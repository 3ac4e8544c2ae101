package co.secop.robot.simulator.web;

import co.secop.robot.simulator.RenamedField;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --renombrar-campo}: the payment form serves one field ({@link RenamedField}) under a new label text, id and
 * name, and the page's script looks it up by the new id. Runs before {@link NameScrambler}, so both combine.
 */
public final class FieldRenamer {

    private final RenamedField field;
    private final Pattern attributes;
    private final String label;
    private final String newLabel;
    private final String scriptId;
    private final String newScriptId;

    public FieldRenamer(RenamedField field) {
        this.field = Objects.requireNonNull(field);
        this.attributes = Pattern.compile("(\\s(?:id|name|for))=\"" + Pattern.quote(field.id()) + "\"");
        this.label = "<label for=\"" + field.id() + "\">" + field.label() + "</label>";
        this.newLabel = "<label for=\"" + field.id() + "\">" + Html.esc(field.newLabel()) + "</label>";
        this.scriptId = "'" + field.id() + "'";
        this.newScriptId = "'" + field.newId() + "'";
    }

    /** Renames the field in an HTML page that holds it, and in the script. */
    public void apply(Context ctx) {
        String type = ctx.res().getContentType();
        if (type == null) {
            return;
        }
        boolean page = type.startsWith("text/html");
        if (!page && !type.startsWith("application/javascript")) {
            return;
        }
        String body = ctx.result();
        if (body != null) {
            ctx.result(page ? html(body) : body.replace(scriptId, newScriptId));
        }
    }

    /** The page with the field's label, id, name and {@code for} renamed (unchanged when the field is not on it). */
    public String html(String html) {
        if (!html.contains("id=\"" + field.id() + "\"")) {
            return html;
        }
        String relabeled = html.replace(label, newLabel);
        return attributes.matcher(relabeled).replaceAll("$1=\"" + Matcher.quoteReplacement(field.newId()) + "\"");
    }
}
