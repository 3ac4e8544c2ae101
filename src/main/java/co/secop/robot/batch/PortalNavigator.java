package co.secop.robot.batch;

import co.secop.robot.portal.ContractDetailPage;
import co.secop.robot.portal.MyContractsPage;
import co.secop.robot.portal.PaymentPlanSection;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.portal.locate.SessionExpiredException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the robot signed in and brings it to a contract's Plan de pagos, the way a contractor gets
 * there: "Mis procesos" → "Mis contratos" → "Detalle" → "Ejecución del Contrato".
 */
final class PortalNavigator {

    private static final Logger LOG = LoggerFactory.getLogger(PortalNavigator.class);

    private final PortalSession portal;
    private final String loginUrl;
    private final String user;
    private final char[] password;
    private final ContractFinder finder;
    private final Optional<String> preferredCompany;
    private Optional<String> contractsUrl = Optional.empty();
    /** Logins since the run started / since the last row that finished well. */
    private int logins;

    private int reloginsWithoutProgress;

    /** The Plan de pagos the last row that finished well left open (the next row of that contract starts there). */
    private Optional<OpenPlan> openPlan = Optional.empty();

    private boolean lastRowWell;

    private record OpenPlan(String contract, Optional<String> company, PaymentPlanSection plan) {}

    /** After the first login, at most this many logins in a row (session expiries) without a row finishing well. */
    static final int MAX_RELOGINS = 3;

    PortalNavigator(
            PortalSession portal, String loginUrl, String user, char[] password, Optional<String> preferredCompany) {
        this.portal = portal;
        this.loginUrl = loginUrl;
        this.user = user;
        this.password = password;
        this.preferredCompany = preferredCompany;
        this.finder = new ContractFinder(preferredCompany);
    }

    /**
     * Signs in: once per run, plus at most {@link #MAX_RELOGINS} more after the session expired without any row
     * finishing in between (logging in again and again can make the portal lock the account or ask for a
     * captcha).
     */
    void signIn() {
        if (logins > 0 && reloginsWithoutProgress >= MAX_RELOGINS) {
            throw new PortalStayedDownException("SECOP II cerró la sesión " + (MAX_RELOGINS + 1) + " veces seguidas;"
                    + " para no arriesgar la cuenta el robot no vuelve a iniciar sesión.");
        }
        if (logins > 0) {
            reloginsWithoutProgress++;
        }
        logins++;
        portal.openLogin(loginUrl).signIn(user, new String(password)).enter(preferredCompany.orElse(null));
        LOG.info("Sesión iniciada en SECOP II como {}", user);
    }

    /**
     * Opens the contract's Plan de pagos; a contract not "En ejecución" is refused. When the previous row
     * finished well on this same contract and its plan is still shown, the row starts there.
     */
    PaymentPlanSection openPaymentPlan(String contract, Optional<String> company, StepLog steps) {
        Optional<OpenPlan> previous = lastRowWell ? openPlan : Optional.empty();
        lastRowWell = false;
        openPlan = Optional.empty();
        if (previous.isPresent()
                && previous.get().contract().equals(contract)
                && previous.get().company().equals(company)
                && portal.signedIn()
                && previous.get().plan().stillShown()) {
            // A person filing two payments of one contract stays on its plan: no "Mis contratos", no "Detalle".
            steps.add("Sigue en el «Plan de pagos» del contrato " + contract + ", abierto por la fila anterior");
            openPlan = previous;
            return previous.get().plan();
        }
        PaymentPlanSection plan = openFromMyContracts(contract, company, steps);
        openPlan = Optional.of(new OpenPlan(contract, company, plan));
        return plan;
    }

    private PaymentPlanSection openFromMyContracts(String contract, Optional<String> company, StepLog steps) {
        MyContractsPage contracts = myContracts();
        ContractFinder.Found found = finder.find(contracts, contract, company);
        steps.add("Encontró el contrato " + found.contract().number() + " en «Mis contratos» de «"
                + found.page().activeCompany() + "» (" + found.contract().state() + ")");
        if (!ContractFinder.IN_EXECUTION.equals(found.contract().state())) {
            throw new RowFailure("El contrato " + found.contract().number() + " está «"
                    + found.contract().state() + "»: solo se radican pagos de contratos «" + ContractFinder.IN_EXECUTION
                    + "».");
        }
        ContractDetailPage detail = found.page().openDetail(found.contract().number());
        PaymentPlanSection plan = detail.openPaymentPlan();
        steps.add("Abrió «Ejecución del Contrato» → «Plan de pagos»");
        return plan;
    }

    private MyContractsPage myContracts() {
        if (!portal.signedIn()) {
            signIn();
        }
        MyContractsPage page;
        try {
            page = portal.header().openMyContracts();
        } catch (SessionExpiredException e) {
            LOG.info("La sesión expiró; se inicia sesión de nuevo");
            signIn();
            page = portal.header().openMyContracts();
        }
        contractsUrl = portal.currentUrl();
        return page;
    }

    /** A row finished well: the session works, so the re-logins allowed after an expiry start again. */
    void progressed() {
        reloginsWithoutProgress = 0;
        lastRowWell = true;
    }

    /** How many times this run signed in (tests, log). */
    int logins() {
        return logins;
    }

    /** The address of "Mis contratos" as the portal showed it last (where a retry starts again). */
    Optional<String> contractsUrl() {
        return contractsUrl;
    }
}
