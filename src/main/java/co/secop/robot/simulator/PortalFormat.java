package co.secop.robot.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The simulator's own copy of the portal's money and date formats (docs/portal.md §12). Kept apart from
 * the robot's formatting on purpose: if both shared one class, a wrong format would go unnoticed.
 */
public final class PortalFormat {

    public static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    public static final String ZONE_LABEL = "((UTC-05:00) Bogotá, Lima, Quito)";

    private static final DateTimeFormatter INPUT =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d/MM/uuuu h:mm:ss a", Locale.US);
    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN_COMMA = Pattern.compile("\\d+(,\\d+)?");
    private static final Pattern PLAIN_DOT = Pattern.compile("\\d+\\.\\d{1,2}");

    private PortalFormat() {}

    /** What a money box holds after blur: "3.500.000,00". */
    public static String moneyInput(BigDecimal value) {
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
        String plain = cents.abs().toPlainString();
        int dot = plain.indexOf('.');
        return (cents.signum() < 0 ? "-" : "") + group(plain.substring(0, dot)) + "," + plain.substring(dot + 1);
    }

    /** Grids and forms: "3.500.000,00 COP". */
    public static String money(BigDecimal value) {
        return moneyInput(value) + " COP";
    }

    /** Lists such as "Mis contratos": "42.000.000 COP". */
    public static String listMoney(BigDecimal value) {
        BigDecimal whole = value.setScale(0, RoundingMode.HALF_UP);
        return (whole.signum() < 0 ? "-" : "") + group(whole.abs().toPlainString()) + " COP";
    }

    private static String group(String digits) {
        StringBuilder out = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /**
     * What a person may type in a money box: "3.500.000,00", "3500000", "3500000,5", "$ 3.500.000 COP", or
     * "3500000.50" (a lone dot with one or two decimals). Two decimals at most.
     *
     * @throws IllegalArgumentException when the text is not a valid amount
     */
    public static BigDecimal parseMoney(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("el valor está vacío");
        }
        String cleaned = text.strip()
                .replaceAll("(?i)cop", "")
                .replace("$", "")
                .replace("\u00a0", "")
                .replace(" ", "");
        BigDecimal value;
        if (GROUPED.matcher(cleaned).matches() || PLAIN_COMMA.matcher(cleaned).matches()) {
            value = new BigDecimal(cleaned.replace(".", "").replace(',', '.'));
        } else if (PLAIN_DOT.matcher(cleaned).matches()) {
            value = new BigDecimal(cleaned);
        } else {
            throw new IllegalArgumentException("«" + text.strip() + "» no es un valor en pesos válido");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("«" + text.strip() + "» tiene más de dos decimales");
        }
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** A date box's value: "30/11/2026 23:59" (24 hours). */
    public static String dateInput(LocalDateTime value) {
        return INPUT.format(value);
    }

    /** @throws IllegalArgumentException when the text is not "dd/MM/aaaa HH:mm" */
    public static LocalDateTime parseDateInput(String text) {
        try {
            return LocalDateTime.parse(text.strip(), INPUT);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("«" + text + "» no es una fecha dd/MM/aaaa HH:mm válida", e);
        }
    }

    /** "1/07/2025 12:00:00 PM" (day not padded; the zone label goes apart). */
    public static String dateTime(LocalDateTime value) {
        return DISPLAY.format(value);
    }

    /** "30/11/2026" (the zone label goes apart). */
    public static String date(LocalDate value) {
        return DISPLAY_DATE.format(value);
    }

    /** "30/11/2026" → the day; {@link DateTimeParseException} when it is not one. */
    public static LocalDate parseDay(String text) {
        return LocalDate.parse(text.strip(), DISPLAY_DATE.withResolverStyle(java.time.format.ResolverStyle.STRICT));
    }
}
