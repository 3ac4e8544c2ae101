package co.secop.robot.portal;

import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "Detalle" of a payment request: read-only values, documents, rejection reason, "Editar", "Volver". */
public final class PaymentDetailView extends Page {

    private final String paymentId;

    PaymentDetailView(PortalSession session, String paymentId) {
        super(session);
        this.paymentId = paymentId;
    }

    PaymentDetailView awaitShown() {
        wait.until("el detalle de la solicitud de pago", d -> shown("detalle-pago.contenedor") && !wait.overlayShown());
        return this;
    }

    public String paymentId() {
        return ui.text(by("detalle-pago.id-pago"));
    }

    public String invoiceNumber() {
        return ui.text(by("detalle-pago.numero-factura"));
    }

    public String netValue() {
        return ui.text(by("detalle-pago.valor-neto"));
    }

    public String totalValue() {
        return ui.text(by("detalle-pago.valor-total"));
    }

    public String notes() {
        return ui.text(by("detalle-pago.notas"));
    }

    /** The state in Spanish. */
    public String state() {
        String raw = ui.text(by("detalle-pago.estado"));
        if (!PortalStates.isSpanishPayment(raw)) {
            raw = wait.optional(wait.shortTimeout(), d -> {
                String again = ui.text(by("detalle-pago.estado"));
                return PortalStates.isSpanishPayment(again) ? again : null;
            }).orElse(raw);
        }
        return PortalStates.normalizePayment(raw);
    }

    /** Names of the attached documents. */
    public List<String> documents() {
        List<String> names = new ArrayList<>();
        for (WebElement span : driver.findElements(by("detalle-pago.documentos"))) {
            String name = Texts.clean(span.getText());
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** "¿Está obligado a facturar electrónicamente?": Sí / No, empty when the detail does not say. */
    public Optional<Boolean> electronicInvoice() {
        String shownText = Texts.normalize(ui.text(by("detalle-pago.factura-electronica")));
        if (shownText.equals("si")) {
            return Optional.of(true);
        }
        return shownText.equals("no") ? Optional.of(false) : Optional.empty();
    }

    public String cufe() {
        return ui.text(by("detalle-pago.cufe"));
    }

    /** "Fecha de vencimiento" as shown. */
    public String dueDate() {
        return ui.text(by("detalle-pago.fecha-vencimiento"));
    }

    /** The attached documents with the size the detail shows next to each ("" when it shows none). */
    public List<ShownDocument> documentsWithSizes() {
        return PaymentRequestForm.paired(driver.findElements(by("detalle-pago.documentos")),
                driver.findElements(by("detalle-pago.documentos-tamano")));
    }

    /** The supervisor's reason, when the request was rejected. */
    public Optional<String> rejectionReason() {
        WebElement reason = PortalWait.displayed(driver, by("detalle-pago.motivo-rechazo"));
        return reason == null ? Optional.empty() : Optional.of(Texts.clean(reason.getText()));
    }

    /** Whether the portal offers "Editar" (rejected requests). */
    public boolean canEdit() {
        return shown("detalle-pago.editar");
    }

    /** "Editar": the request goes to "En edición" and the plan offers "Registro" again. */
    public PaymentPlanSection edit() {
        String before = state();
        ui.click(by("detalle-pago.editar"), "«Editar» del detalle de la solicitud");
        PaymentPlanSection plan = new PaymentPlanSection(session);
        wait.until("que la solicitud «" + paymentId + "» quede en edición", d -> plan.ready()
                && plan.read(false).stream().anyMatch(r -> Texts.same(r.paymentId(), paymentId)
                && !r.state().isEmpty() && !PortalStates.normalizePayment(r.state()).equals(before)));
        return plan;
    }

    /** "Volver" to the plan. */
    public PaymentPlanSection back() {
        ui.click(by("detalle-pago.volver"), "«Volver» del detalle de la solicitud");
        return new PaymentPlanSection(session).awaitLoaded();
    }
}
