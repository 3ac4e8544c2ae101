package co.secop.robot.portal;

import co.secop.robot.portal.locate.KeyedBy;
import co.secop.robot.portal.locate.Locators;
import co.secop.robot.portal.locate.PortalWait;
import co.secop.robot.portal.locate.Texts;
import co.secop.robot.portal.locate.Ui;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What every page object shares: the session, its waits and its locators. */
abstract class Page {

    final PortalSession session;
    final WebDriver driver;
    final PortalWait wait;
    final Ui ui;
    final Locators locators;

    Page(PortalSession session) {
        this.session = session;
        this.driver = session.driver();
        this.wait = session.waits();
        this.ui = session.ui();
        this.locators = session.locators();
    }

    /** The locator of {@code key}; it remembers its key so that a missing element is reported by it. */
    By by(String key, Object... args) {
        return keyed(locators, key, args);
    }

    static KeyedBy keyed(Locators locators, String key, Object... args) {
        List<String> alternatives = new ArrayList<>();
        for (String alternative : locators.texts(key)) {
            alternatives.add(Locators.fill(key, alternative, args));
        }
        return new KeyedBy(key, alternatives, locators.by(key, args));
    }

    boolean shown(String key, Object... args) {
        return PortalWait.isDisplayed(driver, by(key, args));
    }

    /** True when {@code key} finds an element, shown or not (one round trip). */
    boolean present(String key, Object... args) {
        return !driver.findElements(by(key, args)).isEmpty();
    }

    private static final String READ = Locators.withLocate("""
            var found = locate(arguments[0], arguments[1], 'elements');
            return found.length ? shownText(found[0]) : null;""");

    /**
     * The text a person reads in the element of {@code key}, in one round trip: the full text from
     * {@code title} when the server cut the visible one ("UNIVERSIDAD DE AN..."), the text of hidden
     * elements too (a closed menu); "" when there is none.
     */
    String read(String key, Object... args) {
        return readIn(null, key, args);
    }

    /** Like {@link #read} inside {@code context} (a grid row, a dialog). */
    String readIn(WebElement context, String key, Object... args) {
        Object answer = script(READ, context, locators.script(key, args));
        return answer == null ? "" : Texts.clean(String.valueOf(answer));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    private static final String TEXTS = Locators.withLocate("""
            return locate(null, arguments[0], 'elements').map(function (e) {
              return displayed(e) ? e.innerText : '';
            });""");

    /** The text a person sees in every element of {@code key} ("" for hidden ones), in one round trip. */
    List<String> texts(String key) {
        Object answer = script(TEXTS, locators.script(key));
        List<String> texts = new ArrayList<>();
        if (answer instanceof List<?> list) {
            list.forEach(t -> texts.add(t == null ? "" : Texts.clean(String.valueOf(t))));
        }
        return texts;
    }

    /** The text a person sees in the first element of {@code key} ("" when there is none or it is hidden). */
    String shownText(String key) {
        List<String> texts = texts(key);
        return texts.isEmpty() ? "" : texts.get(0);
    }

    private static final String COLUMNS_FUNCTION = """
            function columnsOf(keys) {
              return keys.map(function (key) {
                return locate(null, key, 'elements').map(function (e) { return displayed(e) ? e.innerText : ''; });
              });
            }
            """;

    private static final String COLUMNS = Locators.withLocate(COLUMNS_FUNCTION + "return columnsOf(arguments[0]);");

    /** {@link #texts} of several keys (columns of the same rows, say) in one round trip. */
    List<List<String>> columns(String... keys) {
        List<Object> scripts = new ArrayList<>();
        for (String key : keys) {
            scripts.add(locators.script(key));
        }
        return columnsFrom(script(COLUMNS, scripts), keys.length);
    }

    private static List<List<String>> columnsFrom(Object answer, int count) {
        List<List<String>> columns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> texts = new ArrayList<>();
            if (answer instanceof List<?> all && all.size() == count && all.get(i) instanceof List<?> list) {
                list.forEach(t -> texts.add(t == null ? "" : Texts.clean(String.valueOf(t))));
            }
            columns.add(texts);
        }
        return columns;
    }

    private static final String READ_ALL_FUNCTION = """
            function readAllOf(keys) {
              var out = {};
              Object.keys(keys).forEach(function (k) {
                var f = locate(null, keys[k], 'elements');
                out[k] = f.length ? [shownText(f[0]), displayed(f[0]) ? f[0].innerText : ''] : ['', ''];
              });
              return out;
            }
            """;

    private static final String READ_ALL = Locators.withLocate(READ_ALL_FUNCTION + "return readAllOf(arguments[0]);");

    /** What {@link #read} and a visible-text read give for each key: {@code [read, visible text]}, one round trip. */
    Map<String, String[]> readAll(String... keys) {
        return readAllFrom(script(READ_ALL, scriptsOf(keys)), keys);
    }

    private Map<String, Object> scriptsOf(String... keys) {
        Map<String, Object> scripts = new LinkedHashMap<>();
        for (String key : keys) {
            scripts.put(key, locators.script(key));
        }
        return scripts;
    }

    private static Map<String, String[]> readAllFrom(Object answer, String... keys) {
        Map<String, String[]> texts = new LinkedHashMap<>();
        for (String key : keys) {
            Object pair = answer instanceof Map<?, ?> map ? map.get(key) : null;
            List<?> both = pair instanceof List<?> list && list.size() == 2 ? list : List.of("", "");
            texts.put(
                    key,
                    new String[] {Texts.clean(String.valueOf(both.get(0))), Texts.clean(String.valueOf(both.get(1)))});
        }
        return texts;
    }

