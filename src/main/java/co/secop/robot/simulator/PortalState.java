package co.secop.robot.simulator;

import co.secop.robot.simulator.model.Company;
import co.secop.robot.simulator.model.Contract;
import co.secop.robot.simulator.model.CufeCheck;
import co.secop.robot.simulator.model.DianInvoice;
import co.secop.robot.simulator.model.Document;
import co.secop.robot.simulator.model.PaymentEntry;
import co.secop.robot.simulator.model.PaymentRequest;
import co.secop.robot.simulator.model.PaymentState;
import co.secop.robot.simulator.model.PlanillaLine;
import co.secop.robot.simulator.model.PortalRuleException;
import co.secop.robot.simulator.model.User;
import co.secop.robot.simulator.model.ValidPayment;
import co.secop.robot.simulator.seed.SeedData;
import co.secop.robot.simulator.seed.SeedFile;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's in-memory portal: users, companies, contracts, Plan de pagos entries and the DIAN
 * registry. Every method is atomic (one monitor); returned objects are immutable snapshots.
 * Business refusals throw {@link PortalRuleException} with the Spanish message the portal shows.
 */
public final class PortalState {

    public static final String PAID_LOCKED =
            "Una factura aprobada y marcada como pagada no podrá ser editada ni eliminada.";

    private final SeedFile seed;
    private final SimulatorClock clock;
    private final DianRegistry dian = new DianRegistry();
    private final SicopiRegistry sicopi = new SicopiRegistry();
    /**
     * The planilla lines each saved request carries, in the form's order (requests of contracts with the block):
     * a validated line with its IBC, one that was not validated without (kept only with the refusal turned off).
     */
    private final Map<String, List<PlanillaLine>> planillas = new HashMap<>();

    private volatile boolean unvalidatedPlanillasAccepted;

    private Map<String, User> users = Map.of();
    private Map<String, Company> companies = Map.of();
    private Map<Long, Contract> contracts = Map.of();
    private final Map<String, PaymentEntry> payments = new LinkedHashMap<>();
    private final Map<Long, Integer> lastSequence = new HashMap<>();
    private volatile boolean repeatedNumbersAllowed;

    public PortalState(SeedFile seed, SimulatorClock clock) {
        this.seed = seed;
        this.clock = clock;
        reset();
    }

    /** Back to the seed: contracts, entries, DIAN registry. */
    public synchronized void reset() {
        SeedData data = SeedData.build(seed, clock.now());
        users = data.users();
        companies = data.companies();
        contracts = data.contracts();
        payments.clear();
        lastSequence.clear();
        data.payments().forEach(p -> {
            payments.put(p.paymentId(), p);
            lastSequence.merge(p.contractId(), p.sequence(), Math::max);
        });
        dian.replaceAll(data.dianInvoices());
        sicopi.replaceAll(data.planillas());
        planillas.clear();
    }

    /**
     * {@code --sin-rechazo-planilla}: «Confirmar» and «Enviar» no longer refuse a request without a planilla
     * validated in SICOPI, so that the robot's own check is what keeps it from being sent.
     */
    public void acceptUnvalidatedPlanillas(boolean accepted) {
        unvalidatedPlanillasAccepted = accepted;
    }

    public boolean unvalidatedPlanillasAccepted() {
        return unvalidatedPlanillasAccepted;
    }

    public SicopiRegistry sicopi() {
        return sicopi;
    }

    /** The planilla lines of the request's form when it was last confirmed (validated ones with their IBC). */
    public synchronized List<PlanillaLine> planillas(String paymentId) {
        return planillas.getOrDefault(paymentId, List.of());
    }

