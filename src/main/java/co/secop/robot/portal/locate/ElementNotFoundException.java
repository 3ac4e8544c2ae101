package co.secop.robot.portal.locate;

import java.util.List;
import java.util.Objects;

/**
 * An element the robot needs never appeared on a page that had finished loading: most likely the
 * portal changed (an id, a label), not a slow or broken portal. It names the locator key, the
 * alternatives tried and the page; it is never retried as an outage.
 */
public class ElementNotFoundException extends PortalException {

    private final String key;
    private final String label;
    private final List<String> alternatives;
    private final String pageUrl;
    private final String pageTitle;

    public ElementNotFoundException(
            String key, String label, List<String> alternatives, String pageUrl, String pageTitle) {
        super(describe(key, label, alternatives, pageUrl, pageTitle));
        this.key = Objects.requireNonNull(key, "key");
        this.label = label == null || label.isBlank() ? key : label;
        this.alternatives = List.copyOf(alternatives);
        this.pageUrl = pageUrl == null ? "" : pageUrl;
        this.pageTitle = pageTitle == null ? "" : pageTitle;
    }

    private static String describe(String key, String label, List<String> alternatives, String url, String title) {
        return "No se encontró " + quoted(label, key) + " (" + key + ") en " + page(url, title) + ". Se probó: "
                + String.join(" · ", alternatives) + ".";
    }

    private static String quoted(String label, String key) {
        return "«" + (label == null || label.isBlank() ? key : label) + "»";
    }

    public static String page(String url, String title) {
        String t = title == null ? "" : title.strip();
        String u = url == null ? "" : url.strip();
        if (t.isEmpty()) {
            return u.isEmpty() ? "la página" : u;
        }
        return "«" + t + "»" + (u.isEmpty() ? "" : " (" + u + ")");
    }

    /** The locator key of {@code localizadores.conf}, e.g. {@code formulario.valor-neto}. */
    public String key() {
        return key;
    }

    /** What a person reads on the portal, e.g. «Valor neto» (the key when unknown). */
    public String label() {
        return label;
    }

    public List<String> alternatives() {
        return alternatives;
    }

    public String pageUrl() {
        return pageUrl;
    }

    public String pageTitle() {
        return pageTitle;
    }

    /** The page as a person reads it: «title» (url). */
    public String page() {
        return page(pageUrl, pageTitle);
    }
}
