package co.secop.robot.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.WebDriver;
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
            List<String> labels = new ArrayList<>();
            for (WebElement step : d.findElements(by("detalle.pasos"))) {
                labels.add(label(step));
            }
            return labels.isEmpty() ? null : labels;
        });
    }

    /** The label of the active section. */
    public String activeSection() {
        String activeClass = locators.text("detalle.clase-paso-activo");
        for (WebElement step : driver.findElements(by("detalle.pasos"))) {
            if (hasClass(step, activeClass)) {
                return label(step);
            }
        }
        return "";
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
        String activeClass = locators.text("detalle.clase-paso-activo");
        WebElement current =
                wait.until("las secciones del contrato", d -> wait.overlayShown() ? null : step(d, sectionLabel));
        if (hasClass(current, activeClass) && shown(contentKey)) {
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
            WebElement step = step(d, sectionLabel);
            if (hasClass(step, activeClass) && reloaded(contentKey)) {
                return Boolean.TRUE;
            }
            if (Duration.between(lastClick[0], Instant.now()).compareTo(retryAfter) >= 0 && ui.tryClick(step)) {
                lastClick[0] = Instant.now();
            }
            return null;
        });
    }

    private WebElement step(WebDriver d, String sectionLabel) {
        List<String> seen = new ArrayList<>();
        for (WebElement step : d.findElements(by("detalle.pasos"))) {
            String label = label(step);
            if (sameSection(label, sectionLabel)) {
                return step;
            }
            seen.add(label);
        }
        if (seen.isEmpty()) {
            throw new org.openqa.selenium.NoSuchElementException("sin secciones todavía");
        }
        throw new PortalException(
                "El contrato no tiene la sección «" + sectionLabel + "». Secciones: " + String.join(", ", seen) + ".");
    }

    /** "7 Ejecución del Contrato" and "Ejecución del contrato" are the same section. */
    static boolean sameSection(String shown, String wanted) {
        String a = Texts.normalize(shown).replaceFirst("^\\d+\\s*[.)-]?\\s*", "");
        String b = Texts.normalize(wanted).replaceFirst("^\\d+\\s*[.)-]?\\s*", "");
        return !a.isEmpty() && a.equals(b);
    }

    private String label(WebElement step) {
        List<WebElement> labels = step.findElements(by("detalle.etiqueta-paso"));
        String text = labels.isEmpty() ? step.getText() : labels.get(0).getText();
        return Texts.clean(text);
    }

    private static boolean hasClass(WebElement element, String cssClass) {
        String classes = element.getDomAttribute("class");
        if (classes == null) {
            return false;
        }
        for (String c : classes.split("\\s+")) {
            if (c.equals(cssClass)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Back to "Mis contratos": closes this tab when "Detalle" opened one, else goes through the header menu.
     */
    public MyContractsPage backToMyContracts() {
        if (listWindow.isPresent()) {
            driver.close();
            driver.switchTo().window(listWindow.get());
            return new MyContractsPage(session).awaitLoaded();
        }
        return header().openMyContracts();
    }
}
