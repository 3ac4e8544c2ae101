package co.secop.robot.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the WebDriver commands (round trips to the driver) of every browser this JVM opened with
 * {@link Browsers} (local, with a profile of the person's, or on a Grid), by command name ({@code findElements}, {@code executeScript}...). Each one is a
 * request to chromedriver and back: {@code ./secop rendimiento} reports them per row.
 */
public final class WebDriverCommands {

    private static final Map<String, LongAdder> BY_NAME = new ConcurrentHashMap<>();

    private WebDriverCommands() {}

    static void count(String command) {
        BY_NAME.computeIfAbsent(command, k -> new LongAdder()).increment();
    }

    /** Commands sent so far by every browser of this JVM. */
    public static long total() {
        return BY_NAME.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Commands sent so far, by name, most frequent first. */
    public static Map<String, Long> byName() {
        Map<String, Long> sorted = new LinkedHashMap<>();
        BY_NAME.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().sum()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
