package co.secop.robot.spreadsheet;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the mentions of one month in a text to the next month, keeping how they are written:
 * {@code Noviembre 2026} → {@code Diciembre 2026}, {@code soportes/2026-11/} → {@code soportes/2026-12/},
 * {@code 11/2026} → {@code 12/2026}, {@code cps-0101-noviembre.zip} → {@code cps-0101-diciembre.zip},
 * {@code DIC-2026} → {@code ENE-2027}. Only mentions of that month are moved (a year written next to the month
 * must be its year); the rest of the text is left as it is.
 */
final class MonthText {

    private static final String[] NAMES = {
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre"
    };
    private static final String[] SHORT = {
        "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"
    };
    /** Other spellings of September. */
    private static final Map<String, Integer> WORDS = Map.of("setiembre", 9, "sept", 9, "set", 9);

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern YEAR_AFTER = Pattern.compile("^(\\s*(?:de|del)\\s+|[-_/. ]?)(\\d{4})(?!\\d)");
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?<!\\d)(\\d{4})([-_/. ]?)$");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)(\\d{4})([-_/.]?)(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})([-_/.])(\\d{4})(?!\\d)");

    private record Replacement(int start, int end, String text) {}

    private MonthText() {}

    /** The text with every mention of {@code month} moved to the next month; empty when it mentions none. */
    static Optional<String> shift(String text, YearMonth month) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        YearMonth next = month.plusMonths(1);
        List<Replacement> found = new ArrayList<>();
        words(text, month, next, found);
        numbers(text, month, next, found);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        found.sort(Comparator.comparingInt(Replacement::start));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Replacement r : found) {
            if (r.start() < at) {
                continue; // overlaps one already taken
            }
            out.append(text, at, r.start()).append(r.text());
            at = r.end();
        }
        return Optional.of(out.append(text.substring(at)).toString());
    }

    /** Whether the text mentions {@code month}. */
    static boolean mentions(String text, YearMonth month) {
        return shift(text, month).isPresent();
    }

    private static void words(String text, YearMonth month, YearMonth next, List<Replacement> found) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String plain = plain(word.group());
            boolean isShort = false;
            Integer number = null;
            for (int i = 0; i < 12; i++) {
                if (NAMES[i].equals(plain)) {
                    number = i + 1;
                } else if (SHORT[i].equals(plain)) {
                    number = i + 1;
                    isShort = true;
                }
            }
            if (number == null && WORDS.containsKey(plain)) {
                number = WORDS.get(plain);
                isShort = !plain.equals("setiembre");
            }
            if (number == null || number != month.getMonthValue()) {
                continue;
            }
            String name = isShort ? SHORT[next.getMonthValue() - 1] : NAMES[next.getMonthValue() - 1];
            String replacedWord = sameCase(word.group(), name);
            Matcher after = YEAR_AFTER.matcher(text.substring(word.end()));
            Matcher before = YEAR_BEFORE.matcher(text.substring(0, word.start()));
            if (after.find() && isYear(after.group(2))) {
                if (Integer.parseInt(after.group(2)) != month.getYear()) {
                    continue;
                }
                found.add(new Replacement(
                        word.start(), word.end() + after.end(), replacedWord + after.group(1) + next.getYear()));
            } else if (before.find() && isYear(before.group(1))) {
                if (Integer.parseInt(before.group(1)) != month.getYear()) {
                    continue;
                }
                found.add(new Replacement(before.start(), word.end(), next.getYear() + before.group(2) + replacedWord));
            } else {
                found.add(new Replacement(word.start(), word.end(), replacedWord));
            }
        }
    }

    private static void numbers(String text, YearMonth month, YearMonth next, List<Replacement> found) {
        Matcher ym = YEAR_MONTH.matcher(text);
        while (ym.find()) {
            boolean joined = ym.group(2).isEmpty();
            if ((!joined || ym.group(3).length() == 2) && is(month, ym.group(1), ym.group(3))) {
                found.add(new Replacement(
                        ym.start(), ym.end(), next.getYear() + ym.group(2) + monthDigits(next, ym.group(3))));
            }
        }
        Matcher my = MONTH_YEAR.matcher(text);
        while (my.find()) {
            if (is(month, my.group(3), my.group(1))) {
                found.add(new Replacement(
                        my.start(), my.end(), monthDigits(next, my.group(1)) + my.group(2) + next.getYear()));
            }
        }
    }

    /** {@code 2026} is a year; {@code 0101} (a contract number's part) is not. */
    private static boolean isYear(String digits) {
        int year = Integer.parseInt(digits);
        return year >= 1990 && year <= 2100;
    }

    private static boolean is(YearMonth month, String year, String monthNumber) {
        return Integer.parseInt(year) == month.getYear() && Integer.parseInt(monthNumber) == month.getMonthValue();
    }

    /** {@code 09} stays two digits ({@code 10}); {@code 9} becomes {@code 10}; {@code 1} stays one digit. */
    private static String monthDigits(YearMonth next, String written) {
        return written.length() == 2 ? "%02d".formatted(next.getMonthValue()) : String.valueOf(next.getMonthValue());
    }

    private static String sameCase(String written, String name) {
        if (written.equals(written.toUpperCase(Locale.ROOT)) && written.length() > 1) {
            return name.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(written.charAt(0))) {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    private static String plain(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
