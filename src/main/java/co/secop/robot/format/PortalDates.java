package co.secop.robot.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as SECOP II types and shows them. All portal times are Bogotá time. */
public final class PortalDates {

    public static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    public static final String ZONE_LABEL = "((UTC-05:00) Bogotá, Lima, Quito)";

    /** What a date box accepts: {@code 30/11/2026 23:59}, 24-hour. */
    public static final DateTimeFormatter INPUT =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d/MM/uuuu h:mm:ss a", Locale.US);
    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern SHOWN =
            Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AP]M)?)?");

    private PortalDates() {}

    public static LocalDateTime now() {
        return LocalDateTime.now(BOGOTA).withSecond(0).withNano(0);
    }

    public static String input(LocalDateTime value) {
        return INPUT.format(value);
    }

    public static LocalDateTime parseInput(String text) {
        try {
            return LocalDateTime.parse(text.strip(), INPUT);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("«" + text + "» no es una fecha dd/MM/aaaa HH:mm válida", e);
        }
    }

    /** {@code 1/07/2025 12:00:00 PM ((UTC-05:00) Bogotá, Lima, Quito)}. */
    public static String display(LocalDateTime value) {
        return DISPLAY.format(value) + " " + ZONE_LABEL;
    }

    /** {@code 30/11/2026 ((UTC-05:00) Bogotá, Lima, Quito)}. */
    public static String displayDate(LocalDate value) {
        return DISPLAY_DATE.format(value) + " " + ZONE_LABEL;
    }

    /**
     * Reads a date the portal shows, ignoring the zone label and any relative prefix such as
     * "6 días para terminar". Empty when the text holds no date.
     */
    public static Optional<LocalDateTime> parseDisplayed(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHOWN.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        String meridiem = m.group(7);
        if ("PM".equals(meridiem) && hour < 12) {
            hour += 12;
        } else if ("AM".equals(meridiem) && hour == 12) {
            hour = 0;
        }
        try {
            return Optional.of(LocalDateTime.of(
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)),
                    hour,
                    minute,
                    second));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
