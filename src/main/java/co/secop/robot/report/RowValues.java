package co.secop.robot.report;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.format.Pesos;
import co.secop.robot.spreadsheet.Column;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The cells of a row the reports show besides the outcome — Periodo, Valor neto, Valor total — found by
 * their title in the contractor's sheet, whatever its spelling, and the values read as pesos.
 */
public final class RowValues {

    private RowValues() {}

    /** The user's title of that column in this run's sheet, if the sheet has it. */
    public static Optional<String> header(List<String> headers, Column column) {
        return headers.stream()
                .filter(h -> Column.forHeader(h).filter(c -> c == column).isPresent())
                .findFirst();
    }

    /** The cell as the user typed it, or empty. */
    public static String text(BatchSummary summary, RowOutcome row, Column column) {
        return header(summary.headers(), column)
                .map(h -> row.inputValues().getOrDefault(h, ""))
                .orElse("")
                .strip();
    }

    /** The cell read as pesos ({@code $ 3.500.000}, {@code 3500000}...), empty when blank or unreadable. */
    public static Optional<BigDecimal> pesos(BatchSummary summary, RowOutcome row, Column column) {
        return pesos(text(summary, row, column));
    }

    static Optional<BigDecimal> pesos(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pesos.parse(text));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether this run filed the row in SECOP II (sent, or corrected and sent again). */
    public static boolean filedNow(RowOutcome row) {
        return row.status() == RowStatus.SENT || row.status() == RowStatus.CORRECTED;
    }

    /** «Total radicado»: the sum of «Valor total» of the rows this run filed. */
    public static BigDecimal totalFiled(BatchSummary summary) {
        return summary.outcomes().stream()
                .filter(RowValues::filedNow)
                .map(o -> pesos(summary, o, Column.TOTAL_VALUE).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum of «Valor total» of the rows a dry run left ready to send. */
    public static BigDecimal totalReady(BatchSummary summary) {
        return summary.outcomes().stream()
                .filter(o -> o.status() == RowStatus.DRY_RUN)
                .map(o -> pesos(summary, o, Column.TOTAL_VALUE).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** {@code $ 3.500.000} (with {@code ,50} only when there are cents). */
    public static String pesosText(BigDecimal value) {
        String input = Pesos.input(value);
        return "$ " + (input.endsWith(",00") ? input.substring(0, input.length() - 3) : input);
    }
}
