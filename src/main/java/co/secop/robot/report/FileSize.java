package co.secop.robot.report;

import java.util.Locale;

/** File sizes as people read them: {@code 850 bytes}, {@code 12,4 KB}, {@code 3,1 MB}. */
final class FileSize {

    private static final Locale SPANISH = Locale.forLanguageTag("es-CO");

    private FileSize() {}

    static String text(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(SPANISH, "%.1f KB", bytes / 1024.0);
        }
        return String.format(SPANISH, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
