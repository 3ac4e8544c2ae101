package co.secop.robot.portal.locate;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;

/**
 * The portal's locators, by key, read from {@code config/localizadores.conf} (HOCON).
 *
 * <p>Layers, first wins: the override file (argument, else system property {@value #OVERRIDE_PROPERTY}),
 * then {@code <secop.home>/config/localizadores.conf} on disk, then the copy packaged in the jar.
 *
 * <p>An entry is either {@code { origen = confirmado|supuesto, fuente = "...", valor = ... }} or a bare value
 * (an override written by support staff: its provenance is then {@link Origin#SIN_INDICAR}). A value is one
 * locator or a list of alternatives ("the first that finds something"). Kinds: {@code css:}, {@code xpath:},
 * {@code id:}, {@code name:}, {@code link:}, {@code partial-link:}, plain CSS, and the kinds that find what a
 * person sees: {@code label:<texto>} (the field of that label), {@code boton:<texto>} (button by value or text,
 * or a link), {@code columna:<título>} (the cell under that column header, in a row context),
 * {@code titulo:<texto>} (the section or dialog with that title) and {@code texto:<texto>} (the element showing
 * that text). Person-visible texts match ignoring case, accents, repeated spaces and a trailing {@code *}/{@code :}.
 * Every key resolves in ONE browser round trip, whatever the number of alternatives.
 */
public final class Locators {

    public static final String FILE_NAME = "localizadores.conf";
    public static final String RESOURCE = "config/" + FILE_NAME;
    public static final String OVERRIDE_PROPERTY = "secop.localizadores";

    /** Kinds that find an element by what a person sees on the screen. */
    public static final Set<String> PERSON_VISIBLE_KINDS =
            Set.of("label", "boton", "columna", "titulo", "texto", "link", "partial-link");

    static final String VALUE = "valor";
    static final String ORIGIN = "origen";
    static final String SOURCE = "fuente";
    static final String BACKUP = "respaldo";
    static final String TYPE = "tipo";

