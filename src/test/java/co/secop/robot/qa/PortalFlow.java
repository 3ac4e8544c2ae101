package co.secop.robot.qa;

import co.secop.robot.portal.ContractDetailPage;
import co.secop.robot.portal.MyContractsPage;
import co.secop.robot.portal.PaymentEntry;
import co.secop.robot.portal.PaymentPlanSection;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.portal.WorkAreaPage;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Short ways to where a step starts, composed only of page-object calls (the same ones the robot
 * makes): sign in with the configured contractor, reach a contract's «Plan de pagos».
 */
public final class PortalFlow {

    private final BrowserHolder browser;
    private final PortalUnderTest portal;
    private final QaWorld world;

    public PortalFlow(BrowserHolder browser, PortalUnderTest portal, QaWorld world) {
        this.browser = browser;
        this.portal = portal;
        this.world = world;
    }

    public PortalSession session() {
        return browser.session();
    }

    /** Signs in as the configured contractor; {@code company} null keeps the one the portal proposes. */
    public WorkAreaPage signIn(String company) {
        world.loginPage = session().openLogin(portal.loginUrl());
        world.companySelection = world.loginPage.signIn(QaConfig.user(), QaConfig.password());
        world.workArea = world.companySelection.enter(company);
        return world.workArea;
    }

    /** «Mis procesos › Mis contratos», signing in first when no session is open. */
    public MyContractsPage myContracts() {
        if (!session().signedIn()) {
            signIn(null);
        }
        world.contracts = session().header().openMyContracts();
        return world.contracts;
    }

    /** «Mis contratos» of the company that lists {@code contract} (switching company when needed). */
    public MyContractsPage myContractsListing(String contract) {
        MyContractsPage page = myContracts();
        if (page.contract(contract).isEmpty()) {
            for (String company : page.companies()) {
                page = page.switchCompany(company);
                if (page.contract(contract).isPresent()) {
                    break;
                }
            }
        }
        world.contracts = page;
        return page;
    }

    /** «Detalle» of the contract, then «Ejecución del Contrato» → «Plan de pagos». */
    public PaymentPlanSection openPlan(String contract) {
        ContractDetailPage detail = myContractsListing(contract).openDetail(contract);
        world.contractDetail = detail;
        world.plan = detail.openPaymentPlan();
        return world.plan;
    }

    /** The plan row with this payment id, invoice/payment number or reference ("Pago 11 de 12"). */
    public static Optional<PaymentEntry> find(List<PaymentEntry> entries, String text) {
        String wanted = normalize(text);
        return entries.stream()
                .filter(e -> normalize(e.paymentId()).equals(wanted)
                        || normalize(e.invoiceNumber()).equals(wanted))
                .findFirst()
                .or(() -> entries.stream()
                        .filter(e -> normalize(e.reference()).equals(wanted))
                        .findFirst());
    }

    public static String describe(List<PaymentEntry> entries) {
        StringBuilder text = new StringBuilder();
        for (PaymentEntry e : entries) {
            text.append(System.lineSeparator())
                    .append("  ")
                    .append(e.paymentId())
                    .append(" | ")
                    .append(e.reference())
                    .append(" | ")
                    .append(e.invoiceNumber())
                    .append(" | ")
                    .append(e.totalValue())
                    .append(" | ")
                    .append(e.state())
                    .append(" | ")
                    .append(e.actions());
        }
        return text.toString();
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return Normalizer.normalize(clean, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
