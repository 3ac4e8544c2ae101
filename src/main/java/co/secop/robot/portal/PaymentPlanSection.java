package co.secop.robot.portal;

import co.secop.robot.format.PortalDates;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.openqa.selenium.WebElement;

/** Section "Ejecución del Contrato" → "Plan de pagos": the payment requests of the contract. */
public final class PaymentPlanSection extends Page {

    private static final String[][] ACTIONS = {
        {PaymentEntry.REGISTER, "plan.registro"},
        {PaymentEntry.SEND, "plan.enviar"},
        {PaymentEntry.DELETE, "plan.borrar"},
        {PaymentEntry.DETAIL, "plan.detalle"},
    };

    private Optional<String> lastQuestion = Optional.empty();

    PaymentPlanSection(PortalSession session) {
        super(session);
    }

    /** The confirmation question the portal asked (and the robot accepted) during the last «Enviar» or «Borrar». */
    public Optional<String> lastConfirmation() {
        return lastQuestion;
    }

    PaymentPlanSection awaitLoaded() {
        wait.until("el «Plan de pagos» del contrato", d -> ready());
        return this;
    }

    private static final String READY = Locators.withLocate("""
            var keys = arguments[0];
            var shownBy = function (key) { return locate(null, key, 'elements').some(displayed); };
            return !anyOverlay(arguments[1]) && shownBy(keys.plan) && !shownBy(keys.detail)
              && (locate(null, keys.grid, 'elements').length > 0 || shownBy(keys.create));""");

    /** One look: the plan is still the page shown, ready for the next action (false on any doubt). */
    public boolean stillShown() {
        try {
            return ready();
        } catch (org.openqa.selenium.WebDriverException e) {
            return false;
        }
    }