    private static final Pattern PREFIX = Pattern.compile(
            "^(css|xpath|id|name|link|partial-link|label|boton|columna|titulo|texto):(.*)$", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_-]*)}");
    private static final String SCRIPT = loadScript();

    /** Where an entry of the file comes from. */
    public enum Origin {
        /** Seen on the real portal (the entry cites the fact of docs/portal.md). */
        CONFIRMADO,
        /** Never seen: the entry must also find the element by what a person sees. */
        SUPUESTO,
        /** A bare value (an override file) that does not say. */
        SIN_INDICAR
    }

    /**
     * Provenance of one key.
     *
     * @param origin  confirmed, assumed or not said
     * @param source  the fact of docs/portal.md it rests on ("" when not given)
     * @param backup  another key the robot uses when this one finds nothing ("" when none)
     * @param text    true for settings that are not locators (texts, URL pieces, class names)
     */
    public record Provenance(Origin origin, String source, String backup, boolean text) {}

    /**
     * What {@link #describe} found for a key in the current page or context.
     *
     * @param matched     the index of the alternative that found something, empty when none did
     * @param alternative that alternative as written in the file ("" when none)
     * @param count       how many elements it found
     */
    public record Probe(
            String key,
            Provenance provenance,
            List<String> alternatives,
            OptionalInt matched,
            String alternative,
            int count) {

        public boolean found() {
            return matched.isPresent();
        }

        /** True when the element was found only by a later alternative (the first, usually an id, failed). */
        public boolean fellBack() {
            return matched.isPresent() && matched.getAsInt() > 0;
        }
    }

    private final Map<String, Entry> entries;
    private final String origin;

    private record Entry(List<String> values, Provenance provenance) {}

    private Locators(Config config, String origin) {
        this.origin = origin;
        this.entries = Collections.unmodifiableMap(read(config, origin));
    }

    /** Packaged defaults, the project's file on disk and the override named by {@value #OVERRIDE_PROPERTY}. */
    public static Locators load() {
        return load(Optional.empty());
    }

    /** Like {@link #load()}, but {@code override} (when present) wins over the system property. */
    public static Locators load(Optional<Path> override) {
        Optional<Path> chosen = override.or(() -> Optional.ofNullable(System.getProperty(OVERRIDE_PROPERTY))
                .filter(s -> !s.isBlank())
                .map(Path::of));
        try {
            Config packaged = ConfigFactory.parseResources(RESOURCE);
            if (packaged.isEmpty()) {
                throw new PortalException(
                        "No se encontró el archivo de localizadores " + RESOURCE + " dentro del programa.");
            }
            Config layered = packaged;
            List<String> origins = new ArrayList<>();
            origins.add(RESOURCE);
            Path home = Path.of(System.getProperty("secop.home", "."))
                    .toAbsolutePath()
                    .normalize();
            Path projectFile = home.resolve("config").resolve(FILE_NAME);
            if (Files.isRegularFile(projectFile)) {
                layered = parseFile(projectFile).withFallback(layered);
                origins.add(projectFile.toString());
            }
            if (chosen.isPresent()) {
                Path file = chosen.get().toAbsolutePath();
                if (!Files.isRegularFile(file)) {
                    throw new PortalException("No existe el archivo de localizadores «" + file + "».");
                }
                layered = parseFile(file).withFallback(layered);
                origins.add(file.toString());
            }
            return new Locators(layered.resolve(), String.join(" + ", origins));
        } catch (ConfigException e) {
            throw new PortalException("El archivo de localizadores no es válido: " + e.getMessage(), e);
        }
    }

    /** From HOCON text (tests, or a caller that already merged its own layers). */
    public static Locators parse(String hocon) {
        try {
            return new Locators(ConfigFactory.parseString(hocon).resolve(), "texto");
        } catch (ConfigException e) {
            throw new PortalException("Los localizadores no son válidos: " + e.getMessage(), e);
        }
    }

    /** These locators with the keys of {@code hocon} replacing theirs. */
    public Locators overriddenBy(String hocon) {
        try {
            Config mine = ConfigFactory.parseMap(toMap());
            return new Locators(
                    ConfigFactory.parseString(hocon).withFallback(mine).resolve(), origin + " + texto");
        } catch (ConfigException e) {
            throw new PortalException("Los localizadores no son válidos: " + e.getMessage(), e);
        }
    }

    private Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        entries.forEach((key, entry) -> {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put(VALUE, entry.values());
            Provenance p = entry.provenance();
            if (p.origin() != Origin.SIN_INDICAR) {
                object.put(ORIGIN, p.origin().name().toLowerCase(Locale.ROOT));
                object.put(SOURCE, p.source());
            }
            if (!p.backup().isEmpty()) {
                object.put(BACKUP, p.backup());
            }
            if (p.text()) {
                object.put(TYPE, "texto");
            }
            map.put(key, object);
        });
        return map;
    }

    private static Config parseFile(Path file) {
        return ConfigFactory.parseFile(
                file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
    }

    // ------------------------------------------------------------------ reading the file

    private static Map<String, Entry> read(Config config, String origin) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        collect(config.root(), "", entries, origin);
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            for (String alternative : e.getValue().values()) {
                if (alternative.isBlank()) {
                    throw new PortalException("El localizador «" + e.getKey() + "» está vacío (" + origin + ").");
                }
                parseAlternative(e.getKey(), alternative);
            }
        }
        return entries;
    }

    private static void collect(ConfigObject object, String prefix, Map<String, Entry> entries, String origin) {
        for (Map.Entry<String, ConfigValue> child : object.entrySet()) {
            String key = prefix.isEmpty() ? child.getKey() : prefix + "." + child.getKey();
            ConfigValue value = child.getValue();
            if (value.valueType() == ConfigValueType.OBJECT) {
                ConfigObject inner = (ConfigObject) value;
                if (inner.containsKey(VALUE)) {
                    entries.put(key, new Entry(values(key, inner.get(VALUE), origin), provenance(key, inner, origin)));
                } else if (inner.containsKey(ORIGIN) || inner.containsKey(SOURCE)) {
                    throw new PortalException("El localizador «" + key + "» dice su origen pero no tiene «" + VALUE
                            + "» (" + origin + ").");
                } else {
                    collect(inner, key, entries, origin);
                }
            } else {
                entries.put(
                        key, new Entry(values(key, value, origin), new Provenance(Origin.SIN_INDICAR, "", "", false)));
            }
        }
    }

    private static List<String> values(String key, ConfigValue value, String origin) {
        if (value.valueType() == ConfigValueType.STRING) {
            return List.of((String) value.unwrapped());
        }
        if (value.valueType() == ConfigValueType.LIST) {
            List<String> list = new ArrayList<>();
            for (ConfigValue item : (ConfigList) value) {
                if (item.valueType() != ConfigValueType.STRING) {
                    throw new PortalException("El localizador «" + key + "» debe ser un texto entre comillas o una "
                            + "lista de textos (" + origin + ").");
                }
                list.add((String) item.unwrapped());
            }
            if (list.isEmpty()) {
                throw new PortalException("El localizador «" + key + "» es una lista vacía (" + origin + ").");
            }
            return List.copyOf(list);
        }
        throw new PortalException("El localizador «" + key + "» debe ser un texto entre comillas o una lista de "
                + "textos (" + origin + ").");
    }

    private static Provenance provenance(String key, ConfigObject object, String origin) {
        ConfigValue originValue = object.get(ORIGIN);
        boolean text = object.containsKey(TYPE)
                && "texto".equals(String.valueOf(object.get(TYPE).unwrapped()).strip());
        String backup = object.containsKey(BACKUP)
                ? String.valueOf(object.get(BACKUP).unwrapped()).strip()
                : "";
        if (originValue == null) {
            return new Provenance(Origin.SIN_INDICAR, "", backup, text);
        }
        String written = String.valueOf(originValue.unwrapped()).strip().toLowerCase(Locale.ROOT);
        Origin parsed = switch (written) {
            case "confirmado" -> Origin.CONFIRMADO;
            case "supuesto" -> Origin.SUPUESTO;
            default ->
                throw new PortalException("El localizador «" + key + "» tiene origen «" + written
                        + "»: debe ser «confirmado» o «supuesto» (" + origin + ").");
        };
        ConfigValue source = object.get(SOURCE);
        return new Provenance(
                parsed, source == null ? "" : String.valueOf(source.unwrapped()).strip(), backup, text);
    }

    // ------------------------------------------------------------------ asking

    /** Where the values came from, for messages. */
    public String origin() {
        return origin;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Every key of the file, in file order. */
    public Set<String> keys() {
        return entries.keySet();
    }

    public Provenance provenance(String key) {
        return entry(key).provenance();
    }

    /** The alternatives of {@code key} as written in the file. */
    public List<String> alternatives(String key) {
        return entry(key).values();
    }

    /** True when at least one alternative of {@code key} finds the element by what a person sees. */
    public boolean hasPersonVisibleAlternative(String key) {
        for (String alternative : alternatives(key)) {
            if (isPersonVisible(alternative)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for an alternative that finds the element by what a person sees: the kinds of
     * {@link #PERSON_VISIBLE_KINDS}, or a CSS/XPath that selects by a button's value, a title or a visible text.
     */
    public static boolean isPersonVisible(String alternative) {
        String kind = kind(alternative);
        if (PERSON_VISIBLE_KINDS.contains(kind)) {
            return true;
        }
        String body = alternative.strip();
        return switch (kind) {
            case "css" -> body.matches("(?s).*\\[(value|title)=.*");
            case "xpath" ->
                body.matches("(?s).*(@value\\s*=|@title\\s*=|normalize-space\\(\\)\\s*=|text\\(\\)\\s*=).*");
            default -> false;
        };
    }

    /** The kind of one alternative: {@code css}, {@code label}... (plain text is {@code css}). */
    public static String kind(String alternative) {
        Matcher m = PREFIX.matcher(alternative.strip());
        return m.matches() ? m.group(1) : "css";
    }

    /**
     * The locator for {@code key}; placeholders are filled in order of first appearance with {@code args}.
     * A single native alternative is a plain Selenium {@link By}; anything else is looked up by one script.
     */
    public By by(String key, Object... args) {
        List<String[]> parsed = filled(key, args);
        if (parsed.size() == 1) {
            Optional<By> simple = nativeBy(parsed.get(0));
            if (simple.isPresent()) {
                return simple.get();
            }
        }
        return new ScriptBy(key, parsed);
    }

    /**
     * Which alternative of {@code key} finds something in {@code context} (the driver, the current frame or
     * window, or an element such as a grid row), in one round trip. The API a diagnosis tool builds on.
     */
    public Probe describe(SearchContext context, String key, Object... args) {
        List<String[]> parsed = filled(key, args);
        Object answer = run(context, parsed, "probe");
        int index = -1;
        int count = 0;
        if (answer instanceof Map<?, ?> map) {
            index = ((Number) map.get("index")).intValue();
            count = ((Number) map.get("count")).intValue();
        }
        List<String> written = alternatives(key);
        return new Probe(
                key,
                provenance(key),
                written,
                index < 0 ? OptionalInt.empty() : OptionalInt.of(index),
                index < 0 ? "" : written.get(index),
                count);
    }

    /** A plain text setting (class names, URL pieces, labels) stored next to the locators. */
    public String text(String key, Object... args) {
        return fill(key, alternatives(key).get(0), args);
    }

    /** Every value of a list setting (or the single value). */
    public List<String> texts(String key) {
        return alternatives(key);
    }

    /** The value of {@code key} as a CSS selector, for checks done with JavaScript. */
    public String css(String key) {
        List<String> selectors = new ArrayList<>();
        for (String value : alternatives(key)) {
            Matcher m = PREFIX.matcher(value.strip());
            if (m.matches() && !m.group(1).equals("css")) {
                throw new PortalException("El localizador «" + key + "» debe ser un selector CSS (" + origin + ").");
            }
            selectors.add(m.matches() ? m.group(2).strip() : value.strip());
        }
        return String.join(", ", selectors);
    }

    /** The alternatives as {@code [kind, value]} pairs, placeholders filled: for scripts that read many keys at once. */
    public List<List<String>> script(String key, Object... args) {
        List<List<String>> out = new ArrayList<>();
        for (String[] pair : filled(key, args)) {
            out.add(List.of(pair[0], pair[1]));
        }
        return out;
    }

    /** The script that resolves alternatives in the browser (see {@code locate.js}). */
    static String locateScript() {
        return SCRIPT;
    }

    /**
     * A script that can call {@code locate(context, alternatives, 'elements')} and the helpers {@code visible(e)}
     * and {@code shownText(e)} (the title when the text is cut, else the text) before running {@code body}.
     */
    public static String withLocate(String body) {
        return "var locate = function () {\n" + SCRIPT + "\n};\n" + HELPERS + body;
    }

    private static final String HELPERS = """
            var visible = function (e) {
              return !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            };
            // What Selenium's isDisplayed() says, closely enough: laid out, not hidden, not transparent, not empty.
            var displayed = function (e) {
              if (!visible(e)) { return false; }
              for (var a = e; a && a.nodeType === 1; a = a.parentElement) {
                if (getComputedStyle(a).opacity === '0') { return false; }
              }
              var r = e.getBoundingClientRect();
              return r.width > 0 || r.height > 0 || Array.prototype.some.call(e.children, function (c) {
                var cr = c.getBoundingClientRect();
                return cr.width > 0 || cr.height > 0;
              });
            };
            // True when an element of these selectors (loading overlays, a modal's background) is shown.
            var anyOverlay = function (selectors) {
              // A page still loading counts as covered: the browser does not wait for its load event.
              if (document.readyState !== 'complete') { return true; }
              return Array.prototype.some.call(document.querySelectorAll(selectors), function (o) {
                var st = getComputedStyle(o);
                return st.display !== 'none' && st.visibility !== 'hidden' && o.getClientRects().length > 0;
              });
            };
            var clean = function (s) { return (s || '').replace(/[\\s\\u00a0]+/g, ' ').trim(); };
            var shownText = function (e) {
              if (!e) { return ''; }
              var text = clean(visible(e) ? e.innerText : e.textContent);
              var holder = e.getAttribute('title') ? e : e.querySelector('[title]');
              var title = holder ? clean(holder.getAttribute('title')) : '';
              var cut = /(\\.\\.\\.|\u2026)$/.test(text);
              if (title && (!text || cut || title.toLowerCase().indexOf(text.toLowerCase()) === 0)) { return title; }
              return text;
            };
            """;

    private Entry entry(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            throw new PortalException("Falta el localizador «" + key + "» en " + origin + ".");
        }
        return entry;
    }

    private List<String[]> filled(String key, Object... args) {
        List<String[]> parsed = new ArrayList<>();
        for (String alternative : alternatives(key)) {
            parsed.add(parseAlternative(key, fill(key, alternative, args)));
        }
        return parsed;
    }

    /** The placeholders of {@code template} ({@code {i}}, {@code {nombre}}…), in order of first appearance. */
    public static List<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    public static String fill(String key, String template, Object... args) {
        Matcher m = PLACEHOLDER.matcher(template);
        Map<String, String> values = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!values.containsKey(name)) {
                if (values.size() >= args.length) {
                    throw new PortalException(
                            "El localizador «" + key + "» espera el parámetro {" + name + "} y el robot no lo dio.");
                }
                values.put(name, String.valueOf(args[values.size()]));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(name)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String[] parseAlternative(String key, String value) {
        String trimmed = value.strip();
        Matcher m = PREFIX.matcher(trimmed);
        if (!m.matches()) {
            return new String[] {"css", trimmed};
        }
        String body = m.group(2).strip();
        if (body.isEmpty()) {
            throw new PortalException("El localizador «" + key + "» no tiene nada después de «" + m.group(1) + ":».");
        }
        return new String[] {m.group(1), body};
    }

    private static Optional<By> nativeBy(String[] pair) {
        return Optional.ofNullable(
                switch (pair[0]) {
                    case "css" -> By.cssSelector(pair[1]);
                    case "xpath" -> By.xpath(pair[1]);
                    case "id" -> By.id(pair[1]);
                    case "name" -> By.name(pair[1]);
                    case "link" -> By.linkText(pair[1]);
                    case "partial-link" -> By.partialLinkText(pair[1]);
                    default -> null;
                });
    }

    /** Parses one value into a Selenium locator; the person-visible kinds become a script locator. */
    public static By toBy(String key, String value) {
        String[] pair = parseAlternative(key, value);
        return nativeBy(pair).orElseGet(() -> new ScriptBy(key, List.<String[]>of(pair)));
    }

    private static Object run(SearchContext context, List<String[]> alternatives, String mode) {
        List<List<String>> pairs = new ArrayList<>();
        for (String[] pair : alternatives) {
            pairs.add(List.of(pair[0], pair[1]));
        }
        return runIn(context, SCRIPT, pairs, mode);
    }

    /**
     * Runs {@code script} with {@code arguments[0]} = the element {@code context} is (or null for a whole
     * document) and the other arguments after it: one round trip, whatever the context.
     */
    static Object runIn(SearchContext context, String script, Object... args) {
        JavascriptExecutor js;
        Object root = null;
        if (context instanceof WebElement element) {
            root = element;
            if (!(element instanceof WrapsDriver wraps)) {
                throw new IllegalArgumentException("El elemento no da acceso a su navegador: " + element);
            }
            js = (JavascriptExecutor) wraps.getWrappedDriver();
        } else if (context instanceof JavascriptExecutor executor) {
            js = executor;
        } else {
            throw new IllegalArgumentException("No se puede buscar en " + context);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = root;
        System.arraycopy(args, 0, all, 1, args.length);
        return js.executeScript(script, all);
    }

    /** Alternatives as written ("kind:value", placeholders filled) in the form the browser script takes. */
    static List<List<String>> pairs(String key, List<String> alternatives) {
        List<List<String>> out = new ArrayList<>();
        for (String alternative : alternatives) {
            String[] pair = parseAlternative(key, alternative);
            out.add(List.of(pair[0], pair[1]));
        }
        return out;
    }

    private static String loadScript() {
        try (InputStream in = Locators.class.getResourceAsStream("locate.js")) {
            if (in == null) {
                throw new IllegalStateException("Falta locate.js junto a " + Locators.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every alternative of a key, tried in order by one script in the browser. */
    static final class ScriptBy extends By {

        private final String key;
        private final List<String[]> alternatives;

        ScriptBy(String key, List<String[]> alternatives) {
            this.key = key;
            this.alternatives = List.copyOf(alternatives);
        }

        /** The alternatives as written ("kind:value"). */
        List<String> alternatives() {
            List<String> out = new ArrayList<>();
            for (String[] pair : alternatives) {
                out.add(pair[0] + ":" + pair[1]);
            }
            return out;
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<WebElement> findElements(SearchContext context) {
            Object answer = run(context, alternatives, "elements");
            return answer instanceof List<?> list ? (List<WebElement>) list : List.of();
        }

        @Override
        public String toString() {
            return "«" + key + "»: la primera de " + alternatives();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ScriptBy other && other.alternatives().equals(alternatives());
        }

        @Override
        public int hashCode() {
            return alternatives().hashCode();
        }
    }
}
