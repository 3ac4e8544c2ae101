package co.secop.robot.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.WebElement;

/** "Detalle" of a payment request: read-only values, documents, rejection reason, "Editar", "Volver". */
public final class PaymentDetailView extends Page {

    private final String paymentId;

    PaymentDetailView(PortalSession session, String paymentId) {
        super(session);
        this.paymentId = paymentId;
    }

    /** True when the current page shows a payment's detail (and no loading overlay). */
    static boolean shownNow(Page page) {
        return page.shown("detalle-pago.contenedor") && !page.wait.overlayShown();
    }

    PaymentDetailView awaitShown() {
        wait.until("el detalle de la solicitud de pago", d -> shown("detalle-pago.contenedor") && !wait.overlayShown());
        return this;
    }

    public String paymentId() {
        return read("detalle-pago.id-pago");
    }

    public String invoiceNumber() {
        return read("detalle-pago.numero-factura");
    }

    public String netValue() {
        return read("detalle-pago.valor-neto");
    }

    public String totalValue() {
        return read("detalle-pago.valor-total");
    }

    public String notes() {
        return read("detalle-pago.notas");
    }

    /** The state in Spanish. */
    public String state() {
        String raw = read("detalle-pago.estado");
        if (!PortalStates.isSpanishPayment(raw)) {
            raw = wait.optional(wait.shortTimeout(), d -> {
                        String again = read("detalle-pago.estado");
                        return PortalStates.isSpanishPayment(again) ? again : null;
                    })
                    .orElse(raw);
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
        return PaymentRequestForm.paired(texts("detalle-pago.documentos"), texts("detalle-pago.documentos-tamano"));
    }

    /** The supervisor's reason, when the request was rejected. */
    public Optional<String> rejectionReason() {
        String reason = shown("detalle-pago.motivo-rechazo") ? read("detalle-pago.motivo-rechazo") : "";
        return reason.isEmpty() ? Optional.empty() : Optional.of(reason);
    }

    /** Whether the portal offers "Editar" (rejected requests). */
    public boolean canEdit() {
        return shown("detalle-pago.editar");
    }

    /** "Editar": the request goes to "En edición" and the plan offers "Registro" again. */
    public PaymentPlanSection edit() {
        String before = state();
        ConfirmationBoxes boxes = new ConfirmationBoxes(session, "editar", "Editar");
        ui.click(by("detalle-pago.editar"), "«Editar» del detalle de la solicitud");
        PaymentPlanSection plan = new PaymentPlanSection(session);
        plan.awaitEffect(
                "que la solicitud «" + paymentId + "» quede en edición",
                boxes,
                rows -> rows.stream()
                        .anyMatch(r -> Texts.same(r.paymentId(), paymentId)
                                && !r.state().isEmpty()
                                && !PortalStates.normalizePayment(r.state()).equals(before)));
        return plan;
    }

    /** "Volver" to the plan. */
    public PaymentPlanSection back() {
        ui.click(by("detalle-pago.volver"), "«Volver» del detalle de la solicitud");
        return new PaymentPlanSection(session).awaitLoaded();
    }
}