    /** The plan is shown, no payment detail over it, nothing loading, and its grid (or «Crear») is there. */
    boolean ready() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("plan", locators.script("plan.contenedor"));
        keys.put("detail", locators.script("detalle-pago.contenedor"));
        keys.put("grid", locators.script("plan.grilla"));
        keys.put("create", locators.script("plan.crear"));
        return Boolean.TRUE.equals(
                script(READY, keys, locators.css("espera.capas") + ", " + locators.css("espera.capas-modales")));
    }

    /**
     * Waits until the portal rebuilt the section (marked with {@link #markForReload} before the action) and
     * {@code done} holds for its rows; fails with the portal's message when it shows an error instead.
     */
    PaymentPlanSection awaitReload(String what, Predicate<List<PaymentEntry>> done) {
        wait.until(what, d -> {
            if (!shown("plan.contenedor") && shown("detalle.gestor-pasos") && !wait.overlayShown()) {
                // Back on the contract after a form shown as a page: the plan is one section among others.
                new ContractDetailPage(session, Optional.empty()).openPaymentPlan();
            }
            if (!reloaded("plan.contenedor") || !ready()) {
                return false;
            }
            // Only now the messages belong to this action: the portal rebuilt the whole section.
            WebElement error = PortalWait.displayed(d, by("mensajes.error"));
            if (error != null && !Texts.clean(error.getText()).isEmpty()) {
                throw new PortalException("SECOP II respondió con un error: " + Texts.clean(error.getText()));
            }
            return done.test(read(false));
        });
        return this;
    }

    /** Whether the contract has no entity plan and offers "Crear". */
    public boolean hasCreateButton() {
        return shown("plan.crear");
    }

    /** The rows of the plan, states in Spanish. */
    public List<PaymentEntry> entries() {
        List<PaymentEntry> rows = wait.until("leer el plan de pagos", d -> read(true));
        if (rows.stream().anyMatch(r -> !r.state().isEmpty() && !PortalStates.isSpanishPayment(r.state()))) {
            // The translator may still be replacing English texts ("Sent" → "Enviado a la entidad estatal").
            rows = wait.optional(wait.shortTimeout(), d -> {
                        List<PaymentEntry> again = read(true);
                        return again.stream().allMatch(r -> PortalStates.isSpanishPayment(r.state())) ? again : null;
                    })
                    .orElse(rows);
        }
        List<PaymentEntry> normalized = new ArrayList<>();
        for (PaymentEntry r : rows) {
            normalized.add(new PaymentEntry(
                    r.index(),
                    r.paymentId(),
                    r.reference(),
                    r.expectedDate(),
                    r.invoiceNumber(),
                    r.totalValue(),
                    PortalStates.normalizePayment(r.state()),
                    r.actions()));
        }
        return normalized;
    }

    /** The row with this payment id or invoice number, if any. */
    public Optional<PaymentEntry> entry(String paymentIdOrInvoiceNumber) {
        return entries().stream()
                .filter(e -> Texts.same(e.paymentId(), paymentIdOrInvoiceNumber)
                        || e.hasInvoiceNumber(paymentIdOrInvoiceNumber))
                .findFirst();
    }

    /** "Crear": a new payment request (contracts without an entity plan). */
    public PaymentRequestForm create() {
        ConfirmationBoxes boxes = new ConfirmationBoxes(session, "crear", "Crear");
        return PaymentRequestForm.open(
                session, () -> ui.click(by("plan.crear"), "el botón «Crear» del plan de pagos"), boxes);
    }

    /** "Registro" of a row: the form opens with the row's current values and documents. */
    public PaymentRequestForm register(PaymentEntry entry) {
        int i = indexOf(entry);
        ConfirmationBoxes boxes = new ConfirmationBoxes(session, "registro", "Registro");
        return PaymentRequestForm.open(
                session,
                () -> ui.click("«Registro» de la fila «" + label(entry) + "»", d -> rowButton(i, "plan.registro")),
                boxes);
    }

    /**
     * "Enviar" of a row, pressed ONCE. A confirmation box, if the portal shows one, is accepted once (its text
     * goes to the steps); success is read from the plan: the row's state changes. Whatever the dialogs do,
     * «Enviar» is never pressed a second time here.
     */
    public PaymentPlanSection send(PaymentEntry entry) {
        int i = indexOf(entry);
        String id = entry.paymentId();
        String before = stateOf(id).orElse(entry.state());
        ConfirmationBoxes boxes = new ConfirmationBoxes(session, "enviar", "Enviar");
        ui.click("«Enviar» de la fila «" + label(entry) + "»", d -> rowButton(i, "plan.enviar"));
        awaitEffect(
                "que la solicitud «" + label(entry) + "» quede enviada",
                boxes,
                rows -> rows.stream()
                        .anyMatch(r -> Texts.same(r.paymentId(), id)
                                && !r.state().isEmpty()
                                && !PortalStates.normalizePayment(r.state()).equals(before)));
        lastQuestion = boxes.acceptedQuestion();
        return this;
    }

    /** "Borrar" of a row (its confirmation accepted): the row disappears, or an entity plan row goes back to "Pendiente". */
    public PaymentPlanSection delete(PaymentEntry entry) {
        int i = indexOf(entry);
        String id = entry.paymentId();
        String before = stateOf(id).orElse(entry.state());
        ConfirmationBoxes boxes = new ConfirmationBoxes(session, "borrar", "Borrar");
        ui.click("«Borrar» de la fila «" + label(entry) + "»", d -> rowButton(i, "plan.borrar"));
        awaitEffect(
                "que se borre la solicitud «" + label(entry) + "»",
                boxes,
                rows -> rows.stream()
                        .noneMatch(r -> Texts.same(r.paymentId(), id)
                                && PortalStates.normalizePayment(r.state()).equals(before)));
        lastQuestion = boxes.acceptedQuestion();
        return this;
    }

    /** "Detalle" of a row. */
    public PaymentDetailView openDetail(PaymentEntry entry) {
        int i = indexOf(entry);
        ui.click("«Detalle» de la fila «" + label(entry) + "»", d -> rowButton(i, "plan.detalle"));
        ConfirmationBoxes boxes = new ConfirmationBoxes(session, "detalle", "Detalle");
        wait.until("el detalle de la solicitud de pago", d -> !boxes.handle() && PaymentDetailView.shownNow(this));
        return new PaymentDetailView(session, entry.paymentId()).awaitShown();
    }

    /**
     * Waits for an action's effect on the rows, accepting a known confirmation box on the way, and fails
     * with the portal's message when it shows an error instead.
     */
    void awaitEffect(String what, ConfirmationBoxes boxes, Predicate<List<PaymentEntry>> done) {
        wait.until(what, d -> {
            if (boxes.handle() || wait.overlayShown()) {
                return false;
            }
            String error = read("mensajes.error");
            if (!error.isEmpty() && PortalWait.isDisplayed(d, by("mensajes.error"))) {
                throw new PortalException("SECOP II respondió con un error: " + error);
            }
            return ready() && done.test(read(false));
        });
        String message = shown("mensajes.panel") ? read("mensajes.panel") : "";
        if (!message.isEmpty()) {
            session.step("SECOP II mostró el mensaje «" + Texts.abbreviate(message, 200) + "»");
        }
    }

    private Optional<String> stateOf(String paymentId) {
        return read(false).stream()
                .filter(r -> Texts.same(r.paymentId(), paymentId))
                .findFirst()
                .map(r -> PortalStates.normalizePayment(r.state()));
    }

    private static final String ROW_OF = Locators.withLocate("""
            var found = locate(null, arguments[0], 'elements');
            return found.length ? (found[0].closest('tr') || found[0].parentElement) : null;""");

    /** The grid row ({@code tr}) of the payment with index {@code i}, found by its id span. */
    WebElement rowElement(int i) {
        Object row = script(ROW_OF, locators.script("plan.id-pago", i));
        return row instanceof WebElement element ? element : null;
    }

    /** A button of row {@code i}, looked up inside the row only (a button text is the same on every row). */
    private WebElement rowButton(int i, String key) {
        WebElement row = rowElement(i);
        return row == null ? null : PortalWait.displayed(row, by(key, i));
    }

    private static String label(PaymentEntry entry) {
        return entry.paymentId().isEmpty() ? entry.invoiceNumber() : entry.paymentId();
    }

    /** The row index now: the section may have been rebuilt since {@code entry} was read. */
    private int indexOf(PaymentEntry entry) {
        awaitLoaded();
        List<PaymentEntry> now = wait.until("leer el plan de pagos", d -> read(false));
        for (PaymentEntry e : now) {
            if (!entry.paymentId().isEmpty() && Texts.same(e.paymentId(), entry.paymentId())) {
                return e.index();
            }
        }
        if (entry.paymentId().isEmpty()) {
            for (PaymentEntry e : now) {
                if (e.hasInvoiceNumber(entry.invoiceNumber())) {
                    return e.index();
                }
            }
        }
        for (PaymentEntry e : now) {
            if (e.index() == entry.index()) {
                return e.index();
            }
        }
        throw new PortalException("La solicitud de pago «" + label(entry) + "» ya no aparece en el plan de pagos.");
    }

    /** Reads the rows as they are now (states as shown, not normalised), in one round trip. */
    List<PaymentEntry> read(boolean withActions) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String key : new String[] {
            "plan.referencia", "plan.fecha-esperada", "plan.numero-factura", "plan.valor-total", "plan.estado"
        }) {
            fields.put(key, locators.script(key, "{i}"));
        }
        for (String[] action : ACTIONS) {
            fields.put("action:" + action[0], locators.script(action[1], "{i}"));
        }
        Object answer = script(READ_ROWS, locators.script("plan.ids-pago"), fields);
        List<PaymentEntry> rows = new ArrayList<>();
        if (!(answer instanceof List<?> list)) {
            return rows;
        }
        for (Object item : list) {
            Map<?, ?> row = (Map<?, ?>) item;
            Set<String> actions = new LinkedHashSet<>();
            if (withActions) {
                for (String[] action : ACTIONS) {
                    if (Boolean.TRUE.equals(row.get("action:" + action[0]))) {
                        actions.add(action[0]);
                    }
                }
            }
            rows.add(new PaymentEntry(
                    Integer.parseInt(String.valueOf(row.get("index"))),
                    clean(row.get("paymentId")),
                    clean(row.get("plan.referencia")),
                    PortalDates.parseDisplayed(clean(row.get("plan.fecha-esperada")))
                            .map(LocalDateTime::toLocalDate),
                    clean(row.get("plan.numero-factura")),
                    clean(row.get("plan.valor-total")),
                    clean(row.get("plan.estado")),
                    actions));
        }
        return rows;
    }

    /**
     * Every row of the grid: the id spans ({@code spnPaymentIdSpan_<i>}) give the rows; each field is looked up
     * inside the id's {@code tr} with the key's alternatives ({@code {i}} filled per row), cut texts read from
     * their {@code title}.
     */
    private static final String READ_ROWS = Locators.withLocate("""
            var ids = arguments[0], fields = arguments[1];
            var rows = [];
            locate(null, ids, 'elements').forEach(function (span) {
              var m = /_(\\d+)$/.exec(span.id || '');
              if (!m) { return; }
              var tr = span.closest('tr') || span.parentElement;
              var row = {index: m[1], paymentId: shownText(span)};
              Object.keys(fields).forEach(function (name) {
                var alternatives = fields[name].map(function (p) { return [p[0], p[1].split('{i}').join(m[1])]; });
                var found = locate(tr, alternatives, 'elements');
                row[name] = name.indexOf('action:') === 0 ? found.some(visible) : (found.length ? shownText(found[0]) : '');
              });
              rows.push(row);
            });
            return rows;""");

    private static String clean(Object value) {
        return value == null ? "" : Texts.clean(String.valueOf(value));
    }
}
