package co.secop.robot.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hides registered secrets (the SECOP password, the SMTP password...) in text that leaves the robot: the
 * run log, page HTML dumps, trace files. Each occurrence becomes {@value #MASK}.
 *
 * <p>Every character of a secret is matched in any form a serialiser may give it, so a secret is found
 * whichever escaping a browser, an HTML or XML writer, JSON, JavaScript or URL/form encoding applied, even
 * mixed: the literal character (NFC or NFD), HTML named and numeric entities (decimal or hex, also
 * escaped twice: {@code &amp;lt;}), Chromium's attribute form ({@code data-x="O'C&quot;a&lt;b&gt;&amp;"}),
 * percent-encoding of the UTF-8 (or Latin-1) bytes, {@code +} for a space, JSON/JS {@code \"},
 * {@code \\u00f1} and {@code \x27}.
 *
 * <p>Only whole occurrences are hidden: a secret that starts (ends) with a letter or digit is not masked
 * when the text has another letter, digit or {@code _} right before (after) it, so a short password
 * {@code a1} leaves {@code a1b2} alone. Thread-safe; secrets can be registered at any time.
 */
public final class SecretMasker {

    public static final String MASK = "••••••";

    private static final Map<Integer, List<String>> NAMED_ENTITIES = Map.of(
            (int) '&',
            List.of("amp"),
            (int) '<',
            List.of("lt"),
            (int) '>',
            List.of("gt"),
            (int) '"',
            List.of("quot"),
            (int) '\'',
            List.of("apos"),
            (int) ' ',
            List.of("nbsp"),
            (int) 'ñ',
            List.of("ntilde"),
            (int) 'Ñ',
            List.of("Ntilde"));

    /** Characters JSON or JavaScript may write after a backslash. */
    private static final String BACKSLASH_ESCAPED = "\"'\\/";

    private final Set<String> secrets = new LinkedHashSet<>();
    private volatile Pattern pattern;

    /** Registers a secret; null or blank values are ignored. */
    public SecretMasker register(String secret) {
        if (secret == null || secret.isBlank()) {
            return this;
        }
        synchronized (this) {
            if (secrets.add(secret)) {
                pattern = Pattern.compile(secrets.stream()
                        .sorted(Comparator.comparingInt(String::length)
                                .reversed()
                                .thenComparing(Comparator.naturalOrder()))
                        .map(SecretMasker::wholeOccurrence)
                        .collect(Collectors.joining("|")));
            }
        }
        return this;
    }

    public SecretMasker register(char[] secret) {
        return secret == null ? this : register(new String(secret));
    }

    public boolean hasSecrets() {
        return pattern != null;
    }

    /** The text with every occurrence of every registered secret replaced by {@value #MASK}; null stays null. */
    public String mask(String text) {
        Pattern current = pattern;
        if (text == null || text.isEmpty() || current == null) {
            return text;
        }
        Matcher matcher = current.matcher(text);
        return matcher.find() ? matcher.replaceAll(Matcher.quoteReplacement(MASK)) : text;
    }

    /** Rewrites a UTF-8 text file (page dump, trace) with its secrets masked; untouched when it has none. */
    public void maskFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String masked = mask(text);
            if (!masked.equals(text)) {
                Files.writeString(file, masked, StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(
                    "No se pudo ocultar la contraseña en «" + file.getFileName() + "» (" + e.getMessage() + ").",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    @Override
    public String toString() {
        return "SecretMasker[" + secrets.size() + " secretos registrados]";
    }

    /** The regular expression of one secret, with its word boundaries. */
    private static String wholeOccurrence(String secret) {
        String nfc = Normalizer.normalize(secret, Normalizer.Form.NFC);
        int[] codePoints = nfc.codePoints().toArray();
        StringBuilder regex = new StringBuilder("(?:");
        if (isWordChar(codePoints[0])) {
            regex.append("(?<![\\p{L}\\p{N}_])");
        }
        for (int cp : codePoints) {
            regex.append(anyForm(cp));
        }
        if (isWordChar(codePoints[codePoints.length - 1])) {
            regex.append("(?![\\p{L}\\p{N}_])");
        }
        return regex.append(')').toString();
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_';
    }

    /** Every way one character can be written by the serialisers the robot's output goes through. */
    private static String anyForm(int cp) {
        List<String> forms = new ArrayList<>();
        String literal = new String(Character.toChars(cp));
        forms.add(Pattern.quote(literal));
        String decomposed = Normalizer.normalize(literal, Normalizer.Form.NFD);
        if (!decomposed.equals(literal)) {
            forms.add(Pattern.quote(decomposed));
        }
        if (cp == ' ') {
            forms.add("\\+");
            forms.add("\u00a0");
        }
        // HTML/XML entities, possibly escaped a second time (&amp;lt;)
        String amp = "&(?:amp;)?";
        forms.add(amp + "#0*" + cp + ";");
        forms.add(amp + "#[xX]0*(?i:" + Integer.toHexString(cp) + ");");
        for (String name : NAMED_ENTITIES.getOrDefault(cp, List.of())) {
            forms.add(amp + (cp == '&' || cp == '<' || cp == '>' || cp == '"' ? "(?i:" + name + ")" : name) + ";");
        }
        // percent-encoding: UTF-8 bytes, Latin-1 byte, JavaScript's escape()
        forms.add(percent(literal.getBytes(StandardCharsets.UTF_8)));
        if (cp < 256) {
            forms.add(percent(new byte[] {(byte) cp}));
        }
        // JSON and JavaScript escapes
        StringBuilder utf16 = new StringBuilder();
        for (char unit : literal.toCharArray()) {
            utf16.append("\\\\u(?i:")
                    .append(String.format(Locale.ROOT, "%04x", (int) unit))
                    .append(')');
        }
        forms.add(utf16.toString());
        if (cp < 256) {
            forms.add("\\\\x(?i:" + String.format(Locale.ROOT, "%02x", cp) + ")");
            forms.add("%u(?i:" + String.format(Locale.ROOT, "%04x", cp) + ")");
        }
        // the literal forms last: at the same position an entity (&amp;) must win over its first character (&)
        forms.add(forms.remove(0));
        if (!decomposed.equals(literal)) {
            forms.add(forms.remove(0));
        }
        String any = "(?:" + String.join("|", forms) + ")";
        if (BACKSLASH_ESCAPED.indexOf(cp) >= 0) {
            // \" in JSON, also when that JSON was itself HTML- or URL-encoded (\&quot; %5C%22)
            return "(?:(?:\\\\|%5[cC])?" + any + ")";
        }
        return any;
    }

    private static String percent(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append("%(?i:")
                    .append(String.format(Locale.ROOT, "%02x", b & 0xff))
                    .append(')');
        }
        return out.toString();
    }
}
