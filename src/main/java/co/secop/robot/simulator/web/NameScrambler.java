package co.secop.robot.simulator.web;

import co.secop.robot.simulator.ConfirmedNames;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variant "ids-desconocidos": one rename map, from every id, name and CSS class the simulator does not hold as
 * confirmed ({@link ConfirmedNames}) to a random name drawn from the seed (the same seed gives the same names).
 * It is applied, token by whole token, to every HTML, JavaScript and CSS answer; its reverse is applied to the
 * names of posted form and query parameters ({@link ReverseNamesFilter}), so the handlers never see the new names.
 *
 * <ul>
 *   <li>HTML: every token of the attributes {@code id}, {@code name}, {@code class}, {@code for} (and
 *       {@code data-reason-box}, which holds an id).</li>
 *   <li>CSS: every {@code .class} and {@code #id} of the selectors.</li>
 *   <li>JavaScript: inside string literals, the tokens that are ids or classes: those with a Vortal id prefix
 *       ({@code btn}, {@code txt}, {@code spn}, {@code div}...), those the stylesheet uses, and the ids the script
 *       creates itself ({@link #SCRIPT_IDS}).</li>
 * </ul>
 * A token {@code base_rest} ({@code btnRegisterPayment_0}, {@code PaymentRequestModal_iframe}) keeps its suffix:
 * only {@code base} is renamed, so indexed ids and the {@code <X>_content}/{@code <X>_iframe} convention survive.
 */
public final class NameScrambler {

    /** Ids portal.js creates that neither the pages nor the stylesheet hold. */
    static final Set<String> SCRIPT_IDS = Set.of("PaymentRequestModal");

    private static final Pattern HTML_ATTRIBUTE =
            Pattern.compile("(\\s)(id|name|class|for|data-reason-box)=\"([^\"]*)\"");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern CSS_SELECTOR_TOKEN = Pattern.compile("([.#])([A-Za-z_][A-Za-z0-9_-]*)");
    private static final Pattern ID_PREFIX = Pattern.compile(
            "(txt|txa|btn|spn|lnk|div|tbl|grd|cbx|dtmb|rdbg|sel|fds|mdbox|lbl|chk|msg|file|nbx)[A-Z].*");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final long seed;
    private final Set<String> stylesheetNames;
    private final Map<String, String> forward = new ConcurrentHashMap<>();
    private final Map<String, String> reverse = new ConcurrentHashMap<>();
    private final Map<String, String> staticCache = new ConcurrentHashMap<>();

    public NameScrambler(long seed) {
        this.seed = seed;
        this.stylesheetNames = stylesheetNames(resource(Layout.STYLE.replace("/StaticContent/", "")));
    }

    public long seed() {
        return seed;
    }

    /** The new name of an id, name or class ({@code token} itself when confirmed). */
    public String rename(String token) {
        if (token.isEmpty() || ConfirmedNames.isConfirmed(token)) {
            return token;
        }
        int underscore = token.indexOf('_');
        String base = underscore > 0 ? token.substring(0, underscore) : token;
        String rest = underscore > 0 ? token.substring(underscore) : "";
        return forward.computeIfAbsent(base, this::newName) + rest;
    }

    /** The original of a renamed posted parameter name ({@code name} itself when it was never renamed). */
    public String original(String name) {
        int underscore = name.indexOf('_');
        String base = underscore > 0 ? name.substring(0, underscore) : name;
        String original = reverse.get(base);
        return original == null ? name : original + name.substring(base.length());
    }

    /** Renames the answer's body when it is HTML, JavaScript or CSS. */
    public void apply(Context ctx) {
        String type = ctx.res().getContentType();
        if (type == null) {
            return;
        }
        String body;
        if (type.startsWith("text/html")) {
            body = ctx.result();
            if (body != null) {
                ctx.result(html(body));
            }
        } else if (type.startsWith("application/javascript") || type.startsWith("text/css")) {
            body = ctx.result();
            if (body != null) {
                boolean script = type.startsWith("application/javascript");
                ctx.result(staticCache.computeIfAbsent(ctx.path(), path -> script ? script(body) : stylesheet(body)));
            }
        }
    }

    public String html(String html) {
        Matcher m = HTML_ATTRIBUTE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(m.group(1) + m.group(2) + "=\"" + tokens(m.group(3)) + "\""));
        }
        return m.appendTail(out).toString();
    }

    private String tokens(String value) {
        Matcher t = TOKEN.matcher(value);
        StringBuilder out = new StringBuilder();
        while (t.find()) {
            t.appendReplacement(out, Matcher.quoteReplacement(rename(t.group())));
        }
        return t.appendTail(out).toString();
    }

    public String stylesheet(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int depth = 0;
        int start = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{') {
                out.append(depth == 0 ? selectors(css.substring(start, i)) : css.substring(start, i))
                        .append(c);
                depth++;
                start = i + 1;
            } else if (c == '}') {
                out.append(css, start, i + 1);
                depth = Math.max(0, depth - 1);
                start = i + 1;
            }
        }
        return out.append(css.substring(start)).toString();
    }

    private String selectors(String text) {
        if (text.strip().startsWith("@")) {
            return text;
        }
        Matcher m = CSS_SELECTOR_TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + rename(m.group(2))));
        }
        return m.appendTail(out).toString();
    }

    /** Renames the id and class tokens of the script's string literals (comments and code stay as they are). */
    public String script(String js) {
        StringBuilder out = new StringBuilder(js.length());
        int i = 0;
        while (i < js.length()) {
            char c = js.charAt(i);
            if (c == '/' && i + 1 < js.length() && (js.charAt(i + 1) == '/' || js.charAt(i + 1) == '*')) {
                int end = js.charAt(i + 1) == '/' ? js.indexOf('\n', i) : js.indexOf("*/", i) + 2;
                end = end <= 0 ? js.length() : end;
                out.append(js, i, end);
                i = end;
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < js.length() && js.charAt(j) != c) {
                    j += js.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(c)
                        .append(literal(js.substring(i + 1, Math.min(j, js.length()))))
                        .append(c);
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String literal(String text) {
        Matcher t = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (t.find()) {
            String token = t.group();
            t.appendReplacement(out, Matcher.quoteReplacement(scriptName(token) ? rename(token) : token));
        }
        return t.appendTail(out).toString();
    }

    private boolean scriptName(String token) {
        String base = token.indexOf('_') > 0 ? token.substring(0, token.indexOf('_')) : token;
        return ID_PREFIX.matcher(base).matches() || stylesheetNames.contains(base) || SCRIPT_IDS.contains(base);
    }

    private String newName(String base) {
        String name;
        int attempt = 0;
        do {
            name = draw(base + "#" + attempt++);
        } while (reverse.putIfAbsent(name, base) != null);
        return name;
    }

    /** "n" + 8 letters or digits, from SHA-256(seed, token). */
    private String draw(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((seed + ":" + token).getBytes(StandardCharsets.UTF_8));
            StringBuilder name = new StringBuilder("n");
            for (int k = 0; k < 8; k++) {
                name.append(ALPHABET.charAt((hash[k] & 0xff) % ALPHABET.length()));
            }
            return name.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> stylesheetNames(String css) {
        Set<String> names = new HashSet<>();
        int depth = 0;
        StringBuilder selectors = new StringBuilder();
        for (char c : css.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                selectors.append(c);
            }
        }
        Matcher m = CSS_SELECTOR_TOKEN.matcher(selectors);
        while (m.find()) {
            String token = m.group(2);
            names.add(token.indexOf('_') > 0 ? token.substring(0, token.indexOf('_')) : token);
        }
        return names;
    }

    private static String resource(String path) {
        try (InputStream in = NameScrambler.class.getClassLoader().getResourceAsStream("simulator/static/" + path)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
