package co.secop.robot.spreadsheet;

import java.util.Optional;

/**
 * What the robot can type into the portal. In a one-line field a line break or a tab is a keystroke (Enter,
 * or leaving the field), not text; any other control character is invisible in Excel and in the portal. In
 * «Notas» line breaks are fine, a tab is not (it moves to the next field and the rest of the text is lost).
 */
final class TextRules {

    private TextRules() {}

    /** Why this one-line text cannot be typed, or empty. */
    static Optional<String> singleLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return Optional.of("tiene un salto de línea (posición " + (i + 1) + "); escríbalo en una sola línea");
            }
            Optional<String> other = control(c, i);
            if (other.isPresent()) {
                return other;
            }
        }
        return Optional.empty();
    }

    /** Why this multi-line text («Notas») cannot be typed, or empty. */
    static Optional<String> multiLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                continue;
            }
            Optional<String> other = control(c, i);
            if (other.isPresent()) {
                return other;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> control(char c, int i) {
        if (c == '\t') {
            return Optional.of("tiene una tabulación (posición " + (i + 1) + "): al escribirla el portal pasa al "
                    + "siguiente campo y se pierde el resto; reemplácela por espacios");
        }
        int type = Character.getType(c);
        if (Character.isISOControl(c)
                || type == Character.FORMAT && c != '\u200d'
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE) {
            return Optional.of(String.format(
                    "tiene un carácter de control invisible (U+%04X, posición %d); "
                            + "bórrelo y escriba el texto de nuevo",
                    (int) c, i + 1));
        }
        return Optional.empty();
    }

    /** "tiene 60 caracteres; el formulario de SECOP II admite máximo 50 y cortaría el resto". */
    static Optional<String> length(String text, int limit) {
        int length = text.codePointCount(0, text.length());
        return length <= limit
                ? Optional.empty()
                : Optional.of("tiene " + length + " caracteres; el formulario de " + "SECOP II admite máximo " + limit
                        + " y cortaría el resto sin avisar");
    }
}
