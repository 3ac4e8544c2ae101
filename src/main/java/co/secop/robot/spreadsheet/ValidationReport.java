package co.secop.robot.spreadsheet;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of validating a sheet: the rows ready to file and every problem found. A row with any problem
 * is not among the valid rows.
 */
public record ValidationReport(List<PaymentRow> validRows, List<Problem> problems, List<Problem> warnings) {

    public ValidationReport(List<PaymentRow> validRows, List<Problem> problems) {
        this(validRows, problems, List.of());
    }

    /** @param warnings what looks wrong but may be right (a period far from today); the row is still valid */
    public ValidationReport {
        validRows = List.copyOf(validRows);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public List<Problem> problemsOfRow(int row) {
        return problems.stream().filter(problem -> problem.row() == row).toList();
    }

    /** One problem per line, in row order. */
    public String describe() {
        return problems.stream().map(Problem::describe).collect(Collectors.joining(System.lineSeparator()));
    }
}
