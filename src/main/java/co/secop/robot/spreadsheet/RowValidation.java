package co.secop.robot.spreadsheet;

import co.secop.robot.format.Pesos;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Checks one sheet row, collecting every problem rather than stopping at the first. */
final class RowValidation {

    private final PaymentSheet sheet;
    private final SheetRow row;
    private final SupportsChecker supportsChecker;
    private final FieldLimits limits;
    private final LocalDate today;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    RowValidation(PaymentSheet sheet, SheetRow row, SupportsChecker supportsChecker) {
        this(sheet, row, supportsChecker, FieldLimits.FORM);
    }

    RowValidation(PaymentSheet sheet, SheetRow row, SupportsChecker supportsChecker, FieldLimits limits) {
        this(sheet, row, supportsChecker, limits, LocalDate.now());
    }

    /** @param today no planilla can have been paid after it */
    RowValidation(
            PaymentSheet sheet, SheetRow row, SupportsChecker supportsChecker, FieldLimits limits, LocalDate today) {
        this.today = today;
        this.sheet = sheet;
        this.row = row;
        this.supportsChecker = supportsChecker;
        this.limits = limits;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** What is pointed out without making the row invalid. */
    List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    /** The typed row, or empty when something is wrong (see {@link #problems()}). */
    Optional<PaymentRow> validate() {
        String contract = required(Column.CONTRACT, RowValidation::contractText);
        YearMonth period = required(Column.PERIOD, PeriodParser::parse);
        String number = required(Column.NUMBER, cell -> typable(cell.text(), limits.number(), false));
        Boolean electronic = required(Column.ELECTRONIC_INVOICE, YesNoParser::parse);
        String cufe = cufe(electronic);
        BigDecimal net = required(Column.NET_VALUE, MoneyReader::read);
        BigDecimal total = required(Column.TOTAL_VALUE, MoneyReader::read);
        if (net != null && total != null && net.compareTo(total) > 0) {
            problem(
                    Column.NET_VALUE,
                    "el valor neto (" + Pesos.input(net) + ") no puede ser mayor que el valor " + "total ("
                            + Pesos.input(total) + ")");
        }
        Optional<LocalDateTime> dueDate = optional(Column.DUE_DATE, DueDateParser::parse);
        String notes = optional(Column.NOTES, cell -> typable(cell.text(), limits.notes(), true))
                .orElse("");
        Path supports = required(Column.SUPPORTS, cell -> supportsChecker.check(cell.text()));
        Optional<String> email = optional(Column.SUPERVISOR_EMAIL, cell -> EmailAddress.parse(cell.text()));
        Optional<String> company = optional(Column.COMPANY, cell -> typable(cell.text(), Integer.MAX_VALUE, false));
        Optional<String> planReference = optional(
                Column.PLAN_REFERENCE,
                cell -> typable(cell.text(), Integer.MAX_VALUE, false).strip());
        List<Planilla> planillas = planillas(period);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PaymentRow(
                row.rowNumber(),
                contract,
                period,
                number,
                electronic,
                cufe,
                net,
                total,
                dueDate,
                notes,
                supports,
                email,
                company,
                row.cellTexts(),
                planReference,
                planillas));
    }

    /** The text as typed, or a problem when the portal's form could not take it whole. */
    private static String typable(String text, int limit, boolean multiLine) {
        Optional<String> why = (multiLine ? TextRules.multiLine(text) : TextRules.singleLine(text))
                .or(() -> TextRules.length(text, limit));
        if (why.isPresent()) {
            throw new IllegalArgumentException("el texto " + why.get());
        }
        return text;
    }

    /** A numeric id typed as a number ({@code 7784301}) reads without grouping; spaces collapsed. */
    static String contractText(SheetCell cell) {
        return cell.plainText().strip().replaceAll("\\s+", " ");
    }

    private String cufe(Boolean electronic) {
        SheetCell cell = row.cell(Column.CUFE);
        if (Boolean.TRUE.equals(electronic)) {
            if (cell.isBlank()) {
                problem(Column.CUFE, "falta el CUFE; es obligatorio cuando la factura electrónica es Sí");
                return null;
            }
            return parse(Column.CUFE, cell, c -> {
                String cufe = CufeCheck.parse(c.text());
                TextRules.length(cufe, limits.cufe()).ifPresent(why -> {
                    throw new IllegalArgumentException("el CUFE " + why);
                });
                return cufe;
            });
        }
        if (Boolean.FALSE.equals(electronic) && !cell.isBlank()) {
            problem(
                    Column.CUFE,
                    "hay CUFE pero la factura electrónica es No; borre el CUFE o cambie la " + "respuesta a Sí");
        }
        return null;
    }

    private List<Planilla> planillas(YearMonth period) {
        SheetCell numbers = row.cell(Column.PLANILLA_NUMBER);
        SheetCell dates = row.cell(Column.PLANILLA_PAYMENT_DATE);
        for (SheetCell cell : List.of(numbers, dates)) {
            if (cell.kind() == SheetCell.Kind.ERROR) {
                problem(
                        cell == numbers ? Column.PLANILLA_NUMBER : Column.PLANILLA_PAYMENT_DATE,
                        "la fórmula da error «" + cell.text() + "»");
                return List.of();
            }
        }
        PlanillaParser parser = new PlanillaParser();
        List<Planilla> planillas = parser.parse(numbers, dates, today, period);
        parser.complaints().forEach(c -> problem(c.column(), c.message()));
        parser.warnings()
                .forEach(c -> warnings.add(new Problem(row.rowNumber(), sheet.headerOf(c.column()), c.message())));
        return planillas;
    }

    private <T> T required(Column column, Function<SheetCell, T> parser) {
        SheetCell cell = row.cell(column);
        if (cell.isBlank()) {
            problem(column, "la celda está vacía y el dato es obligatorio");
            return null;
        }
        return parse(column, cell, parser);
    }

    private <T> Optional<T> optional(Column column, Function<SheetCell, T> parser) {
        SheetCell cell = row.cell(column);
        return cell.isBlank() ? Optional.empty() : Optional.ofNullable(parse(column, cell, parser));
    }

    private <T> T parse(Column column, SheetCell cell, Function<SheetCell, T> parser) {
        if (cell.kind() == SheetCell.Kind.ERROR) {
            problem(column, "la fórmula da error «" + cell.text() + "»");
            return null;
        }
        try {
            return parser.apply(cell);
        } catch (IllegalArgumentException invalid) {
            problem(column, invalid.getMessage());
            return null;
        }
    }

    private void problem(Column column, String message) {
        problems.add(new Problem(row.rowNumber(), sheet.headerOf(column), message));
    }
}
