package co.secop.robot.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./secop siguiente-mes}, one row: what each cell of this month's row becomes in next month's sheet.
 * Pure: no file is read or written here ({@link NextMonthSheet} does that).
 *
 * <ul>
 *   <li>Periodo: the next month, written the same way ({@code Noviembre 2026} → {@code Diciembre 2026}, a date
 *       cell one month later).
 *   <li>Número de factura o pago: the next one after the row's own pattern ({@link NextNumber}); empty when the
 *       invoice is electronic (its provider numbers it) or there is no pattern.
 *   <li>CUFE, planilla number and date: emptied (they belong to one invoice and one payment).
 *   <li>Soportes: the same path with the month (and the number) moved; empty when the path says neither.
 *   <li>Fecha de vencimiento one month later; Notas with the month and number moved; Referencia del plan moved
 *       or emptied.
 *   <li>Contract, values, supervisor, company, account and every column of the user's own: kept.
 * </ul>
 */
public final class NextMonth {

    /** Titles of the social-security columns (issue 24), matched the way every title is. */
    static final List<String> PLANILLA_TITLES = List.of(
            "Número de planilla",
            "Fecha de pago de la planilla",
            "Planilla",
            "No. planilla",
            "Fecha de pago planilla",
            "Fecha planilla");

    /** What a cell gets. */
    public sealed interface Value permits Blank, Text, Numeric, Date {}

    public record Blank() implements Value {}

    public record Text(String text) implements Value {}

    public record Numeric(BigDecimal number) implements Value {}

    public record Date(LocalDateTime dateTime) implements Value {}

    /**
     * One cell that changes.
     *
     * @param title  the column title as written in the sheet
     * @param value  what it becomes
     * @param toFill whether the contractor must still write something there before {@code cargar}
     * @param note   why, in Spanish (empty when the change says it all)
     */
    public record Change(String title, Value value, boolean toFill, String note) {}

    /**
     * @param rowNumber   the row number Excel shows
     * @param nextPeriod  the row's new period, when its period was understood
     * @param changes     the cells that change, in the order of the rules above
     * @param newSupports the supports path the row now points to, to prepare its folder
     */
    public record RowPlan(
            int rowNumber, Optional<YearMonth> nextPeriod, List<Change> changes, Optional<String> newSupports) {

        public List<Change> toFill() {
            return changes.stream().filter(Change::toFill).toList();
        }
    }

    private final SheetRow row;
    private final Map<Column, String> titles;
    private final List<Change> changes = new ArrayList<>();
    private YearMonth period;
    private String oldNumber;
    private String newNumber;
    private String newSupports;

    private NextMonth(SheetRow row, Map<Column, String> titles) {
        this.row = row;
        this.titles = titles;
    }

    /**
     * @param titles the known columns of the sheet and their titles as written
     */
    public static RowPlan plan(SheetRow row, Map<Column, String> titles) {
        return new NextMonth(row, titles).plan();
    }

    private RowPlan plan() {
        period();
        number();
        emptyIfFilled(Column.CUFE, Boolean.TRUE.equals(electronic()), "el CUFE es de cada factura electrónica");
        planilla();
        dueDate();
        supports();
        notes();
        planReference();
        return new RowPlan(
                row.rowNumber(),
                Optional.ofNullable(period).map(p -> p.plusMonths(1)),
                List.copyOf(changes),
                Optional.ofNullable(newSupports));
    }

    private void period() {
        SheetCell cell = row.cell(Column.PERIOD);
        if (cell.isBlank() || cell.formula()) {
            return;
        }
        try {
            period = PeriodParser.parse(cell);
        } catch (IllegalArgumentException unknown) {
            return;
        }
        YearMonth next = period.plusMonths(1);
        if (cell.kind() == SheetCell.Kind.DATE) {
            change(Column.PERIOD, new Date(cell.dateTime().plusMonths(1)), false, "");
            return;
        }
        String text = MonthText.shift(cell.text(), period)
                .filter(moved -> next.equals(PeriodParser.parse(SheetCell.text(moved))))
                .orElse(PeriodParser.label(next));
        change(Column.PERIOD, new Text(text), false, "");
    }

