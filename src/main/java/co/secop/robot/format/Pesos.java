package co.secop.robot.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Colombian pesos as SECOP II writes them: dot for thousands, comma for decimals.
 *
 * <p>Parsing accepts what a contractor types or a spreadsheet shows: {@code $ 3.500.000},
 * {@code 3.500.000,00}, {@code 3500000}, {@code 3500000,5}, {@code 3.500.000 COP}. A lone dot followed
 * by exactly one or two digits ({@code 3500000.50}) is read as a decimal point, as a spreadsheet in
 * English would show it.
 */
public final class Pesos {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN_COMMA = Pattern.compile("\\d+(,\\d+)?");
    private static final Pattern PLAIN_DOT = Pattern.compile("\\d+\\.\\d{1,2}");

    private Pesos() {}

    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("el valor está vacío");
        }
        String cleaned = text.strip()
                .replaceAll("(?i)cop", "")
                .replace("$", "")
                .replace("\u00a0", "")
                .replace(" ", "");
        if (cleaned.startsWith("-")) {
            throw new IllegalArgumentException("el valor «" + text.strip() + "» es negativo");
        }
        BigDecimal value;
        if (GROUPED.matcher(cleaned).matches() || PLAIN_COMMA.matcher(cleaned).matches()) {
            value = new BigDecimal(cleaned.replace(".", "").replace(',', '.'));
        } else if (PLAIN_DOT.matcher(cleaned).matches()) {
            value = new BigDecimal(cleaned);
        } else {
            throw new IllegalArgumentException("«" + text.strip() + "» no es un valor en pesos válido");
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("el valor «" + text.strip() + "» tiene más de dos decimales");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The way an autoNumeric input shows it after blur: {@code 3.500.000,00}. */
    public static String input(BigDecimal value) {
        return pattern("#,##0.00").format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** Grids and forms: {@code 3.500.000,00 COP}. */
    public static String display(BigDecimal value) {
        return input(value) + " COP";
    }

    /** Lists such as "Mis contratos": {@code 42.000.000 COP}. */
    public static String list(BigDecimal value) {
        return pattern("#,##0").format(value.setScale(0, RoundingMode.HALF_UP)) + " COP";
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }
}
