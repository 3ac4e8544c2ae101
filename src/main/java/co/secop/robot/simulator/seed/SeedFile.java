package co.secop.robot.simulator.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Shape of {@code config/simulador-semilla.json} (read with Jackson). */
public record SeedFile(
        List<SeedCompany> companies,
        List<SeedUser> users,
        List<SeedContract> contracts,
        List<SeedDianInvoice> dian,
        List<SeedPlanilla> planillas) {

    public SeedFile {
        companies = nonNull(companies);
        users = nonNull(users);
        contracts = nonNull(contracts);
        dian = nonNull(dian);
        planillas = nonNull(planillas);
    }

    public SeedFile(
            List<SeedCompany> companies,
            List<SeedUser> users,
            List<SeedContract> contracts,
            List<SeedDianInvoice> dian) {
        this(companies, users, contracts, dian, List.of());
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public record SeedCompany(String code, String name) {}

    /** {@code role}: "CONTRACTOR" (default) or "SUPERVISOR". */
    public record SeedUser(
            String login, String password, String name, String role, List<String> companies, boolean informationPopup) {
        public SeedUser {
            companies = nonNull(companies);
        }
    }

    public record SeedContract(
            long id,
            String number,
            String company,
            String entity,
            String state,
            BigDecimal value,
            String description,
            LocalDateTime signDate,
            LocalDateTime startDate,
            LocalDateTime endDate,
            boolean pendingModification,
            String supervisor,
            List<SeedPlanRow> paymentPlan,
            List<SeedEntry> entries,
            String type,
            String modality,
            String supplierKind) {
        public SeedContract {
            paymentPlan = nonNull(paymentPlan);
            entries = nonNull(entries);
        }
    }

    public record SeedPlanRow(String reference, LocalDate expectedDate, BigDecimal value) {}

    /** An entry created by the supplier before the simulator starts. {@code documents}: file names. */
    public record SeedEntry(
            String number,
            Boolean electronicInvoice,
            String cufe,
            BigDecimal netValue,
            BigDecimal totalValue,
            LocalDateTime issueDate,
            LocalDateTime dueDate,
            String notes,
            String state,
            String rejectionReason,
            List<String> documents,
            List<SeedHistory> history) {
        public SeedEntry {
            documents = nonNull(documents);
            history = nonNull(history);
        }
    }

    public record SeedHistory(String state, LocalDateTime at) {}

    /**
     * A social-security payment (PILA) the simulator's SICOPI knows: the contributor's document, the planilla's
     * number and the day it was paid; it reaches SICOPI {@code businessDays} business days later (2 to 4; 3 when
     * omitted).
     */
    public record SeedPlanilla(String document, String number, LocalDate paymentDate, Integer businessDays) {}

    /** {@code cufe} may be omitted: then it is the SHA-384 hex of the invoice number. */
    public record SeedDianInvoice(String cufe, String number, BigDecimal totalValue) {}
}
