package co.secop.robot.spreadsheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * «Fecha de vencimiento»: a date cell or text {@code 30/11/2026} or {@code 30/11/2026 23:59} (also
 * {@code 2026-11-30}). A date without time (a date cell at 00:00 included) means the end of that day:
 * 23:59, so the payment is not due before the day is over.
 */
final class DueDateParser {

    static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private static final Pattern DAY_FIRST =
            Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::\\d{2})?)?");
    private static final Pattern ISO =
            Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::\\d{2})?)?");

    private DueDateParser() {}

    static LocalDateTime parse(SheetCell cell) {
        if (cell.kind() == SheetCell.Kind.DATE) {
            LocalDateTime value = cell.dateTime();
            return value.toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? value.toLocalDate().atTime(END_OF_DAY)
                    : value;
        }
        String text = cell.text().strip();
        Matcher m = DAY_FIRST.matcher(text);
        if (m.matches()) {
            return build(text, m.group(3), m.group(2), m.group(1), m.group(4), m.group(5));
        }
        m = ISO.matcher(text);
        if (m.matches()) {
            return build(text, m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
        }
        throw new IllegalArgumentException("«" + text + "» no es una fecha válida; escriba dd/mm/aaaa o "
                + "dd/mm/aaaa hh:mm, por ejemplo «30/11/2026» o «30/11/2026 23:59»");
    }

    private static LocalDateTime build(String text, String year, String month, String day, String hour, String minute) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("la fecha «" + text + "» no existe en el calendario");
        }
        if (hour == null) {
            return date.atTime(END_OF_DAY);
        }
        try {
            return date.atTime(Integer.parseInt(hour), Integer.parseInt(minute));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "la hora de «" + text + "» no es válida; use 24 horas, de 00:00 " + "a 23:59");
        }
    }
}