    private Boolean electronic() {
        SheetCell cell = row.cell(Column.ELECTRONIC_INVOICE);
        try {
            return cell.isBlank() ? null : YesNoParser.parse(cell);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private void number() {
        SheetCell cell = row.cell(Column.NUMBER);
        if (cell.isBlank() || cell.formula()) {
            return;
        }
        oldNumber = cell.text();
        if (Boolean.TRUE.equals(electronic())) {
            change(
                    Column.NUMBER,
                    new Blank(),
                    true,
                    "el número de la factura electrónica lo da su proveedor de facturación; escriba el de la nueva"
                            + " factura (antes «" + oldNumber + "»)");
            return;
        }
        if (cell.kind() == SheetCell.Kind.NUMBER
                && cell.number().stripTrailingZeros().scale() <= 0
                && (period == null || !MonthText.mentions(oldNumber, period))) {
            BigDecimal next = cell.number().add(BigDecimal.ONE);
            newNumber = NextNumber.after(cell.text(), null).orElse(next.toPlainString());
            change(Column.NUMBER, new Numeric(next), false, "");
            return;
        }
        Optional<String> next = NextNumber.after(cell.text(), period);
        if (next.isEmpty()) {
            change(
                    Column.NUMBER,
                    new Blank(),
                    true,
                    "no se reconoce cómo sigue el número «" + cell.text() + "»; escriba el de este pago");
            return;
        }
        newNumber = next.get();
        change(Column.NUMBER, new Text(newNumber), false, "");
    }

    private void planilla() {
        for (Map.Entry<String, String> cell : row.cellTexts().entrySet()) {
            String key = HeaderText.key(cell.getKey().replaceAll(" \\(\\d+\\)$", ""));
            boolean planilla = PLANILLA_TITLES.stream().map(HeaderText::key).anyMatch(key::equals);
            if (planilla && !cell.getValue().isBlank()) {
                changes.add(new Change(cell.getKey(), new Blank(), true, "la planilla es de cada mes"));
            }
        }
    }

    private void dueDate() {
        SheetCell cell = row.cell(Column.DUE_DATE);
        if (cell.isBlank() || cell.formula()) {
            return;
        }
        if (cell.kind() == SheetCell.Kind.DATE) {
            change(Column.DUE_DATE, new Date(cell.dateTime().plusMonths(1)), false, "");
            return;
        }
        try {
            LocalDateTime due = DueDateParser.parse(cell);
            MonthText.shift(cell.text(), YearMonth.from(due))
                    .ifPresent(moved -> change(Column.DUE_DATE, new Text(moved), false, ""));
        } catch (IllegalArgumentException unknown) {
            // validar already says what is wrong with it
        }
    }

    private void supports() {
        SheetCell cell = row.cell(Column.SUPPORTS);
        if (cell.isBlank() || cell.formula()) {
            return;
        }
        String month = period == null ? "este mes" : monthName(period.plusMonths(1));
        Optional<String> moved = moved(cell.text());
        if (moved.isEmpty()) {
            change(
                    Column.SUPPORTS,
                    new Blank(),
                    true,
                    "la ruta «" + cell.text() + "» no lleva el mes ni el número; escriba la de los soportes de "
                            + month);
            return;
        }
        newSupports = moved.get();
        change(Column.SUPPORTS, new Text(newSupports), true, "ponga ahí los soportes de " + month);
    }

    private void notes() {
        SheetCell cell = row.cell(Column.NOTES);
        if (cell.isBlank() || cell.formula()) {
            return;
        }
        String text = moved(cell.text()).orElse(cell.text());
        boolean oldNumberLeft = newNumber == null
                && oldNumber != null
                && text.toLowerCase(java.util.Locale.ROOT).contains(oldNumber.toLowerCase(java.util.Locale.ROOT));
        if (!text.equals(cell.text()) || oldNumberLeft) {
            change(
                    Column.NOTES,
                    new Text(text),
                    false,
                    oldNumberLeft ? "revise: todavía nombran el número anterior «" + oldNumber + "»" : "");
        }
    }

    private void planReference() {
        SheetCell cell = row.cell(Column.PLAN_REFERENCE);
        if (cell.isBlank() || cell.formula()) {
            return;
        }
        Optional<String> moved = period == null ? Optional.empty() : MonthText.shift(cell.text(), period);
        if (moved.isPresent()) {
            change(Column.PLAN_REFERENCE, new Text(moved.get()), false, "");
        } else {
            change(
                    Column.PLAN_REFERENCE,
                    new Blank(),
                    false,
                    "la referencia «" + cell.text() + "» es de otro pago del plan; escriba la del nuevo o déjela"
                            + " vacía");
        }
    }

    /** The text with this month and this number moved to the next ones; empty when it mentions neither. */
    private Optional<String> moved(String text) {
        String result = period == null ? text : MonthText.shift(text, period).orElse(text);
        if (oldNumber != null && newNumber != null && oldNumber.chars().anyMatch(Character::isDigit)) {
            Matcher same = Pattern.compile(
                            "(?<![\\p{Alnum}])" + Pattern.quote(oldNumber) + "(?![\\p{Alnum}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(result);
            result = same.replaceAll(Matcher.quoteReplacement(newNumber));
        }
        return result.equals(text) ? Optional.empty() : Optional.of(result);
    }

    private void emptyIfFilled(Column column, boolean toFill, String note) {
        if (!row.cell(column).isBlank() && !row.cell(column).formula()) {
            change(column, new Blank(), toFill, note);
        }
    }

    private void change(Column column, Value value, boolean toFill, String note) {
        changes.add(new Change(titles.getOrDefault(column, column.header()), value, toFill, note));
    }

    static String monthName(YearMonth month) {
        return PeriodParser.label(month).toLowerCase(java.util.Locale.ROOT).replace(" ", " de ");
    }
}
