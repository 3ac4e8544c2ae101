package co.secop.robot.spreadsheet;

import co.secop.robot.format.Pesos;
import java.math.BigDecimal;

/** «Valor neto» / «Valor total»: a number cell or text such as {@code $ 3.500.000}; positive, two decimals. */
final class MoneyReader {

    private MoneyReader() {}

    static BigDecimal read(SheetCell cell) {
        BigDecimal value = switch (cell.kind()) {
            case NUMBER -> fromNumber(cell);
            case ERROR -> throw new IllegalArgumentException("la fórmula da error «" + cell.text() + "»");
            case DATE ->
                throw new IllegalArgumentException(
                        "«" + cell.text() + "» es una fecha, no un valor en pesos; revise el formato de la celda");
            default -> Pesos.parse(cell.text());
        };
        if (value.signum() == 0) {
            throw new IllegalArgumentException("el valor debe ser mayor que cero");
        }
        return value;
    }

    private static BigDecimal fromNumber(SheetCell cell) {
        BigDecimal number = cell.number();
        if (number.signum() < 0) {
            throw new IllegalArgumentException("el valor «" + cell.text() + "» es negativo");
        }
        if (number.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("el valor «" + cell.text() + "» (" + number.toPlainString()
                    + ") tiene más de dos decimales; redondéelo, por ejemplo con =REDONDEAR(...;0)");
        }
        return number.setScale(2);
    }
}
