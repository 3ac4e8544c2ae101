package co.secop.robot.batch;

import co.secop.robot.portal.ContractRow;
import co.secop.robot.portal.MyContractsPage;
import co.secop.robot.portal.PaymentDetailView;
import co.secop.robot.portal.PaymentEntry;
import co.secop.robot.portal.PaymentPlanSection;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.portal.PortalStates;
import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.spreadsheet.PaymentRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./secop estado}: reads the «Plan de pagos» of the sheet's contracts (or of every contract «En ejecución»
 * of the account, in each company it may choose) without changing anything: one login, each plan opened once,
 * «Detalle» opened only to read the entity's reason of a «Rechazado» (and left with «Volver»).
 */
public final class StatusReader {

    /**
     * What the portal shows for one row.
     *
     * @param state  the entry's state, or a Spanish explanation when there is none
     * @param reason the supervisor's reason when "Rechazado"
     */
    public record RowState(PaymentRow row, Optional<String> paymentId, String state, Optional<String> reason) {}

    /**
     * @param requests every request of the plans read
     * @param rows     the sheet's rows and what the portal shows for each (empty without a sheet)
     * @param failures the contracts that could not be read, in Spanish
     */
    public record Reading(List<RequestState> requests, List<RowState> rows, List<String> failures) {}

    private final PortalNavigator navigator;
    private final PortalSession portal;
    private final Optional<Evidence> evidence;
    private int evidenceNumber;

    public StatusReader(
            PortalSession portal, String loginUrl, String user, char[] password, Optional<String> preferredCompany) {
        this(portal, loginUrl, user, password, preferredCompany, Optional.empty());
    }

    /** @param evidence where to keep the screenshot and the HTML of every window and iframe of a plan not read */
    public StatusReader(
            PortalSession portal,
            String loginUrl,
            String user,
            char[] password,
            Optional<String> preferredCompany,
            Optional<Evidence> evidence) {
        this.navigator = new PortalNavigator(portal, loginUrl, user, password, preferredCompany);
        this.portal = portal;
        this.evidence = evidence;
    }

    /** The state of each row (see {@link #readSheet}). */
    public List<RowState> read(List<PaymentRow> rows) {
        return readSheet(rows).rows();
    }

    /** The plans of the rows' contracts, each opened once. */
    public Reading readSheet(List<PaymentRow> rows) {
        navigator.signIn();
        Map<String, List<PaymentRow>> byContract = new LinkedHashMap<>();
        for (PaymentRow row : rows) {
            byContract
                    .computeIfAbsent(
                            key(row.contract()) + "\n"
                                    + row.company().map(StatusReader::key).orElse(""),
                            k -> new ArrayList<>())
                    .add(row);
        }
        Reading reading = new Reading(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (List<PaymentRow> contractRows : byContract.values()) {
            PaymentRow first = contractRows.get(0);
            readContract(first.contract(), first.company(), contractRows, reading);
        }
        List<RowState> inSheetOrder = new ArrayList<>(reading.rows());
        inSheetOrder.sort(java.util.Comparator.comparingInt(state -> state.row().rowNumber()));
        return new Reading(reading.requests(), inSheetOrder, reading.failures());
    }

    /** The plans of every contract «En ejecución» of the account, in each company it may choose. */
    public Reading readAccount() {
        navigator.signIn();
        MyContractsPage page = navigator.myContractsPage();
        List<String> companies = page.companies();
        List<String[]> contracts = new ArrayList<>();
        for (String company : companies.isEmpty() ? List.of(page.activeCompany()) : companies) {
            if (!key(page.activeCompany()).equals(key(company))) {
                page = page.switchCompany(company);
            }
            for (ContractRow contract : page.contracts()) {
                if (ContractFinder.IN_EXECUTION.equals(contract.state())) {
                    contracts.add(new String[] {contract.number(), company});
                }
            }
        }
        Reading reading = new Reading(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String[] contract : contracts) {
            readContract(
                    contract[0],
                    companies.size() > 1 ? Optional.of(contract[1]) : Optional.empty(),
                    List.of(),
                    reading);
        }
        return reading;
    }

    private void readContract(String contract, Optional<String> company, List<PaymentRow> rows, Reading reading) {
        List<RequestState> requests = new ArrayList<>();
        try {
            PaymentPlanSection plan = navigator.openPaymentPlan(contract, company, new StepLog("Contrato " + contract));
            for (PaymentEntry entry : plan.entries()) {
                Optional<PaymentRow> row = rows.stream()
                        .filter(r -> FilingPlanner.sameNumber(entry.invoiceNumber(), r.number()))
                        .findFirst();
                Optional<String> reason = Optional.empty();
                if (PortalStates.REJECTED.equals(entry.state())) {
                    PaymentDetailView detail = plan.openDetail(entry);
                    reason = detail.rejectionReason();
                    detail.back();
                }
                requests.add(new RequestState(
                        contract,
                        company.orElse(""),
                        entry.paymentId(),
                        entry.invoiceNumber(),
                        entry.reference(),
                        entry.totalValue(),
                        entry.state(),
                        entry.lastChange(),
                        reason,
                        row,
                        false));
            }
            navigator.progressed();
        } catch (RowFailure | PortalException e) {
            int number = rows.isEmpty() ? ++evidenceNumber : rows.get(0).rowNumber();
            evidence.ifPresent(ev -> ev.failure(number, portal));
            portal.closeOtherWindows();
            reading.failures().add("Contrato " + contract + ": no se pudo leer el plan de pagos: " + e.getMessage());
            for (PaymentRow row : rows) {
                reading.rows()
                        .add(new RowState(
                                row, Optional.empty(), "No se pudo leer: " + e.getMessage(), Optional.empty()));
            }
            return;
        }
        reading.requests().addAll(requests);
        for (PaymentRow row : rows) {
            Optional<RequestState> request = requests.stream()
                    .filter(r -> r.row().filter(row::equals).isPresent())
                    .findFirst();
            reading.rows()
                    .add(request.map(r -> new RowState(row, Optional.of(r.paymentId()), r.state(), r.reason()))
                            .orElseGet(() -> new RowState(
                                    row,
                                    Optional.empty(),
                                    "Sin radicar (no hay solicitud con el número " + row.number() + ")",
                                    Optional.empty())));
        }
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
