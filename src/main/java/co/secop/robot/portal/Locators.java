package co.secop.robot.portal;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's locators, by key, read from {@code config/localizadores.conf} (HOCON).
 *
 * <p>Layers, first wins: the override file (argument, else system property {@value #OVERRIDE_PROPERTY}),
 * then {@code <secop.home>/config/localizadores.conf} on disk, then the copy packaged in the jar. A value is
 * {@code css:...}, {@code xpath:...}, {@code id:...}, {@code name:...}, {@code link:...},
 * {@code partial-link:...} or a plain CSS selector; a list of them means "the first alternative that
 * finds something". Placeholders such as {@code {i}} are filled by {@link #by(String, Object...)}.
 */
public final class Locators {

    public static final String FILE_NAME = "localizadores.conf";
    public static final String RESOURCE = "config/" + FILE_NAME;
    public static final String OVERRIDE_PROPERTY = "secop.localizadores";

    private static final Pattern PREFIX = Pattern.compile("^(css|xpath|id|name|link|partial-link):(.*)$",
            Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_-]*)}");

    private final Config config;
    private final String origin;

    private Locators(Config config, String origin) {
        this.config = config;
        this.origin = origin;
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
                throw new PortalException("No se encontró el archivo de localizadores " + RESOURCE
                        + " dentro del programa.");
            }
            Config layered = packaged;
            List<String> origins = new ArrayList<>();
            origins.add(RESOURCE);
            Path home = Path.of(System.getProperty("secop.home", ".")).toAbsolutePath().normalize();
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
            Locators locators = new Locators(layered.resolve(), String.join(" + ", origins));
            locators.validate();
            return locators;
        } catch (ConfigException e) {
            throw new PortalException("El archivo de localizadores no es válido: " + e.getMessage(), e);
        }
    }

    /** From HOCON text (tests, or a caller that already merged its own layers). */
    public static Locators parse(String hocon) {
        try {
            Locators locators = new Locators(ConfigFactory.parseString(hocon).resolve(), "texto");
            locators.validate();
            return locators;
        } catch (ConfigException e) {
            throw new PortalException("Los localizadores no son válidos: " + e.getMessage(), e);
        }
    }

    /** These locators with the keys of {@code hocon} replacing theirs. */
    public Locators overriddenBy(String hocon) {
        try {
            Locators locators = new Locators(ConfigFactory.parseString(hocon).withFallback(config).resolve(),
                    origin + " + texto");
            locators.validate();
            return locators;
        } catch (ConfigException e) {
            throw new PortalException("Los localizadores no son válidos: " + e.getMessage(), e);
        }
    }

    private static Config parseFile(Path file) {
        return ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
    }

    /** Where the values came from, for messages. */
    public String origin() {
        return origin;
    }

    /** Every key, in alphabetical order (for {@code ./secop revisar}). */
    public java.util.SortedSet<String> keys() {
        java.util.SortedSet<String> keys = new java.util.TreeSet<>();
        for (Map.Entry<String, ConfigValue> entry : config.entrySet()) {
            keys.add(entry.getKey());
        }
        return keys;
    }

    public boolean has(String key) {
        return config.hasPath(key);
    }

    /** The locator for {@code key}; placeholders are filled in order of first appearance with {@code args}. */
    public By by(String key, Object... args) {
        List<String> alternatives = raw(key);
        List<By> bys = new ArrayList<>();
        for (String alternative : alternatives) {
            bys.add(toBy(key, fill(key, alternative, args)));
        }
        return bys.size() == 1 ? bys.get(0) : new FirstMatch(bys);
    }

    /** A plain text setting (class names, URL pieces, labels) stored next to the locators. */
    public String text(String key, Object... args) {
        List<String> values = raw(key);
        return fill(key, values.get(0), args);
    }

    /** Every value of a list setting (or the single value). */
    public List<String> texts(String key) {
        return raw(key);
    }

    /** The value of {@code key} as a CSS selector, for checks done with JavaScript. */
    public String css(String key) {
        List<String> values = raw(key);
        List<String> selectors = new ArrayList<>();
        for (String value : values) {
            Matcher m = PREFIX.matcher(value.strip());
            if (m.matches() && !m.group(1).equals("css")) {
                throw new PortalException("El localizador «" + key + "» debe ser un selector CSS (" + origin + ").");
            }
            selectors.add(m.matches() ? m.group(2).strip() : value.strip());
        }
        return String.join(", ", selectors);
    }

    private List<String> raw(String key) {
        if (!config.hasPath(key)) {
            throw new PortalException("Falta el localizador «" + key + "» en " + origin + ".");
        }
        ConfigValue value = config.getValue(key);
        try {
            if (value.valueType() == ConfigValueType.LIST) {
                List<String> list = config.getStringList(key);
                if (list.isEmpty()) {
                    throw new PortalException("El localizador «" + key + "» es una lista vacía (" + origin + ").");
                }
                return list;
            }
            return List.of(config.getString(key));
        } catch (ConfigException.WrongType e) {
            throw new PortalException("El localizador «" + key + "» no es un texto ni una lista de textos ("
                    + origin + ").", e);
        }
    }

    private void validate() {
        for (Map.Entry<String, ConfigValue> entry : config.entrySet()) {
            ConfigValueType type = entry.getValue().valueType();
            if (type != ConfigValueType.STRING && type != ConfigValueType.LIST) {
                throw new PortalException("El localizador «" + entry.getKey() + "» debe ser un texto entre comillas ("
                        + origin + ").");
            }
            for (String alternative : raw(entry.getKey())) {
                if (alternative.isBlank()) {
                    throw new PortalException("El localizador «" + entry.getKey() + "» está vacío (" + origin + ").");
                }
                toBy(entry.getKey(), alternative);
            }
        }
    }

    static String fill(String key, String template, Object... args) {
        Matcher m = PLACEHOLDER.matcher(template);
        Map<String, String> values = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!values.containsKey(name)) {
                if (values.size() >= args.length) {
                    throw new PortalException("El localizador «" + key + "» espera el parámetro {" + name
                            + "} y el robot no lo dio.");
                }
                values.put(name, String.valueOf(args[values.size()]));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(name)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Parses one value: {@code css:}, {@code xpath:}, {@code id:}, {@code name:}, {@code link:}, {@code partial-link:}, plain = CSS. */
    public static By toBy(String key, String value) {
        String trimmed = value.strip();
        Matcher m = PREFIX.matcher(trimmed);
        if (!m.matches()) {
            return By.cssSelector(trimmed);
        }
        String body = m.group(2).strip();
        if (body.isEmpty()) {
            throw new PortalException("El localizador «" + key + "» no tiene nada después de «" + m.group(1) + ":».");
        }
        return switch (m.group(1)) {
            case "css" -> By.cssSelector(body);
            case "xpath" -> By.xpath(body);
            case "id" -> By.id(body);
            case "name" -> By.name(body);
            case "link" -> By.linkText(body);
            case "partial-link" -> By.partialLinkText(body);
            default -> throw new IllegalStateException(m.group(1));
        };
    }

    /** The first alternative that finds at least one element. */
    static final class FirstMatch extends By {

        private final List<By> alternatives;

        FirstMatch(List<By> alternatives) {
            this.alternatives = List.copyOf(alternatives);
        }

        List<By> alternatives() {
            return alternatives;
        }

        @Override
        public List<WebElement> findElements(SearchContext context) {
            for (By by : alternatives) {
                List<WebElement> found = context.findElements(by);
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return List.of();
        }

        @Override
        public String toString() {
            return "la primera de " + alternatives;
        }
    }
}
