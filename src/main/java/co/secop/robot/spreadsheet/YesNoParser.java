package co.secop.robot.spreadsheet;

import java.util.Set;

/** «Factura electrónica»: Sí / Si / S / No / N in any case, with or without accent (and VERDADERO / FALSO). */
final class YesNoParser {

    private static final Set<String> YES = Set.of("si", "s", "verdadero", "true");
    private static final Set<String> NO = Set.of("no", "n", "falso", "false");

    private YesNoParser() {}

    static boolean parse(SheetCell cell) {
        String key = HeaderText.key(cell.text());
        if (YES.contains(key)) {
            return true;
        }
        if (NO.contains(key)) {
            return false;
        }
        throw new IllegalArgumentException("«" + cell.text() + "» no es una respuesta válida; escriba Sí o No");
    }
}
