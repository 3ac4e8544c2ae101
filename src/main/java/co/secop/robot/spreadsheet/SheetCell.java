package co.secop.robot.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One cell as read from the sheet: the text the user sees plus, for numbers and dates, the typed value.
 * Formula cells hold their result.
 *
 * @param text     what Excel shows (dates as {@code dd/MM/yyyy} or {@code dd/MM/yyyy HH:mm}); never null
 * @param kind     what the cell (or the formula's result) holds
 * @param number   the value of a NUMBER cell, rounded to Excel's 15 significant digits; null otherwise
 * @param dateTime the value of a DATE cell; null otherwise
 * @param formula  whether the cell is a formula
 */
public record SheetCell(String text, Kind kind, BigDecimal number, LocalDateTime dateTime, boolean formula) {

    public enum Kind {
        BLANK,
        TEXT,
        NUMBER,
        DATE,
        BOOLEAN,
        ERROR
    }

    private static final SheetCell BLANK = new SheetCell("", Kind.BLANK, null, null, false);

    public SheetCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    public static SheetCell blank() {
        return BLANK;
    }

    public static SheetCell text(String text) {
        String tidy = text == null ? "" : text.replace('\u00a0', ' ').strip();
        return tidy.isEmpty() ? BLANK : new SheetCell(tidy, Kind.TEXT, null, null, false);
    }

    public boolean isBlank() {
        return kind == Kind.BLANK || text.isBlank();
    }

    /**
     * Whether the cell says something about a payment. A formula that gives blank, zero or an error (for
     * example {@code =B9*1.19} dragged down to empty rows) does not: such rows count as empty.
     */
    public boolean isMeaningful() {
        if (isBlank()) {
            return false;
        }
        if (!formula) {
            return true;
        }
        return !(kind == Kind.ERROR || (kind == Kind.NUMBER && number.signum() == 0));
    }

    /** Whole numbers without grouping or decimals ({@code 7784301}); any other cell, its text. */
    public String plainText() {
        if (kind == Kind.NUMBER && number.stripTrailingZeros().scale() <= 0) {
            return number.setScale(0).toPlainString();
        }
        return text;
    }

    SheetCell asFormulaResult() {
        return new SheetCell(text, kind, number, dateTime, true);
    }
}
