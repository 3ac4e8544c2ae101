package co.secop.robot.portal;

import co.secop.robot.portal.locate.Texts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.openqa.selenium.NoSuchWindowException;

/**
 * "Detalle" of a payment request: read-only values, documents, rejection reason, "Editar", "Volver". The portal
 * may show it in the plan's section or in a popup window or a new tab (docs/portal.md §19 [A]); in a window of
 * its own the driver stays there until {@link #back} or {@link #edit} close it and return to the plan.
 */
public final class PaymentDetailView extends Page {

    private final String paymentId;

    /** The window of the plan and the detail's own window, when the detail opened in another window; else null. */
    private final Windows windows;

    record Windows(String plan, String detail) {}

    private PaymentDetailView(PortalSession session, String paymentId, Reading shown, Windows windows) {
        super(session);
        this.paymentId = paymentId;
        this.windows = windows;
        this.fields = shown.fields();
        List<String> names = shown.columns().get(0);
        // Where the detail offers each file, its SHA-256 too (one more round trip, only with documents).
        List<String> hashes = names.stream().anyMatch(n -> !n.isEmpty())
                ? sha256OfLinks("detalle-pago.documentos-descarga")
                : List.of();
        this.documentsWithSizes =
                PaymentRequestForm.paired(names, shown.columns().get(1), hashes);
        this.electronicInvoiceShown = shown.columns().get(2);
        this.planillaBlock = !shown.columns().get(3).isEmpty();
        List<ShownPlanilla> lines = new java.util.ArrayList<>();
        List<String> numbers = shown.columns().get(4);
        for (int i = 0; i < numbers.size(); i++) {
            lines.add(new ShownPlanilla(
                    numbers.get(i),
                    at(shown.columns().get(5), i),
                    at(shown.columns().get(6), i),
                    at(shown.columns().get(7), i)));
        }
        this.planillas = List.copyOf(lines);
    }

    private static String at(List<String> column, int i) {
        return i < column.size() ? column.get(i) : "";
    }

    /**
     * The detail of {@code paymentId} with its fields and documents read, when the current page shows a
     * payment's detail and no loading overlay; else null. One round trip.
     */
    static PaymentDetailView readIfShown(Page page, String paymentId) {
        Reading shown = read(page, null);
        return shown == null ? null : new PaymentDetailView(page.session, paymentId, shown, null);
    }

    /** The detail shown in its own window ({@code windows.detail()}, the driver's window now); else null. */
    static PaymentDetailView readIfShownIn(Page page, String paymentId, Windows windows) {
        Reading shown = read(page, null);
        return shown == null ? null : new PaymentDetailView(page.session, paymentId, shown, windows);
    }

    /**
     * Right after «Detalle»: the detail shown in the plan's page, {@link Page#UNCHANGED} when the plan's grid is
     * still there with nothing loading (the portal may have opened the detail in another window), else null.
     * One round trip.
     */
    static Object readOrUnchanged(Page page, String paymentId) {
        Reading shown = read(page, "plan.grilla");
        if (shown == UNCHANGED) {
            return UNCHANGED;
        }
        return shown == null ? null : new PaymentDetailView(page.session, paymentId, shown, null);
    }

    private static Reading read(Page page, String unchangedKey) {
        return page.readWhenSettled(
                "detalle-pago.contenedor",
                unchangedKey,
                FIELDS,
                "detalle-pago.documentos",
                "detalle-pago.documentos-tamano",
                "detalle-pago.factura-electronica",
                "detalle-pago.planilla-bloque",
                "detalle-pago.planilla-numeros",
                "detalle-pago.planilla-fechas",
                "detalle-pago.planilla-estados",
                "detalle-pago.planilla-ibc");
    }

    private static final String[] FIELDS = {
        "detalle-pago.id-pago",
        "detalle-pago.numero-factura",
        "detalle-pago.valor-neto",
        "detalle-pago.valor-total",
        "detalle-pago.notas",
        "detalle-pago.cufe",
        "detalle-pago.fecha-vencimiento",
        "detalle-pago.estado"
    };

    /** The detail's fields and documents, read when it was shown (the detail does not change). */
    private final Map<String, String[]> fields;

    private final List<ShownDocument> documentsWithSizes;

    /** What each element of the Sí/No shows ("" for a hidden one): the portal shows the answer, hides the other. */
    private final List<String> electronicInvoiceShown;

    private final boolean planillaBlock;
    private final List<ShownPlanilla> planillas;

    private String field(String key, boolean visibleOnly) {
        return fields.get(key)[visibleOnly ? 1 : 0];
    }

    public String paymentId() {
        return field("detalle-pago.id-pago", false);
    }

    public String invoiceNumber() {
        return field("detalle-pago.numero-factura", false);
    }

