package co.secop.robot.spreadsheet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every row of a {@link PaymentSheet} and types the good ones. Never throws for what the user wrote:
 * each mistake becomes a {@link Problem} naming its row and column.
 */
public final class PaymentValidator {

    private final long maxZipBytes;
    private final FieldLimits limits;
    private final Clock clock;

    /** @param maxZipBytes the largest .zip accepted in «Soportes» (folders are zipped and checked later) */
    public PaymentValidator(long maxZipBytes) {
        this(maxZipBytes, FieldLimits.FORM);
    }

    /** @param limits the longest text each field of the portal's form keeps */
    public PaymentValidator(long maxZipBytes, FieldLimits limits) {
        this(maxZipBytes, limits, Clock.systemDefaultZone());
    }

    PaymentValidator(long maxZipBytes, FieldLimits limits, Clock clock) {
        this.maxZipBytes = maxZipBytes;
        this.limits = limits;
        this.clock = clock;
    }

    /** With the portal's limit, {@link SupportsPackager#PORTAL_MAX_BYTES}. */
    public PaymentValidator() {
        this(SupportsPackager.PORTAL_MAX_BYTES);
    }

    public ValidationReport validate(PaymentSheet sheet) {
        SupportsChecker supports = new SupportsChecker(maxZipBytes, sheet.folder(), sheet.file());
        List<Problem> problems = new ArrayList<>();
        List<PaymentRow> candidates = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            RowValidation validation = new RowValidation(sheet, row, supports, limits, LocalDate.now(clock));
            validation.validate().ifPresent(valid -> {
                candidates.add(valid);
                farPeriod(sheet, valid).ifPresent(warnings::add);
                warnings.addAll(validation.warnings());
                supports.warnings(valid.supports())
                        .forEach(text ->
                                warnings.add(new Problem(valid.rowNumber(), sheet.headerOf(Column.SUPPORTS), text)));
            });
            problems.addAll(validation.problems());
        }
        problems.addAll(DuplicateNumbers.find(sheet));
        problems.sort(Comparator.comparingInt(Problem::row));
        Set<Integer> rowsWithProblems = problems.stream().map(Problem::row).collect(Collectors.toSet());
        List<PaymentRow> valid = candidates.stream()
                .filter(row -> !rowsWithProblems.contains(row.rowNumber()))
                .toList();
        return new ValidationReport(valid, problems, warnings);
    }

    /** Months a period may be ahead of this month, or behind it, before {@code validar} points it out. */
    static final int MONTHS_AHEAD = 2;

    static final int MONTHS_BEHIND = 24;

    /**
     * A period far from today («Noviembre 2062», a year mistyped) is pointed out: the entity's plan may have no
     * row for it, and the robot never guesses one. Without the portal, today stands for the contract's dates.
     */
    private Optional<Problem> farPeriod(PaymentSheet sheet, PaymentRow row) {
        YearMonth now = YearMonth.now(clock);
        if (row.period().isAfter(now.plusMonths(MONTHS_AHEAD))
                || row.period().isBefore(now.minusMonths(MONTHS_BEHIND))) {
            return Optional.of(new Problem(
                    row.rowNumber(),
                    sheet.headerOf(Column.PERIOD),
                    "aviso: el periodo "
                            + row.periodLabel() + " está lejos de hoy (" + PeriodParser.label(now)
                            + "); revise el año. El robot"
                            + " solo lo radica en la fila del plan de pagos de ese periodo (o la de «"
                            + Column.PLAN_REFERENCE.header() + "»), nunca en otra"));
        }
        return Optional.empty();
    }
}
