package co.secop.robot.spreadsheet;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sizes as a user reads them: {@code 10 MB}, {@code 12,4 MB}, {@code 850 KB}, {@code 512 bytes} (1 MB = 1024 KB). */
final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private FileSizes() {}

    static String describe(long bytes) {
        if (bytes >= MB) {
            return oneDecimal(bytes, MB) + " MB";
        }
        if (bytes >= KB) {
            return oneDecimal(bytes, KB) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String oneDecimal(long bytes, long unit) {
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP);
        return value.stripTrailingZeros().scale() <= 0
                ? value.setScale(0).toPlainString()
                : value.toPlainString().replace('.', ',');
    }
}
