package co.secop.robot.simulator.web;

import co.secop.robot.simulator.PortalFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Escaping and the portal's display formats as HTML. */
public final class Html {

    private static final String ZONE = "<font class=\"DateTimeDetail\">" + PortalFormat.ZONE_LABEL + "</font>";

    private Html() {}

    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Longest text a grid cell or the company label shows before the server cuts it. */
    public static final int SHOWN_CHARACTERS = 20;

    /**
     * The text as the server cuts it for a grid or the header: more than {@value #SHOWN_CHARACTERS} characters
     * keep the first 17 and "..." ("UNIVERSIDAD DE ANTIOQUIA" → "UNIVERSIDAD DE AN..."); the whole text goes
     * in the element's {@code title}. Null gives "".
     */
    public static String cut(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        return stripped.length() <= SHOWN_CHARACTERS ? stripped : stripped.substring(0, SHOWN_CHARACTERS - 3) + "...";
    }

    /** {@code <span id class title="whole">cut</span>}, escaped. */
    public static String cutSpan(String id, String cssClass, String text) {
        return "<span" + (id == null ? "" : " id=\"" + id + "\"") + " class=\"" + cssClass + "\" title=\""
                + esc(text == null ? "" : text) + "\">" + esc(cut(text)) + "</span>";
    }

    /** "1/07/2025 12:00:00 PM ((UTC-05:00) Bogotá, Lima, Quito)" with the zone in {@code font.DateTimeDetail}. */
    public static String dateTime(LocalDateTime value) {
        if (value == null) {
            return "";
        }
        return esc(PortalFormat.dateTime(value)) + " " + ZONE;
    }

    /** "30/11/2026 ((UTC-05:00) Bogotá, Lima, Quito)". */
    public static String date(LocalDate value) {
        if (value == null) {
            return "";
        }
        return esc(PortalFormat.date(value)) + " " + ZONE;
    }

    /** "3.500.000,00 COP", empty for null. */
    public static String money(BigDecimal value) {
        return value == null ? "" : esc(PortalFormat.money(value));
    }

    /** "42.000.000 COP". */
    public static String listMoney(BigDecimal value) {
        return value == null ? "" : esc(PortalFormat.listMoney(value));
    }

    /** "3.500.000,00" for an input's value, empty for null. */
    public static String moneyInput(BigDecimal value) {
        return value == null ? "" : PortalFormat.moneyInput(value);
    }

    /** A byte count as the upload window shows it: "12,5 KB", "1,2 MB". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0)
                    .replace('.', ',');
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                .replace('.', ',');
    }

    /** The upload limit as the error message words it: "10 MB". */
    public static String limit(long bytes) {
        long mib = 1024L * 1024;
        if (bytes % mib == 0) {
            return (bytes / mib) + " MB";
        }
        if (bytes % 1024 == 0) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }
}
