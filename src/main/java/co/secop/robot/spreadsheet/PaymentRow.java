package co.secop.robot.spreadsheet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid payment row, typed.
 *
 * @param rowNumber         the row number Excel shows (1-based)
 * @param contract          contract number as in «Mis contratos» ({@code CPS-2026-0101}) or its numeric id
 * @param period            the month the payment is for
 * @param number            invoice or payment number, as text ({@code "002"})
 * @param electronicInvoice whether the contractor must invoice electronically
 * @param cufe              the CUFE (96 hex characters) when electronic, else null
 * @param netValue          scale 2, &gt; 0
 * @param totalValue        scale 2, &ge; netValue
 * @param dueDate           empty = keep the portal's default; a date without time means 23:59 of that day
 * @param notes             "" when empty
 * @param supports          absolute path of a .zip or a folder to zip ({@link SupportsPackager})
 * @param supervisorEmail   whom to notify, if given
 * @param company           which of the user's companies holds the contract, if given
 * @param cellTexts         the whole row as the user sees it, title → text, in sheet order (read-only)
 * @param planReference     «Referencia del plan»: the entity's plan row to register ({@code Pago 11 de 12}), if given
 * @param planillas         the social-security planillas of «Número de planilla» / «Fecha de pago de la planilla»,
 *                          in order; empty when the sheet gives none
 */
public record PaymentRow(
        int rowNumber,
        String contract,
        YearMonth period,
        String number,
        boolean electronicInvoice,
        String cufe,
        BigDecimal netValue,
        BigDecimal totalValue,
        Optional<LocalDateTime> dueDate,
        String notes,
        Path supports,
        Optional<String> supervisorEmail,
        Optional<String> company,
        Map<String, String> cellTexts,
        Optional<String> planReference,
        List<Planilla> planillas) {

    public PaymentRow(
            int rowNumber,
            String contract,
            YearMonth period,
            String number,
            boolean electronicInvoice,
            String cufe,
            BigDecimal netValue,
            BigDecimal totalValue,
            Optional<LocalDateTime> dueDate,
            String notes,
            Path supports,
            Optional<String> supervisorEmail,
            Optional<String> company,
            Map<String, String> cellTexts,
            Optional<String> planReference) {
        this(
                rowNumber,
                contract,
                period,
                number,
                electronicInvoice,
                cufe,
                netValue,
                totalValue,
                dueDate,
                notes,
                supports,
                supervisorEmail,
                company,
                cellTexts,
                planReference,
                List.of());
    }

    public PaymentRow(
            int rowNumber,
            String contract,
            YearMonth period,
            String number,
            boolean electronicInvoice,
            String cufe,
            BigDecimal netValue,
            BigDecimal totalValue,
            Optional<LocalDateTime> dueDate,
            String notes,
            Path supports,
            Optional<String> supervisorEmail,
            Optional<String> company,
            Map<String, String> cellTexts) {
        this(
                rowNumber,
                contract,
                period,
                number,
                electronicInvoice,
                cufe,
                netValue,
                totalValue,
                dueDate,
                notes,
                supports,
                supervisorEmail,
                company,
                cellTexts,
                Optional.empty());
    }

    public PaymentRow {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(netValue, "netValue");
        Objects.requireNonNull(totalValue, "totalValue");
        Objects.requireNonNull(supports, "supports");
        dueDate = dueDate == null ? Optional.empty() : dueDate;
        notes = notes == null ? "" : notes;
        supervisorEmail = supervisorEmail == null ? Optional.empty() : supervisorEmail;
        company = company == null ? Optional.empty() : company;
        planReference = planReference == null ? Optional.empty() : planReference;
        cellTexts = Collections.unmodifiableMap(new LinkedHashMap<>(cellTexts));
        planillas = planillas == null ? List.of() : List.copyOf(planillas);
    }

    /** {@code fila 3 · CPS-2026-0101 · 002}. */
    public String describe() {
        return "fila " + rowNumber + " · " + contract + " · " + number;
    }

    /** The same row with other planillas (tests, and the results of a row the portal asked none of). */
    public PaymentRow withPlanillas(List<Planilla> other) {
        return new PaymentRow(
                rowNumber,
                contract,
                period,
                number,
                electronicInvoice,
                cufe,
                netValue,
                totalValue,
                dueDate,
                notes,
                supports,
                supervisorEmail,
                company,
                cellTexts,
                planReference,
                other);
    }

    /** {@code Noviembre 2026}. */
    public String periodLabel() {
        return PeriodParser.label(period);
    }
}
