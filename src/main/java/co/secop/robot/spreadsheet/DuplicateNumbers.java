package co.secop.robot.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The portal refuses two payments with the same number in one contract: every row of such a pair (or
 * group) gets a problem naming the other rows. Contracts compare ignoring case, spaces and punctuation;
 * numbers as {@link InvoiceNumbers} compares them ({@code "FE  118"} is {@code "fe 118"}; {@code "002"} and
 * {@code "2"} differ). A contract written
 * once by number and once by numeric id cannot be matched here.
 */
final class DuplicateNumbers {

    private DuplicateNumbers() {}

    static List<Problem> find(PaymentSheet sheet) {
        Map<String, List<SheetRow>> byKey = new LinkedHashMap<>();
        for (SheetRow row : sheet.rows()) {
            SheetCell contract = row.cell(Column.CONTRACT);
            SheetCell number = row.cell(Column.NUMBER);
            if (usable(contract) && usable(number)) {
                String key = HeaderText.key(RowValidation.contractText(contract)) + "\u0000"
                        + InvoiceNumbers.key(number.text());
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (List<SheetRow> group : byKey.values()) {
            if (group.size() > 1) {
                for (SheetRow row : group) {
                    problems.add(problemFor(sheet, row, group));
                }
            }
        }
        return problems;
    }

    private static boolean usable(SheetCell cell) {
        return !cell.isBlank() && cell.kind() != SheetCell.Kind.ERROR;
    }

    private static Problem problemFor(PaymentSheet sheet, SheetRow row, List<SheetRow> group) {
        List<Integer> others = group.stream()
                .map(SheetRow::rowNumber)
                .filter(n -> n != row.rowNumber())
                .toList();
        String where = others.size() == 1 ? "la fila " + others.get(0) : "las filas " + joined(others);
        return new Problem(
                row.rowNumber(),
                sheet.headerOf(Column.NUMBER),
                "el número «"
                        + row.cell(Column.NUMBER).text() + "» del contrato «"
                        + RowValidation.contractText(row.cell(Column.CONTRACT))
                        + "» se repite en " + where
                        + "; el portal no admite dos pagos con el mismo número en un contrato");
    }

    private static String joined(List<Integer> rows) {
        String head =
                rows.subList(0, rows.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "));
        return head + " y " + rows.get(rows.size() - 1);
    }
}
