package co.secop.robot.portal.locate;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers: the portal pads labels with spaces, NBSPs and line breaks. */
public final class Texts {

    private Texts() {}

    /** Trims and collapses every run of whitespace (NBSP included) into one space. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** For comparisons: cleaned, lower case, without accents. */
    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    public static String abbreviate(String text, int max) {
        String cleaned = clean(text);
        return cleaned.length() <= max ? cleaned : cleaned.substring(0, max - 1) + "…";
    }
}