    public String netValue() {
        return field("detalle-pago.valor-neto", false);
    }

    public String totalValue() {
        return field("detalle-pago.valor-total", false);
    }

    public String notes() {
        return field("detalle-pago.notas", false);
    }

    /** The state in Spanish (read with the other fields; again while the portal still shows it in English). */
    public String state() {
        String raw = field("detalle-pago.estado", false);
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
        return documentsWithSizes.stream()
                .map(ShownDocument::name)
                .filter(n -> !n.isEmpty())
                .toList();
    }

    /**
     * "¿Está obligado a facturar electrónicamente?": Sí / No as a person sees it (of two elements, the visible
     * one); empty when the detail shows neither or both.
     */
    public Optional<Boolean> electronicInvoice() {
        return yesNo(electronicInvoiceShown);
    }

    /** The one answer among the visible texts ("Sí", "No"); empty when there is none or they disagree. */
    static Optional<Boolean> yesNo(List<String> shownTexts) {
        List<String> answers = shownTexts.stream()
                .map(Texts::normalize)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
        if (answers.size() != 1) {
            return Optional.empty();
        }
        return switch (answers.get(0)) {
            case "si" -> Optional.of(true);
            case "no" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    public String cufe() {
        return field("detalle-pago.cufe", true);
    }

    /** "Fecha de vencimiento" as shown. */
    public String dueDate() {
        return field("detalle-pago.fecha-vencimiento", true);
    }

    /** The attached documents with the size the detail shows next to each ("" when it shows none). */
    public List<ShownDocument> documentsWithSizes() {
        return documentsWithSizes;
    }

    /** Whether the detail shows the social-security block (the request's form asks for the planilla). */
    public boolean showsPlanillaBlock() {
        return planillaBlock;
    }

    /** The block's lines as the detail shows them (number, payment date, state of the check, IBC). */
    public List<ShownPlanilla> planillas() {
        return planillas;
    }

    /** Whether a line's state is a successful check by the texts of {@code verificacion} («Consulta exitosa»). */
    public boolean validated(ShownPlanilla line) {
        return !line.state().isBlank()
                && OutsideCheck.verdict(locators, line.state(), CheckAnswer.Where.NEXT_TO_FIELD)
                        == CheckAnswer.Verdict.SUCCESS;
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

    /** Whether the portal showed this detail in a popup window or a new tab instead of the plan's page. */
    public boolean inSeparateWindow() {
        return windows != null;
    }

    /** "Editar": the request goes to "En edición" and the plan offers "Registro" again. */
    public PaymentPlanSection edit() {
        String before = state();
        ConfirmationBoxes boxes = new ConfirmationBoxes(session, "editar", "Editar");
        ui.click(by("detalle-pago.editar"), "«Editar» del detalle de la solicitud");
        String what = "que la solicitud «" + paymentId + "» quede en edición";
        Predicate<List<PaymentEntry>> edited = rows -> rows.stream()
                .anyMatch(r -> Texts.same(r.paymentId(), paymentId)
                        && !r.state().isEmpty()
                        && !PortalStates.normalizePayment(r.state()).equals(before));
        PaymentPlanSection plan = new PaymentPlanSection(session);
        if (windows == null) {
            plan.awaitEffect(what, boxes, edited);
            return plan;
        }
        wait.until(what, d -> editedInWindow(boxes, before));
        session.closeWindow(windows.detail(), windows.plan());
        // The plan in the first window may still show the old state: load it again, as a person would.
        PaymentPlanSection reloaded =
                new ContractDetailPage(session, Optional.empty()).reload().openPaymentPlan();
        reloaded.awaitEffect(what, boxes, edited);
        return reloaded;
    }

    /**
     * After «Editar» in the detail's own window: true once the portal closed that window (a popup that refreshes
     * the plan) or shows there a state other than {@code before} (a tab that stays).
     */
    private Boolean editedInWindow(ConfirmationBoxes boxes, String before) {
        try {
            if (!session.windowOpen(windows.detail())) {
                return true;
            }
            if (boxes.handle()) {
                return null;
            }
            PaymentDetailView again = readIfShownIn(this, paymentId, windows);
            return again != null
                    && PortalStates.isSpanishPayment(again.field("detalle-pago.estado", false))
                    && !again.state().equals(before);
        } catch (NoSuchWindowException e) {
            return true;
        }
    }

    /** "Volver" to the plan; in a window of its own, the window closed and the driver back on the plan's. */
    public PaymentPlanSection back() {
        if (windows != null) {
            session.closeWindow(windows.detail(), windows.plan());
            return new PaymentPlanSection(session).awaitLoaded();
        }
        ui.click(by("detalle-pago.volver"), "«Volver» del detalle de la solicitud");
        return new PaymentPlanSection(session).awaitLoaded();
    }
}