    /**
     * The platform's IBC for a contract: 40 % of the monthly fee (contract value over its months), whole pesos.
     */
    public static BigDecimal ibc(Contract contract) {
        long months = contract.startDate() == null || contract.endDate() == null
                ? 12
                : Math.max(
                        1,
                        java.time.temporal.ChronoUnit.MONTHS.between(
                                        contract.startDate().toLocalDate().withDayOfMonth(1),
                                        contract.endDate().toLocalDate().withDayOfMonth(1))
                                + 1);
        return contract.value()
                .divide(BigDecimal.valueOf(months), 0, java.math.RoundingMode.HALF_UP)
                .multiply(new BigDecimal("0.40"))
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** {@code --permitir-numeros-repetidos}: «Confirmar» no longer refuses a number already used in the contract. */
    public void allowRepeatedNumbers(boolean allowed) {
        repeatedNumbersAllowed = allowed;
    }

    public DianRegistry dian() {
        return dian;
    }

    public LocalDateTime now() {
        return clock.now();
    }

    // ---------------------------------------------------------------- reads

    public synchronized Optional<User> user(String login) {
        return Optional.ofNullable(
                login == null ? null : users.get(login.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    public synchronized Optional<User> authenticate(String login, String password) {
        return user(login).filter(u -> u.password().equals(password));
    }

    public synchronized List<User> users() {
        return List.copyOf(users.values());
    }

    public synchronized Optional<Company> company(String code) {
        return Optional.ofNullable(code == null ? null : companies.get(code));
    }

    public synchronized List<Company> companiesOf(User user) {
        return user.companyCodes().stream()
                .map(companies::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    public synchronized List<Contract> contracts() {
        return List.copyOf(contracts.values());
    }

    public synchronized List<Contract> contractsOf(String companyCode) {
        return contracts.values().stream()
                .filter(c -> c.companyCode().equals(companyCode))
                .toList();
    }

    public synchronized Optional<Contract> contract(long id) {
        return Optional.ofNullable(contracts.get(id));
    }

    public synchronized Optional<Contract> contractByUniqueId(String uniqueId) {
        if (uniqueId == null || !uniqueId.startsWith(Contract.UNIQUE_PREFIX)) {
            return Optional.empty();
        }
        try {
            return contract(Long.parseLong(
                    uniqueId.substring(Contract.UNIQUE_PREFIX.length()).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public synchronized Optional<Contract> contractByNumber(String number) {
        return contracts.values().stream()
                .filter(c -> c.number().equalsIgnoreCase(number))
                .findFirst();
    }

    /** All entries of a contract, in Plan de pagos order. */
    public synchronized List<PaymentEntry> payments(long contractId) {
        return payments.values().stream()
                .filter(p -> p.contractId() == contractId)
                .sorted(Comparator.comparingInt(PaymentEntry::sequence))
                .toList();
    }

    public synchronized List<PaymentEntry> payments() {
        return payments.values().stream()
                .sorted(Comparator.comparingLong(PaymentEntry::contractId).thenComparingInt(PaymentEntry::sequence))
                .toList();
    }

    public synchronized Optional<PaymentEntry> payment(String paymentId) {
        return Optional.ofNullable(paymentId == null ? null : payments.get(paymentId.strip()));
    }

    /** Contract value minus the totals of every registered entry (except {@code excludedPaymentId}). */
    public synchronized BigDecimal unpaidBalance(long contractId, String excludedPaymentId) {
        Contract contract = requireContract(contractId);
        BigDecimal claimed = payments(contractId).stream()
                .filter(p -> !p.paymentId().equals(excludedPaymentId))
                .filter(p -> p.totalValue() != null && p.state() != PaymentState.PENDIENTE)
                .map(PaymentEntry::totalValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return contract.value().subtract(claimed).max(BigDecimal.ZERO).setScale(2);
    }

    // ---------------------------------------------------------------- supplier actions

    /**
     * "Confirmar" on the payment request form: validates everything and stores the entry as "Borrador".
     *
     * @param paymentId    null for "Crear", else the entry opened with "Registro"
     * @param issueDate    the issue date the form showed (set by the system)
     * @param validatedCufe the last successful "Validar" of this form, or null
     */
    public synchronized PaymentEntry confirm(
            long contractId,
            String paymentId,
            PaymentRequest request,
            LocalDateTime issueDate,
            List<Document> documents,
            CufeCheck validatedCufe) {
        return confirm(contractId, paymentId, request, issueDate, documents, validatedCufe, List.of(), List.of());
    }

    /**
     * @param typedPlanillas     the planilla lines the form holds when «Confirmar» is pressed
     * @param validatedPlanillas the lines SICOPI answered «Consulta exitosa» for in this form
     */
    public synchronized PaymentEntry confirm(
            long contractId,
            String paymentId,
            PaymentRequest request,
            LocalDateTime issueDate,
            List<Document> documents,
            CufeCheck validatedCufe,
            List<PlanillaLine> typedPlanillas,
            List<PlanillaLine> validatedPlanillas) {
        Contract contract = requireContract(contractId);
        requireInExecution(contract);
        PaymentEntry entry;
        if (paymentId == null || paymentId.isBlank()) {
            if (contract.entityPlan()) {
                throw new PortalRuleException("Este contrato tiene un plan de pagos definido por la entidad "
                        + "estatal: use «Registro» en la fila del pago correspondiente.");
            }
            entry = null;
        } else {
            entry = requirePayment(paymentId);
            if (entry.contractId() != contractId) {
                throw new PortalRuleException("La solicitud de pago " + paymentId + " no pertenece a este contrato.");
            }
            requireEditable(entry);
        }
        String excluded = entry == null ? null : entry.paymentId();
        List<PaymentEntry> others = repeatedNumbersAllowed
                ? List.of()
                : payments(contractId).stream()
                        .filter(p -> !p.paymentId().equals(excluded))
                        .toList();
        List<String> planillaErrors = contract.asksForPlanilla() && !unvalidatedPlanillasAccepted
                ? planillaErrors(typedPlanillas, validatedPlanillas)
                : List.of();
        ValidPayment valid;
        try {
            valid = PaymentValidator.validate(
                    request, others, unpaidBalance(contractId, excluded), documents.size(), validatedCufe);
        } catch (co.secop.robot.simulator.model.PaymentValidationException e) {
            List<String> all = new ArrayList<>(e.messages());
            all.addAll(planillaErrors);
            throw new co.secop.robot.simulator.model.PaymentValidationException(all);
        }
        if (!planillaErrors.isEmpty()) {
            throw new co.secop.robot.simulator.model.PaymentValidationException(planillaErrors);
        }
        if (entry == null) {
            int sequence = lastSequence.merge(contractId, 1, Integer::sum);
            entry = PaymentEntry.created(contractId, sequence);
        }
        PaymentEntry saved = entry.registered(valid, issueDate, documents, now());
        payments.put(saved.paymentId(), saved);
        if (contract.asksForPlanilla()) {
            planillas.put(
                    saved.paymentId(),
                    typedPlanillas.stream()
                            .map(t -> validatedPlanillas.stream()
                                    .filter(v -> v.covers(t.number(), t.paymentDate()))
                                    .findFirst()
                                    .orElse(t))
                            .toList());
        }
        return saved;
    }

    static final String PLANILLA_REQUIRED =
            "El número de planilla de seguridad social y su fecha de pago son" + " obligatorios.";
    static final String PLANILLA_NOT_VALIDATED =
            "Debe validar la planilla de seguridad social hasta que su estado sea «Consulta exitosa».";

    private static List<String> planillaErrors(List<PlanillaLine> typed, List<PlanillaLine> validated) {
        if (typed.isEmpty()) {
            return List.of(PLANILLA_REQUIRED);
        }
        boolean all =
                typed.stream().allMatch(t -> validated.stream().anyMatch(v -> v.covers(t.number(), t.paymentDate())));
        return all ? List.of() : List.of(PLANILLA_NOT_VALIDATED);
    }

    /** «Crear» accepted (variant {@code crear-con-confirmacion}): a new «Borrador» without invoice data. */
    public synchronized PaymentEntry createDraft(long contractId) {
        Contract contract = requireContract(contractId);
        requireInExecution(contract);
        if (contract.entityPlan()) {
            throw new PortalRuleException("Este contrato tiene un plan de pagos definido por la entidad "
                    + "estatal: use «Registro» en la fila del pago correspondiente.");
        }
        int sequence = lastSequence.merge(contractId, 1, Integer::sum);
        return store(PaymentEntry.created(contractId, sequence).withState(PaymentState.BORRADOR, now()));
    }

    /** "Enviar": Borrador / En edición → "Enviado a la entidad estatal". */
    public synchronized PaymentEntry send(String paymentId) {
        PaymentEntry entry = requirePayment(paymentId);
        requireInExecution(requireContract(entry.contractId()));
        requireEditable(entry);
        if (!entry.registered()) {
            throw new PortalRuleException("Debe registrar la solicitud de pago (botón «Registro») antes de enviarla.");
        }
        if (requireContract(entry.contractId()).asksForPlanilla()
                && !unvalidatedPlanillasAccepted
                && (planillas(paymentId).isEmpty()
                        || !planillas(paymentId).stream().allMatch(PlanillaLine::validated))) {
            throw new PortalRuleException("La solicitud de pago " + paymentId + " no tiene una planilla de seguridad"
                    + " social con «Consulta exitosa»: use «Registro» para validarla.");
        }
        return store(entry.withState(PaymentState.ENVIADO, now()));
    }

    /**
     * "Borrar": a plan row goes back to "Pendiente" (invoice data cleared), a created entry is removed.
     *
     * @return the plan row after clearing, or empty when the entry was removed
     */
    public synchronized Optional<PaymentEntry> delete(String paymentId) {
        PaymentEntry entry = requirePayment(paymentId);
        requireEditable(entry);
        if (entry.state() == PaymentState.PENDIENTE) {
            throw new PortalRuleException(
                    "La fila del plan de pagos " + paymentId + " no tiene información registrada.");
        }
        if (entry.planRow()) {
            return Optional.of(store(entry.cleared(now())));
        }
        payments.remove(entry.paymentId());
        return Optional.empty();
    }

    /** "Editar" in the detail of a rejected entry: Rechazado → "En edición" (same payment id). */
    public synchronized PaymentEntry edit(String paymentId) {
        PaymentEntry entry = requirePayment(paymentId);
        if (entry.state() == PaymentState.PAGADO) {
            throw new PortalRuleException(PAID_LOCKED);
        }
        if (entry.state() != PaymentState.RECHAZADO) {
            throw new PortalRuleException(
                    "Solo se pueden editar las solicitudes de pago rechazadas por la entidad estatal.");
        }
        return store(entry.withState(PaymentState.EN_EDICION, now()));
    }

    // ---------------------------------------------------------------- entity (supervisor) actions

    public synchronized PaymentEntry approve(String paymentId) {
        PaymentEntry entry = requirePayment(paymentId);
        if (entry.state() != PaymentState.ENVIADO) {
            throw new PortalRuleException("Solo se pueden aprobar solicitudes de pago en estado «"
                    + PaymentState.ENVIADO.entityLabel() + "» (" + paymentId + " está «"
                    + entry.state().entityLabel() + "»).");
        }
        return store(entry.withState(PaymentState.ACEPTADA, now()));
    }

    public synchronized PaymentEntry reject(String paymentId, String reason) {
        PaymentEntry entry = requirePayment(paymentId);
        if (entry.state() == PaymentState.PAGADO) {
            throw new PortalRuleException(PAID_LOCKED);
        }
        if (entry.state() != PaymentState.ENVIADO && entry.state() != PaymentState.ACEPTADA) {
            throw new PortalRuleException("Solo se pueden rechazar solicitudes de pago enviadas por el proveedor ("
                    + paymentId + " está «" + entry.state().entityLabel() + "»).");
        }
        if (reason == null || reason.isBlank()) {
            throw new PortalRuleException("Debe indicar el motivo del rechazo.");
        }
        return store(entry.rejected(reason.strip(), now()));
    }

    public synchronized PaymentEntry markPaid(String paymentId) {
        PaymentEntry entry = requirePayment(paymentId);
        if (entry.state() != PaymentState.ACEPTADA) {
            throw new PortalRuleException("Solo se pueden marcar como pagadas las solicitudes de pago aceptadas ("
                    + paymentId + " está «" + entry.state().entityLabel() + "»).");
        }
        return store(entry.withState(PaymentState.PAGADO, now()));
    }

    public DianInvoice registerDianInvoice(DianInvoice invoice) {
        return dian.register(invoice);
    }

    // ---------------------------------------------------------------- helpers

    private PaymentEntry store(PaymentEntry entry) {
        payments.put(entry.paymentId(), entry);
        return entry;
    }

    private Contract requireContract(long contractId) {
        Contract contract = contracts.get(contractId);
        if (contract == null) {
            throw new PortalRuleException("No existe el contrato " + contractId + ".");
        }
        return contract;
    }

    private PaymentEntry requirePayment(String paymentId) {
        PaymentEntry entry = paymentId == null ? null : payments.get(paymentId.strip());
        if (entry == null) {
            throw new PortalRuleException("No existe la solicitud de pago " + paymentId + ".");
        }
        return entry;
    }

    private static void requireInExecution(Contract contract) {
        if (!contract.inExecution()) {
            throw new PortalRuleException("El contrato " + contract.number() + " no está en ejecución ("
                    + contract.state() + "); no admite solicitudes de pago.");
        }
    }

    private static void requireEditable(PaymentEntry entry) {
        editRefusal(entry).ifPresent(message -> {
            throw new PortalRuleException(message);
        });
    }

    /** Why the supplier may not register, send or delete this entry now; empty when allowed. */
    public static Optional<String> editRefusal(PaymentEntry entry) {
        return switch (entry.state()) {
            case PENDIENTE, BORRADOR, EN_EDICION -> Optional.empty();
            case PAGADO -> Optional.of(PAID_LOCKED);
            case ENVIADO ->
                Optional.of("La solicitud de pago " + entry.paymentId()
                        + " ya fue enviada a la entidad estatal y no se puede modificar.");
            case ACEPTADA ->
                Optional.of("La solicitud de pago " + entry.paymentId()
                        + " fue aceptada por la entidad estatal y no se puede modificar.");
            case RECHAZADO ->
                Optional.of("La solicitud de pago " + entry.paymentId()
                        + " fue rechazada: abra «Detalle» y pulse «Editar» para corregirla.");
        };
    }

    /** For tests and the mock API: every entry, grouped by contract number. */
    public synchronized Map<String, List<PaymentEntry>> paymentsByContractNumber() {
        Map<String, List<PaymentEntry>> map = new LinkedHashMap<>();
        for (PaymentEntry p : payments()) {
            map.computeIfAbsent(contracts.get(p.contractId()).number(), k -> new ArrayList<>())
                    .add(p);
        }
        return map;
    }
}
