package co.secop.robot.spreadsheet;

import java.util.regex.Pattern;

/** A single e-mail address, checked for syntax only ({@code nombre@entidad.gov.co}). */
final class EmailAddress {

    private static final Pattern SYNTAX =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
                    + "\\.[A-Za-z]{2,}");

    private EmailAddress() {}

    static String parse(String text) {
        String address = text.strip();
        if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
            address = address.substring(7);
        }
        if (!SYNTAX.matcher(address).matches()) {
            throw new IllegalArgumentException("«" + text.strip() + "» no es un correo electrónico válido "
                    + "(escriba una sola dirección, por ejemplo supervisor@entidad.gov.co)");
        }
        return address;
    }
}
