package co.secop.robot.spreadsheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every row of a {@link PaymentSheet} and types the good ones. Never throws for what the user wrote:
 * each mistake becomes a {@link Problem} naming its row and column.
 */
public final class PaymentValidator {

    private final long maxZipBytes;

    /** @param maxZipBytes the largest .zip accepted in «Soportes» (folders are zipped and checked later) */
    public PaymentValidator(long maxZipBytes) {
        this.maxZipBytes = maxZipBytes;
    }

    /** With the portal's limit, {@link SupportsPackager#PORTAL_MAX_BYTES}. */
    public PaymentValidator() {
        this(SupportsPackager.PORTAL_MAX_BYTES);
    }

    public ValidationReport validate(PaymentSheet sheet) {
        SupportsChecker supports = new SupportsChecker(maxZipBytes, sheet.folder());
        List<Problem> problems = new ArrayList<>();
        List<PaymentRow> candidates = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            RowValidation validation = new RowValidation(sheet, row, supports);
            validation.validate().ifPresent(candidates::add);
            problems.addAll(validation.problems());
        }
        problems.addAll(DuplicateNumbers.find(sheet));
        problems.sort(Comparator.comparingInt(Problem::row));
        Set<Integer> rowsWithProblems = problems.stream().map(Problem::row).collect(Collectors.toSet());
        List<PaymentRow> valid = candidates.stream().filter(row -> !rowsWithProblems.contains(row.rowNumber())).toList();
        return new ValidationReport(valid, problems);
    }
}
