package co.secop.robot.spreadsheet;

import java.util.regex.Pattern;

/** The CUFE of an electronic invoice: 96 hexadecimal characters (a SHA-384). Whitespace from copying is removed. */
final class CufeCheck {

    static final int LENGTH = 96;
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]*");

    private CufeCheck() {}

    static String parse(String text) {
        String cufe = text.replaceAll("\\s+", "");
        if (cufe.length() != LENGTH || !HEX.matcher(cufe).matches()) {
            String what = HEX.matcher(cufe).matches()
                    ? "tiene " + cufe.length() + " caracteres"
                    : "tiene caracteres que no son hexadecimales";
            throw new IllegalArgumentException(
                    "el CUFE debe tener " + LENGTH + " caracteres hexadecimales " + "(0-9 y a-f); el escrito " + what);
        }
        return cufe;
    }
}
