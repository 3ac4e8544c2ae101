package co.secop.robot.spreadsheet;

import java.util.Objects;

/**
 * Something wrong in one cell of the spreadsheet.
 *
 * @param row     the row number Excel shows
 * @param column  the column title as the user wrote it (the standard title when the column is absent)
 * @param message a Spanish sentence, capitalized and ending with a period
 */
public record Problem(int row, String column, String message) {

    public Problem {
        Objects.requireNonNull(column, "column");
        message = sentence(Objects.requireNonNull(message, "message"));
    }

    /** {@code Fila 4, columna «Valor neto»: «abc» no es un valor en pesos válido.} */
    public String describe() {
        return "Fila " + row + ", columna «" + column + "»: " + message;
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        String capitalized = Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
        return capitalized.endsWith(".") ? capitalized : capitalized + ".";
    }
}
