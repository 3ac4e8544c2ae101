package co.secop.robot.portal.inspect;

import co.secop.robot.portal.locate.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For a key that was not found, the controls of the page that look like what it describes: the words of
 * the key ({@code formulario.valor-neto} → "valor neto") and the texts quoted in its alternatives
 * ({@code value='Confirmar'}, {@code link:Mis contratos}) compared with each control's label, text, value
 * and title, without accents or case.
 */
final class Suggestions {

    static final int MAX = 3;
    private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]{2,})['\"]");
    private static final Set<String> NOISE = Set.of("css", "id", "de", "del", "la", "el", "los", "las", "en", "y");

    private Suggestions() {}

    static List<InventoryItem> forKey(String key, List<String> alternatives, List<InventoryItem> inventory) {
        List<String> phrases = phrases(key, alternatives);
        record Scored(InventoryItem item, double score) {}
        List<Scored> scored = new ArrayList<>();
        for (InventoryItem item : inventory) {
            double best = 0;
            for (String phrase : phrases) {
                best = Math.max(best, score(phrase, item));
            }
            if (best >= 0.5) {
                scored.add(new Scored(item, best + (item.displayed() ? 0.01 : 0)));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored.stream().limit(MAX).map(Scored::item).toList();
    }

    /** What a person would read for this key: its last part in words, and the texts its alternatives quote. */
    static List<String> phrases(String key, List<String> alternatives) {
        Set<String> phrases = new LinkedHashSet<>();
        String last = key.substring(key.lastIndexOf('.') + 1);
        phrases.add(Texts.normalize(last.replace('-', ' ')));
        for (String alternative : alternatives) {
            Matcher m = QUOTED.matcher(alternative);
            while (m.find()) {
                phrases.add(Texts.normalize(m.group(1)));
            }
            if (alternative.startsWith("link:") || alternative.startsWith("partial-link:")) {
                phrases.add(Texts.normalize(alternative.substring(alternative.indexOf(':') + 1)));
            }
        }
        phrases.removeIf(String::isBlank);
        return new ArrayList<>(phrases);
    }

    /** 3 same text, 2 contains the phrase, else the share of the phrase's words it contains. */
    private static double score(String phrase, InventoryItem item) {
        double best = 0;
        for (String field : new String[] {item.label(), item.text(), item.value(), item.title()}) {
            String text = Texts.normalize(field);
            if (text.isEmpty()) {
                continue;
            }
            if (text.equals(phrase)) {
                return 3;
            }
            if (text.contains(phrase) && text.length() <= phrase.length() * 4) {
                best = Math.max(best, 2);
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String w : phrase.split(" ")) {
                if (w.length() > 1 && !NOISE.contains(w)) {
                    words.add(w);
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            long hits = words.stream()
                    .filter(w -> (" " + text + " ").matches(".*\\b" + Pattern.quote(w) + "\\b.*"))
                    .count();
            best = Math.max(best, (double) hits / words.size());
        }
        return best;
    }
}
