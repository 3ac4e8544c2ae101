package co.secop.robot.simulator.seed;

import co.secop.robot.simulator.model.Company;
import co.secop.robot.simulator.model.Contract;
import co.secop.robot.simulator.model.DianInvoice;
import co.secop.robot.simulator.model.Document;
import co.secop.robot.simulator.model.HistoryEntry;
import co.secop.robot.simulator.model.PaymentEntry;
import co.secop.robot.simulator.model.PaymentState;
import co.secop.robot.simulator.model.Role;
import co.secop.robot.simulator.model.User;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The seed turned into domain objects (fresh copies on every reset). */
public record SeedData(
        Map<String, User> users,
        Map<String, Company> companies,
        Map<Long, Contract> contracts,
        List<PaymentEntry> payments,
        List<DianInvoice> dianInvoices,
        List<co.secop.robot.simulator.SicopiRegistry.Payment> planillas) {

    public static SeedData build(SeedFile seed, LocalDateTime now) {
        Map<String, Company> companies = new LinkedHashMap<>();
        seed.companies().forEach(c -> companies.put(c.code(), new Company(c.code(), c.name())));

        Map<String, User> users = new LinkedHashMap<>();
        for (SeedFile.SeedUser u : seed.users()) {
            for (String code : u.companies()) {
                require(companies.containsKey(code), "el usuario " + u.login() + " usa la empresa desconocida " + code);
            }
            Role role =
                    u.role() == null ? Role.CONTRACTOR : Role.valueOf(u.role().toUpperCase(Locale.ROOT));
            users.put(
                    u.login().toLowerCase(Locale.ROOT),
                    new User(u.login(), u.password(), u.name(), role, u.companies(), u.informationPopup()));
        }

        Map<Long, Contract> contracts = new LinkedHashMap<>();
        List<PaymentEntry> payments = new ArrayList<>();
        for (SeedFile.SeedContract c : seed.contracts()) {
            require(
                    companies.containsKey(c.company()),
                    "el contrato " + c.number() + " usa la empresa desconocida " + c.company());
            contracts.put(
                    c.id(),
                    new Contract(
                            c.id(),
                            c.number(),
                            c.company(),
                            c.entity(),
                            c.state(),
                            money(c.value()),
                            c.description(),
                            c.signDate(),
                            c.startDate(),
                            c.endDate(),
                            c.pendingModification(),
                            !c.paymentPlan().isEmpty(),
                            c.supervisor(),
                            c.type(),
                            c.modality(),
                            c.supplierKind()));
            int sequence = 0;
            for (SeedFile.SeedPlanRow row : c.paymentPlan()) {
                sequence++;
                payments.add(PaymentEntry.planRow(
                        c.id(),
                        sequence,
                        row.reference(),
                        row.expectedDate(),
                        row.value() == null ? null : money(row.value()),
                        c.signDate() == null ? now : c.signDate()));
            }
            for (SeedFile.SeedEntry e : c.entries()) {
                sequence++;
                payments.add(entry(c.id(), sequence, e));
            }
        }

        List<DianInvoice> dian = seed.dian().stream()
                .map(d -> new DianInvoice(d.cufe(), d.number(), money(d.totalValue())))
                .toList();
        List<co.secop.robot.simulator.SicopiRegistry.Payment> planillas = seed.planillas().stream()
                .map(p -> new co.secop.robot.simulator.SicopiRegistry.Payment(
                        p.document(),
                        p.number(),
                        p.paymentDate(),
                        p.businessDays() == null
                                ? co.secop.robot.simulator.SicopiRegistry.DEFAULT_BUSINESS_DAYS
                                : p.businessDays()))
                .toList();
        return new SeedData(
                Collections.unmodifiableMap(users),
                Collections.unmodifiableMap(companies),
                Collections.unmodifiableMap(contracts),
                List.copyOf(payments),
                dian,
                planillas);
    }

    private static PaymentEntry entry(long contractId, int sequence, SeedFile.SeedEntry e) {
        PaymentState state = PaymentState.fromLabel(e.state());
        List<Document> docs = e.documents().stream()
                .map(name -> Document.of(name, sampleZip(name)))
                .toList();
        List<HistoryEntry> history = e.history().isEmpty()
                ? syntheticHistory(state, e.issueDate())
                : e.history().stream()
                        .map(h -> new HistoryEntry(PaymentState.fromLabel(h.state()), h.at()))
                        .toList();
        return new PaymentEntry(
                PaymentEntry.id(contractId, sequence),
                contractId,
                sequence,
                false,
                PaymentEntry.CREATED_REFERENCE,
                null,
                null,
                e.electronicInvoice(),
                e.cufe(),
                e.number(),
                e.issueDate(),
                e.dueDate(),
                money(e.netValue()),
                money(e.totalValue()),
                e.notes(),
                state,
                e.rejectionReason(),
                docs,
                history);
    }

    private static List<HistoryEntry> syntheticHistory(PaymentState state, LocalDateTime issue) {
        List<HistoryEntry> history = new ArrayList<>();
        history.add(new HistoryEntry(PaymentState.BORRADOR, issue));
        if (state == PaymentState.BORRADOR) {
            return history;
        }
        history.add(new HistoryEntry(PaymentState.ENVIADO, issue.plusHours(1)));
        switch (state) {
            case ACEPTADA -> history.add(new HistoryEntry(PaymentState.ACEPTADA, issue.plusDays(3)));
            case PAGADO -> {
                history.add(new HistoryEntry(PaymentState.ACEPTADA, issue.plusDays(3)));
                history.add(new HistoryEntry(PaymentState.PAGADO, issue.plusDays(10)));
            }
            case RECHAZADO -> history.add(new HistoryEntry(PaymentState.RECHAZADO, issue.plusDays(2)));
            case EN_EDICION -> {
                history.add(new HistoryEntry(PaymentState.RECHAZADO, issue.plusDays(2)));
                history.add(new HistoryEntry(PaymentState.EN_EDICION, issue.plusDays(4)));
            }
            default -> {}
        }
        return history;
    }

    /** A small, valid and deterministic .zip for seeded documents. */
    static byte[] sampleZip(String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry(name.replaceAll("(?i)\\.zip$", "") + ".txt");
            entry.setTime(1_767_225_600_000L);
            zip.putNextEntry(entry);
            zip.write(("Documento de ejemplo del simulador SECOP II: " + name + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Semilla del simulador inválida: " + message);
        }
    }
}
