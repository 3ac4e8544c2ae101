package co.secop.robot.spreadsheet;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How two invoice numbers are compared everywhere (sheet, portal, journal): Unicode NFKC (full-width
 * {@code ＦＥ１１８} is {@code FE118}), every run of whitespace (line breaks, tabs, NBSP) as one space, no
 * spaces at the ends, upper case. {@code "FE  118"} and {@code "fe 118"} are {@code "FE 118"}; {@code "002"}
 * and {@code "2"} stay different.
 */
public final class InvoiceNumbers {

    private InvoiceNumbers() {}

    public static String key(String number) {
        if (number == null) {
            return "";
        }
        String compatible = Normalizer.normalize(number, Normalizer.Form.NFKC);
        return compatible
                .replaceAll("[\\s\\u00a0\\u2007\\u202f\\p{Z}]+", " ")
                .strip()
                .toUpperCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && !key(a).isEmpty() && key(a).equals(key(b));
    }
}
