package co.secop.robot.spreadsheet;

import java.math.BigInteger;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next invoice or payment number, following the row's own pattern: {@code 011} → {@code 012},
 * {@code CC-07} → {@code CC-08}, {@code 2026-11} → {@code 2026-12} (a number that is the month moves with the
 * month), {@code 099} → {@code 100}. Empty when the number has no digits to count on.
 */
final class NextNumber {

    /** The last run of digits: the counter in {@code CC-2026-07}. */
    private static final Pattern LAST_DIGITS = Pattern.compile("(\\d+)(?=\\D*$)");

    private NextNumber() {}

    /** @param period the row's period, or null when it is not known */
    static Optional<String> after(String number, YearMonth period) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        if (period != null) {
            Optional<String> moved = MonthText.shift(number, period);
            if (moved.isPresent()) {
                return moved;
            }
        }
        Matcher digits = LAST_DIGITS.matcher(number);
        if (!digits.find()) {
            return Optional.empty();
        }
        String counter = digits.group(1);
        String next = new BigInteger(counter).add(BigInteger.ONE).toString();
        String padded = "0".repeat(Math.max(0, counter.length() - next.length())) + next;
        return Optional.of(number.substring(0, digits.start()) + padded + number.substring(digits.end()));
    }
}
