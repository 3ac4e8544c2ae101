package co.secop.robot.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How the reports write dates, durations, optional values and evidence links. */
final class ReportText {

    static final Locale SPANISH = Locale.forLanguageTag("es-CO");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", SPANISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", SPANISH);
    static final String NONE = "—";
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private ReportText() {}

    static String dateTime(LocalDateTime value) {
        return value == null ? NONE : DATE_TIME.format(value);
    }

    static String time(LocalDateTime value) {
        return value == null ? NONE : TIME.format(value);
    }

    static String orNone(Optional<String> value) {
        return value == null ? NONE : value.filter(v -> !v.isBlank()).orElse(NONE);
    }

    static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** "1 h 05 min", "3 min 12 s", "45 s", "0,4 s". */
    static String duration(Duration duration) {
        if (duration == null || duration.isNegative()) {
            return NONE;
        }
        long seconds = duration.toSeconds();
        if (seconds >= 3600) {
            return String.format(SPANISH, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
        }
        if (seconds >= 60) {
            return String.format(SPANISH, "%d min %d s", seconds / 60, seconds % 60);
        }
        if (seconds >= 10 || duration.toMillis() % 1000 == 0) {
            return seconds + " s";
        }
        return String.format(SPANISH, "%.1f s", duration.toMillis() / 1000.0);
    }

    static Duration between(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? null : Duration.between(start, end);
    }

    /**
     * A relative URL for an evidence file seen from the report folder: '/' separators, each segment
     * percent-encoded (spaces, accents, '#'), so browsers and Excel both open it.
     */
    static String href(Path reportFolder, Path evidence) {
        Path relative = evidence;
        if (evidence.isAbsolute() && reportFolder != null) {
            relative = reportFolder.toAbsolutePath().normalize().relativize(evidence.normalize());
        }
        StringBuilder url = new StringBuilder();
        for (Path segment : relative.normalize()) {
            if (url.length() > 0) {
                url.append('/');
            }
            url.append(encodeSegment(segment.toString()));
        }
        return url.toString();
    }

    static String fileName(Path evidence) {
        Path name = evidence.getFileName();
        return name == null ? evidence.toString() : name.toString();
    }

    static String extension(Path evidence) {
        String name = fileName(evidence);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean isImage(Path evidence) {
        return switch (extension(evidence)) {
            case "png", "jpg", "jpeg", "gif", "webp", "bmp", "svg" -> true;
            default -> false;
        };
    }

    static boolean isPageDump(Path evidence) {
        String ext = extension(evidence);
        return ext.equals("html") || ext.equals("htm");
    }

    private static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (b >= 0 && UNRESERVED.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
