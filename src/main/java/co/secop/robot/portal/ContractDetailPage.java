package co.secop.robot.portal;

import co.secop.robot.portal.locate.Locators;
import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.portal.locate.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.WebElement;

/**
 * The contract detail ({@code SalesContractEdit/View}) with its step manager. Sections are found by
 * their label, never by position: a pending modification adds a first step and shifts the others.
 */
public final class ContractDetailPage extends Page {

    private final Optional<String> listWindow;

    ContractDetailPage(PortalSession session, Optional<String> listWindow) {
        super(session);
        this.listWindow = listWindow;
    }

    ContractDetailPage awaitLoaded() {
        wait.until("el detalle del contrato", d -> shown("detalle.gestor-pasos") && !wait.overlayShown());
        return this;
    }

    /**
     * Loads the page again, as a person does when another window changed what it shows (the portal starts again
     * at its first section). The old page is marked, so the wait knows the new one arrived.
     */
    ContractDetailPage reload() {
        markForReload("detalle.gestor-pasos");
        driver.navigate().refresh();
        wait.until(
                "que el detalle del contrato se cargue de nuevo",
                d -> reloaded("detalle.gestor-pasos") && !wait.overlayShown());
        return this;
    }

    public HeaderMenu header() {
        return new HeaderMenu(session);
    }

    /** True when "Detalle" opened this page in a tab of its own. */
    public boolean openedInNewWindow() {
        return listWindow.isPresent();
    }

    public String contractNumber() {
        return read("detalle.numero");
    }

    /** The contract state, in Spanish. */
    public String state() {
        String raw = read("detalle.estado");
        if (PortalStates.isUntranslatedContract(raw)) {
            raw = wait.optional(wait.shortTimeout(), d -> {
                        String again = read("detalle.estado");
                        return PortalStates.isUntranslatedContract(again) ? null : again;
                    })
                    .orElse(raw);
        }
        return PortalStates.normalizeContract(raw);
    }

    /** The section labels in the order the portal shows them. */
    public List<String> sections() {
        return wait.until("leer las secciones del contrato", d -> {
            List<String> labels = steps().stream().map(Step::label).toList();
            return labels.isEmpty() ? null : labels;
        });
    }

    /** The label of the active section. */
    public String activeSection() {
        return steps().stream()
                .filter(Step::active)
                .map(Step::label)
                .findFirst()
                .orElse("");
    }

    /** Section 7 "Ejecución del Contrato" → "Plan de pagos". */
    public PaymentPlanSection openPaymentPlan() {
        openSection(locators.text("detalle.seccion-ejecucion"), "plan.contenedor");
        return new PaymentPlanSection(session).awaitLoaded();
    }

    /**
     * Clicks the section with this label and waits until it is the active one and {@code contentKey}
     * (a locator of the section's content) is displayed. The click is repeated if the portal ignored it.
     */
    private void openSection(String sectionLabel, String contentKey) {
        Step current = wait.until("las secciones del contrato", d -> wait.overlayShown() ? null : step(sectionLabel));
        if (current.active() && shown(contentKey)) {
            return;
        }
        markForReload(contentKey);
        Instant[] lastClick = {Instant.MIN};
        Duration retryAfter =
                wait.shortTimeout().compareTo(Duration.ofSeconds(5)) > 0 ? wait.shortTimeout() : Duration.ofSeconds(5);
        wait.until("abrir la sección «" + sectionLabel + "» del contrato", d -> {
            if (wait.overlayShown()) {
                return null;
            }
            Step step = step(sectionLabel);
            if (step.active() && reloaded(contentKey)) {
                return Boolean.TRUE;
            }
            if (Duration.between(lastClick[0], Instant.now()).compareTo(retryAfter) >= 0
                    && ui.tryClick(step.element())) {
                lastClick[0] = Instant.now();
            }
            return null;
        });
    }

    private Step step(String sectionLabel) {
        List<Step> steps = steps();
        for (Step step : steps) {
            if (sameSection(step.label(), sectionLabel)) {
                return step;
            }
        }
        if (steps.isEmpty()) {
            throw new org.openqa.selenium.NoSuchElementException("sin secciones todavía");
        }
        throw new PortalException("El contrato no tiene la sección «" + sectionLabel + "». Secciones: "
                + String.join(", ", steps.stream().map(Step::label).toList()) + ".");
    }

    /** One section of the step manager: its element, the label a person reads and whether it is the open one. */
    private record Step(WebElement element, String label, boolean active) {}

    private static final String STEPS = Locators.withLocate("""
            var steps = locate(null, arguments[0], 'elements'), labelKey = arguments[1], active = arguments[2];
            return steps.map(function (step) {
              var labels = locate(step, labelKey, 'elements');
              return [step, clean((labels.length ? labels[0] : step).innerText), step.classList.contains(active)];
            });""");

    /** Every section with its label and state, in one round trip. */
    private List<Step> steps() {
        Object answer = script(
                STEPS,
                locators.script("detalle.pasos"),
                locators.script("detalle.etiqueta-paso"),
                locators.text("detalle.clase-paso-activo"));
        List<Step> steps = new ArrayList<>();
        if (answer instanceof List<?> rows) {
            for (Object row : rows) {
                List<?> cells = (List<?>) row;
                steps.add(new Step(
                        (WebElement) cells.get(0),
                        Texts.clean(String.valueOf(cells.get(1))),
                        Boolean.TRUE.equals(cells.get(2))));
            }
        }
        return steps;
    }

    /** "7 Ejecución del Contrato" and "Ejecución del contrato" are the same section. */
    static boolean sameSection(String shown, String wanted) {
        String a = Texts.normalize(shown).replaceFirst("^\\d+\\s*[.)-]?\\s*", "");
        String b = Texts.normalize(wanted).replaceFirst("^\\d+\\s*[.)-]?\\s*", "");
        return !a.isEmpty() && a.equals(b);
    }

    /**
     * Back to "Mis contratos": closes this tab when "Detalle" opened one, else goes through the header menu.
     */
    public MyContractsPage backToMyContracts() {
        if (listWindow.isPresent()) {
            driver.close();
            session.toWindow(listWindow.get());
            return new MyContractsPage(session).awaitLoaded();
        }
        return header().openMyContracts();
    }
}
