package co.secop.robot.spreadsheet;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a payment is for: {@code Noviembre 2026}, {@code noviembre de 2026}, {@code nov-2026},
 * {@code 11/2026}, {@code 2026-11}, a date ({@code 01/11/2026}) or a date cell.
 */
public final class PeriodParser {

    private static final String[] MONTHS = {
        "Enero",
        "Febrero",
        "Marzo",
        "Abril",
        "Mayo",
        "Junio",
        "Julio",
        "Agosto",
        "Septiembre",
        "Octubre",
        "Noviembre",
        "Diciembre"
    };
    private static final Map<String, Integer> MONTH_WORDS = Map.ofEntries(
            Map.entry("enero", 1),
            Map.entry("ene", 1),
            Map.entry("febrero", 2),
            Map.entry("feb", 2),
            Map.entry("marzo", 3),
            Map.entry("mar", 3),
            Map.entry("abril", 4),
            Map.entry("abr", 4),
            Map.entry("mayo", 5),
            Map.entry("may", 5),
            Map.entry("junio", 6),
            Map.entry("jun", 6),
            Map.entry("julio", 7),
            Map.entry("jul", 7),
            Map.entry("agosto", 8),
            Map.entry("ago", 8),
            Map.entry("septiembre", 9),
            Map.entry("setiembre", 9),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("set", 9),
            Map.entry("octubre", 10),
            Map.entry("oct", 10),
            Map.entry("noviembre", 11),
            Map.entry("nov", 11),
            Map.entry("diciembre", 12),
            Map.entry("dic", 12));

    private static final Pattern WORD_YEAR = Pattern.compile("([a-z]+)\\.?\\s*(?:(?:de|del)\\s+|[-/]\\s*)?(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[-/.]\\s*(\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+.*)?");

    private PeriodParser() {}

    static YearMonth parse(SheetCell cell) {
        if (cell.kind() == SheetCell.Kind.DATE) {
            return YearMonth.from(cell.dateTime());
        }
        String text = cell.text();
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip()
                .replaceAll("\\s+", " ");
        Matcher m;
        if ((m = WORD_YEAR.matcher(normalized)).matches() && MONTH_WORDS.containsKey(m.group(1))) {
            return of(text, Integer.parseInt(m.group(2)), MONTH_WORDS.get(m.group(1)));
        }
        if ((m = MONTH_YEAR.matcher(normalized)).matches()) {
            return of(text, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = YEAR_MONTH.matcher(normalized)).matches()) {
            return of(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = DAY_MONTH_YEAR.matcher(normalized)).matches()) {
            return of(text, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
        }
        throw invalid(text);
    }

    /** {@code 2026-11} → {@code "Noviembre 2026"}. */
    public static String label(YearMonth period) {
        return MONTHS[period.getMonthValue() - 1] + " " + period.getYear();
    }

    private static YearMonth of(String text, int year, int month) {
        try {
            return YearMonth.of(year, month);
        } catch (DateTimeException e) {
            throw invalid(text);
        }
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("«" + text + "» no es un periodo válido; escriba el mes y el año, "
                + "por ejemplo «Noviembre 2026» o «11/2026»");
    }
}
