package co.secop.robot.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A payment row for {@link SampleWorkbook}, valid by default, in the template's column order. */
final class PaymentCells {

    static final String CUFE = "a".repeat(64) + "0123456789abcdef0123456789abcdef";

    private final Map<Column, Object> values = new EnumMap<>(Column.class);

    private PaymentCells() {
        values.put(Column.CONTRACT, "CPS-2026-0101");
        values.put(Column.PERIOD, "Noviembre 2026");
        values.put(Column.NUMBER, "002");
        values.put(Column.ELECTRONIC_INVOICE, "No");
        values.put(Column.NET_VALUE, 3_500_000);
        values.put(Column.TOTAL_VALUE, 3_500_000);
        values.put(Column.NOTES, "Pago 2 de 12");
        values.put(Column.SUPPORTS, "soportes.zip");
    }

    static PaymentCells valid() {
        return new PaymentCells();
    }

    static List<String> headers() {
        return Arrays.stream(Column.values()).map(Column::header).toList();
    }

    PaymentCells with(Column column, Object value) {
        values.put(column, value);
        return this;
    }

    List<Object> cells() {
        List<Object> cells = new ArrayList<>();
        for (Column column : Column.values()) {
            cells.add(values.get(column));
        }
        return cells;
    }
}