    private static final String VALUES = Locators.withLocate("""
            var keys = arguments[0], out = {};
            Object.keys(keys).forEach(function (k) {
              var f = locate(null, keys[k], 'elements');
              out[k] = !f.length ? '' : (f[0].type === 'radio' || f[0].type === 'checkbox') ? String(f[0].checked)
                : (f[0].value == null ? '' : String(f[0].value));
            });
            return out;""");

    /**
     * The {@code value} of the first element of each key ("true"/"false" for a radio or a checkbox, "" when
     * none is found), in one round trip.
     */
    Map<String, String> values(String... keys) {
        Map<String, String> values = new LinkedHashMap<>();
        Object answer = script(VALUES, scriptsOf(keys));
        for (String key : keys) {
            Object value = answer instanceof Map<?, ?> map ? map.get(key) : null;
            values.put(key, value == null ? "" : String.valueOf(value));
        }
        return values;
    }

    private static final String SHOWN_AND_SETTLED = Locators.withLocate("""
            return locate(null, arguments[0], 'elements').some(displayed) && !anyOverlay(arguments[1]);""");

    /** What a settled page shows: {@link #readAll} of some keys and {@link #columns} of others. */
    record Reading(Map<String, String[]> fields, List<List<String>> columns) {}

    /** What {@link #readWhenSettled(String, String, String[], String...)} answers when the page did not change. */
    static final Reading UNCHANGED = new Reading(Map.of(), List.of());

    private static final String READ_WHEN_SETTLED = Locators.withLocate(READ_ALL_FUNCTION + COLUMNS_FUNCTION + """
            var settled = !anyOverlay(arguments[1]);
            if (!locate(null, arguments[0], 'elements').some(displayed) || !settled) {
              return settled && arguments[4] && locate(null, arguments[4], 'elements').some(displayed)
                ? {unchanged: true} : null;
            }
            return {fields: readAllOf(arguments[2]), columns: columnsOf(arguments[3])};""");

    /**
     * When {@code key} is displayed and no overlay or modal background covers the page (as {@link
     * #shownAndSettled}), what {@code fields} and {@code columns} show; else null. One round trip.
     */
    Reading readWhenSettled(String key, String[] fields, String... columns) {
        return readWhenSettled(key, null, fields, columns);
    }

    /**
     * As {@link #readWhenSettled(String, String[], String...)}; when {@code key} is not shown but {@code unchangedKey}
     * is, with nothing loading (the page stayed as it was before an action), {@link #UNCHANGED}. One round trip.
     */
    Reading readWhenSettled(String key, String unchangedKey, String[] fields, String... columns) {
        List<Object> columnScripts = new ArrayList<>();
        for (String column : columns) {
            columnScripts.add(locators.script(column));
        }
        Object answer = script(
                READ_WHEN_SETTLED,
                locators.script(key),
                wait.busyOrModal(),
                scriptsOf(fields),
                columnScripts,
                unchangedKey == null ? null : locators.script(unchangedKey));
        if (!(answer instanceof Map<?, ?> map)) {
            return null;
        }
        if (Boolean.TRUE.equals(map.get("unchanged"))) {
            return UNCHANGED;
        }
        return new Reading(readAllFrom(map.get("fields"), fields), columnsFrom(map.get("columns"), columns.length));
    }

    /** {@code key} is displayed and no loading overlay or modal background covers the page: one round trip. */
    boolean shownAndSettled(String key) {
        return shownWithout(key, wait.busyOrModal());
    }

    /** {@code key} is displayed and no loading overlay covers the page (a modal's background may): one round trip. */
    boolean shownAndLoaded(String key) {
        return shownWithout(key, wait.busy());
    }

    private boolean shownWithout(String key, String overlays) {
        return Boolean.TRUE.equals(script(SHOWN_AND_SETTLED, locators.script(key), overlays));
    }

    private static final String REMOVE = Locators.withLocate("""
            locate(null, arguments[0], 'elements').forEach(function (e) { e.remove(); });""");

    /** Removes from the page every element of {@code key} (old messages that must not be read as new ones). */
    void removeAll(String key) {
        script(REMOVE, locators.script(key));
    }

    /** The {@code value} of the first element of {@code key} ("" when there is none), in one round trip. */
    String value(String key) {
        return values(key).get(key);
    }

    private static final String MARK = Locators.withLocate("""
            locate(null, arguments[0], 'elements').forEach(function (e) {
              e.setAttribute('data-secop-robot-old', '1');
            });""");

    private static final String RELOADED = Locators.withLocate("""
            return locate(null, arguments[0], 'elements').some(function (e) {
              return displayed(e) && !e.hasAttribute('data-secop-robot-old');
            });""");

    /**
     * Marks the elements found by {@code key} so that a later wait can tell the portal replaced them
     * (an AJAX reload builds new elements without the mark). One round trip.
     */
    void markForReload(String key) {
        script(MARK, locators.script(key));
    }

    /** True when an element found by {@code key} is displayed and was built after {@link #markForReload}. */
    boolean reloaded(String key) {
        return Boolean.TRUE.equals(script(RELOADED, locators.script(key)));
    }
}
