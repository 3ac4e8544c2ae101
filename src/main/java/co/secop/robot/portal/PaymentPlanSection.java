package co.secop.robot.portal;

import co.secop.robot.format.PortalDates;
import co.secop.robot.portal.locate.Locators;
import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.portal.locate.Texts;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
        wait.until("el «Plan de pagos» del contrato", d -> remember(now()));
        return this;
    }

    /**
     * One look: the plan is still the page shown, ready for the next action (false on any doubt). The rows
     * read in that look are the next {@link #entries}.
     */
    public boolean stillShown() {
        fresh = null;
        try {
            return remember(now());
        } catch (org.openqa.selenium.WebDriverException e) {
            return false;
        }
    }

    /**
     * What the section shows at one moment, read in one round trip.
     *
     * @param ready    the plan is shown, no payment detail over it, nothing loading, its grid (or «Crear») there
     * @param reloaded the plan was built after {@link #markForReload}
     * @param error    the text of the portal's error message shown, "" when none
     * @param message  the text of the portal's message panel shown, "" when none
     * @param rows     the rows (states as shown), empty unless ready
     * @param create   «Crear» is shown
     */
    private record Now(
            boolean overlay,
            boolean planShown,
            boolean ready,
            boolean reloaded,
            String error,
            String message,
            List<PaymentEntry> rows,
            boolean create) {}

    private static final String NOW = Locators.withLocate(PaymentPlanSection.READ_ROWS_FUNCTION + """
            var k = arguments[0];
            var shownBy = function (key) { return locate(null, key, 'elements').some(displayed); };
            var firstShown = function (key) {
              var found = locate(null, key, 'elements').filter(displayed);
              return found.length ? clean(found[0].innerText) : '';
            };
            var out = {overlay: anyOverlay(arguments[1]), planShown: shownBy(k.plan)};
            out.ready = !out.overlay && out.planShown && !shownBy(k.detail)
              && (locate(null, k.grid, 'elements').length > 0 || shownBy(k.create));
            out.reloaded = locate(null, k.plan, 'elements').some(function (e) {
              return displayed(e) && !e.hasAttribute('data-secop-robot-old');
            });
            out.error = firstShown(k.error);
            out.message = firstShown(k.panel);
            out.rows = out.ready ? readRows(arguments[2], arguments[3]) : [];
            out.create = shownBy(k.create);
            return out;""");

    private Now now() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("plan", locators.script("plan.contenedor"));
        keys.put("detail", locators.script("detalle-pago.contenedor"));
        keys.put("grid", locators.script("plan.grilla"));
        keys.put("create", locators.script("plan.crear"));
        keys.put("error", locators.script("mensajes.error"));
        keys.put("panel", locators.script("mensajes.panel"));
        Object answer = script(NOW, keys, wait.busyOrModal(), locators.script("plan.ids-pago"), rowFields());
        if (!(answer instanceof Map<?, ?> found)) {
            return new Now(false, false, false, false, "", "", List.of(), false);
        }
        return new Now(
                Boolean.TRUE.equals(found.get("overlay")),
                Boolean.TRUE.equals(found.get("planShown")),
                Boolean.TRUE.equals(found.get("ready")),
                Boolean.TRUE.equals(found.get("reloaded")),
                clean(found.get("error")),
                clean(found.get("message")),
                rows(found.get("rows")),
                Boolean.TRUE.equals(found.get("create")));
    }

    /** What a look at the ready section showed: its rows (states as shown) and whether «Crear» is there. */
    private record Seen(List<PaymentEntry> rows, boolean create) {}

    /**
     * What the last answer of the portal drew, as a wait read it: the reads that follow ({@link #entries},
     * {@link #hasCreateButton}, the row of the next action) use it instead of asking again. Any action forgets it.
     */
    private Seen fresh;

    /** True when the section is ready; what it shows is kept for the reads that follow. */
    private boolean remember(Now now) {
        fresh = now.ready() ? new Seen(now.rows(), now.create()) : null;
        return now.ready();
    }

    /** The rows a wait just read (no action since); else null. */
    private List<PaymentEntry> justRead() {
        return fresh == null ? null : fresh.rows();
    }

    /**
     * Waits until the portal rebuilt the section (marked with {@link #markForReload} before the action) and
     * {@code done} holds for its rows; fails with the portal's message when it shows an error instead.
     */
    PaymentPlanSection awaitReload(String what, Predicate<List<PaymentEntry>> done) {
        fresh = null;
        wait.until(what, d -> {
            Now now = now();
            if (!now.planShown() && !now.overlay() && shown("detalle.gestor-pasos")) {
                // Back on the contract after a form shown as a page: the plan is one section among others.
                new ContractDetailPage(session, Optional.empty()).openPaymentPlan();
                now = now();
            }
            if (!now.reloaded() || !now.ready()) {
                return false;
            }
            // Only now the messages belong to this action: the portal rebuilt the whole section.
            if (!now.error().isEmpty()) {
                throw new PortalException("SECOP II respondió con un error: " + now.error());
            }
            return done.test(now.rows()) && remember(now);
        });
        return this;
    }

    /** Whether the contract has no entity plan and offers "Crear". */
    public boolean hasCreateButton() {
        return fresh != null ? fresh.create() : shown("plan.crear");
    }

    /** The rows of the plan, states in Spanish. */
    public List<PaymentEntry> entries() {
        List<PaymentEntry> justRead = justRead();
        List<PaymentEntry> rows = justRead != null ? justRead : wait.until("leer el plan de pagos", d -> read());
        if (rows.stream().anyMatch(r -> !r.state().isEmpty() && !PortalStates.isSpanishPayment(r.state()))) {
            // The translator may still be replacing English texts ("Sent" → "Enviado a la entidad estatal").
            rows = wait.optional(wait.shortTimeout(), d -> {
                        List<PaymentEntry> again = read();
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
                    r.actions(),
                    r.lastChange()));
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
        fresh = null;
        ConfirmationBoxes boxes = new ConfirmationBoxes(session, "crear", "Crear");
        return PaymentRequestForm.open(
                session, () -> ui.click(by("plan.crear"), "el botón «Crear» del plan de pagos"), boxes);
    }

    /**
     * «Crear» as ./secop revisar presses it: a question after it («¿Desea crear una solicitud de pago?») is
     * answered «Cancelar», so nothing is created.
     *
     * @throws QuestionDeclinedException when the portal asked (the form did not open)
     */
    public PaymentRequestForm createWithoutSaving() {
        fresh = null;
        return PaymentRequestForm.open(
                session,
                () -> ui.click(by("plan.crear"), "el botón «Crear» del plan de pagos"),
                ConfirmationBoxes.declining(session, "Crear"));
    }

    /** "Registro" of a row: the form opens with the row's current values and documents. */
    public PaymentRequestForm register(PaymentEntry entry) {
        int i = rowNow(entry).index();
        ConfirmationBoxes boxes = new ConfirmationBoxes(session, "registro", "Registro");
        return PaymentRequestForm.open(
                session,
                () -> clickRowButton(i, "plan.registro", "«Registro» de la fila «" + label(entry) + "»"),
                boxes);
    }

    /**
     * "Enviar" of a row, pressed ONCE. A confirmation box, if the portal shows one, is accepted once (its text
     * goes to the steps); success is read from the plan: the row's state changes. Whatever the dialogs do,
     * «Enviar» is never pressed a second time here.
     */
    public PaymentPlanSection send(PaymentEntry entry) {
        PaymentEntry now = rowNow(entry);
        String id = entry.paymentId();
        String before = PortalStates.normalizePayment(now.state().isEmpty() ? entry.state() : now.state());
        ConfirmationBoxes boxes = new ConfirmationBoxes(session, "enviar", "Enviar");
        clickRowButton(now.index(), "plan.enviar", "«Enviar» de la fila «" + label(entry) + "»");
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
        PaymentEntry now = rowNow(entry);
        String id = entry.paymentId();
        String before = PortalStates.normalizePayment(now.state().isEmpty() ? entry.state() : now.state());
        ConfirmationBoxes boxes = new ConfirmationBoxes(session, "borrar", "Borrar");
        clickRowButton(now.index(), "plan.borrar", "«Borrar» de la fila «" + label(entry) + "»");
        awaitEffect(
                "que se borre la solicitud «" + label(entry) + "»",
                boxes,
                rows -> rows.stream()
                        .noneMatch(r -> Texts.same(r.paymentId(), id)
                                && PortalStates.normalizePayment(r.state()).equals(before)));
        lastQuestion = boxes.acceptedQuestion();
        return this;
    }

    /**
     * "Detalle" of a row. The portal may show it in this page, or in a popup window or a new tab (§19 [A]): when
     * the plan stays as it was after the click, the robot looks for a new window and follows it (the detail's
     * {@link PaymentDetailView#back} closes it and returns here).
     */
    public PaymentDetailView openDetail(PaymentEntry entry) {
        int i = rowNow(entry).index();
        clickRowButton(i, "plan.detalle", "«Detalle» de la fila «" + label(entry) + "»");
        ConfirmationBoxes boxes = new ConfirmationBoxes(session, "detalle", "Detalle");
        PaymentDetailView.Windows[] followed = {null};
        return wait.until("el detalle de la solicitud de pago", d -> {
            if (followed[0] != null) {
                return PaymentDetailView.readIfShownIn(this, entry.paymentId(), followed[0]);
            }
            // A box accepted or closed: look at once all the same (no pause before the next look).
            boxes.handle();
            Object seen = PaymentDetailView.readOrUnchanged(this, entry.paymentId());
            if (seen instanceof PaymentDetailView shown) {
                return shown;
            }
            if (seen == UNCHANGED) {
                // The driver stays on the plan's window until it switches: the current one is the plan's.
                String planWindow = session.currentWindow();
                session.newWindowBesides(planWindow).ifPresent(detail -> {
                    session.step("«Detalle» abrió la solicitud en otra ventana: el robot la sigue");
                    session.toWindow(detail);
                    followed[0] = new PaymentDetailView.Windows(planWindow, detail);
                });
            }
            return null;
        });
    }

    /**
     * Waits for an action's effect on the rows, accepting a known confirmation box on the way, and fails
     * with the portal's message when it shows an error instead.
     */
    void awaitEffect(String what, ConfirmationBoxes boxes, Predicate<List<PaymentEntry>> done) {
        fresh = null;
        Now seen = wait.until(what, d -> {
            // A box accepted or closed: look at once all the same (no pause before the next look).
            boxes.handle();
            Now now = now();
            if (now.overlay()) {
                return null;
            }
            if (!now.error().isEmpty()) {
                throw new PortalException("SECOP II respondió con un error: " + now.error());
            }
            return now.ready() && done.test(now.rows()) && remember(now) ? now : null;
        });
        if (!seen.message().isEmpty()) {
            session.step("SECOP II mostró el mensaje «" + Texts.abbreviate(seen.message(), 200) + "»");
        }
    }

    /** The displayed button {@code arguments[1]} inside the {@code tr} of the id span {@code arguments[0]}. */
    private static final String ROW_BUTTON = """
            var span = locate(null, arguments[0], 'elements')[0];
            if (!span) { return null; }
            var tr = span.closest('tr') || span.parentElement;
            return locate(tr, arguments[1], 'elements').filter(displayed)[0] || null;""";

    /** Clicks a button of row {@code i}, looked up inside the row only (a button text is the same on every row). */
    private void clickRowButton(int i, String key, String what) {
        fresh = null;
        ui.click(what, ROW_BUTTON, locators.script("plan.id-pago", i), locators.script(key, i));
    }

    private static String label(PaymentEntry entry) {
        return entry.paymentId().isEmpty() ? entry.invoiceNumber() : entry.paymentId();
    }

    /** The row of {@code entry} now (index, state): the section may have been rebuilt since it was read. */
    private PaymentEntry rowNow(PaymentEntry entry) {
        List<PaymentEntry> justRead = justRead();
        List<PaymentEntry> now = justRead != null
                ? justRead
                : wait.until("el «Plan de pagos» del contrato", d -> {
                    Now look = now();
                    return look.ready() ? look.rows() : null;
                });
        for (PaymentEntry e : now) {
            if (!entry.paymentId().isEmpty() && Texts.same(e.paymentId(), entry.paymentId())) {
                return e;
            }
        }
        if (entry.paymentId().isEmpty()) {
            for (PaymentEntry e : now) {
                if (e.hasInvoiceNumber(entry.invoiceNumber())) {
                    return e;
                }
            }
        }
        for (PaymentEntry e : now) {
            if (e.index() == entry.index()) {
                return e;
            }
        }
        throw new PortalException("La solicitud de pago «" + label(entry) + "» ya no aparece en el plan de pagos.");
    }

    /** Reads the rows as they are now (states as shown, not normalised), in one round trip. */
    List<PaymentEntry> read() {
        return rows(script(READ_ROWS, locators.script("plan.ids-pago"), rowFields()));
    }

    /** The fields of a row and its action buttons, as the alternatives of their keys ({@code {i}} left to fill). */
    private Map<String, Object> rowFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String key : new String[] {
            "plan.referencia",
            "plan.fecha-esperada",
            "plan.numero-factura",
            "plan.valor-total",
            "plan.estado",
            "plan.ultima-modificacion"
        }) {
            fields.put(key, locators.script(key, "{i}"));
        }
        for (String[] action : ACTIONS) {
            fields.put("action:" + action[0], locators.script(action[1], "{i}"));
        }
        return fields;
    }

    private static List<PaymentEntry> rows(Object answer) {
        List<PaymentEntry> rows = new ArrayList<>();
        if (!(answer instanceof List<?> list)) {
            return rows;
        }
        for (Object item : list) {
            Map<?, ?> row = (Map<?, ?>) item;
            Set<String> actions = new LinkedHashSet<>();
            for (String[] action : ACTIONS) {
                if (Boolean.TRUE.equals(row.get("action:" + action[0]))) {
                    actions.add(action[0]);
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
                    actions,
                    PortalDates.parseDisplayed(clean(row.get("plan.ultima-modificacion")))));
        }
        return rows;
    }

    /**
     * Every row of the grid: the id spans ({@code spnPaymentIdSpan_<i>}) give the rows; each field is looked up
     * inside the id's {@code tr} with the key's alternatives ({@code {i}} filled per row), cut texts read from
     * their {@code title}.
     */
    private static final String READ_ROWS_FUNCTION = """
            var readRows = function (ids, fields) {
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
              return rows;
            };
            """;

    private static final String READ_ROWS =
            Locators.withLocate(READ_ROWS_FUNCTION + "return readRows(arguments[0], arguments[1]);");

    private static String clean(Object value) {
        return value == null ? "" : Texts.clean(String.valueOf(value));
    }
}
