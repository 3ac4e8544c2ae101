package co.secop.robot.spreadsheet;

import java.text.Normalizer;
import java.util.Locale;

/** Compares column titles the way a person reads them: ignoring case, accents, spaces and punctuation. */
final class HeaderText {

    private HeaderText() {}

    /**
     * {@code "¿Número de factura o pago?"}, {@code "NUMERO_DE_FACTURA_O_PAGO"} → {@code "numerodefacturaopago"};
     * explanations in parentheses are dropped: {@code "Soportes (.zip o carpeta)"} → {@code "soportes"}.
     */
    static String key(String header) {
        if (header == null) {
            return "";
        }
        String withoutNotes = header.replaceAll("\\([^)]*\\)", " ");
        String withoutAccents =
                Normalizer.normalize(withoutNotes, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The title as the user wrote it, on one line: {@code "Valor\nneto "} → {@code "Valor neto"}. */
    static String tidy(String header) {
        return header == null ? "" : header.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }
}
