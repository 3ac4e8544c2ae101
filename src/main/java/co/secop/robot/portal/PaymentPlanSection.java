package co.secop.robot.portal;

import co.secop.robot.format.PortalDates;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
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

    PaymentPlanSection(PortalSession session) {
        super(session);
    }

    PaymentPlanSection awaitLoaded() {
        wait.until("el «Plan de pagos» del contrato", d -> ready());
        return this;
    }

    boolean ready() {
        return shown("plan.contenedor") && !shown("detalle-pago.contenedor") && !wait.overlayShown()
                && (!driver.findElements(by("plan.grilla")).isEmpty() || shown("plan.crear"));
    }

    /**
     * Waits until the portal rebuilt the section (marked with {@link #markForReload} before the action) and
     * {@code done} holds for its rows; fails with the portal's message when it shows an error instead.
     */
    PaymentPlanSection awaitReload(String what, Predicate<List<PaymentEntry>> done) {
        wait.until(what, d -> {
            if (!reloaded("plan.contenedor") || !ready()) {
                return false;
            }
            // Only now the messages belong to this action: the portal rebuilt the whole section.
            WebElement error = PortalWait.displayed(d, by("plan.mensaje-error"));
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
            }).orElse(rows);
        }
        List<PaymentEntry> normalized = new ArrayList<>();
        for (PaymentEntry r : rows) {
            normalized.add(new PaymentEntry(r.index(), r.paymentId(), r.reference(), r.expectedDate(),
                    r.invoiceNumber(), r.totalValue(), PortalStates.normalizePayment(r.state()), r.actions()));
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
        return PaymentRequestForm.open(session,
                () -> ui.click(by("plan.crear"), "el botón «Crear» del plan de pagos"));
    }

    /** "Registro" of a row: the form opens with the row's current values and documents. */
    public PaymentRequestForm register(PaymentEntry entry) {
        int i = indexOf(entry);
        return PaymentRequestForm.open(session,
                () -> ui.click(by("plan.registro", i), "«Registro» de la fila «" + label(entry) + "»"));
    }

    /** "Enviar" of a row: returns the confirmation dialog. */
    public SendConfirmationDialog send(PaymentEntry entry) {
        int i = indexOf(entry);
        String before = currentState(i);
        ui.click(by("plan.enviar", i), "«Enviar» de la fila «" + label(entry) + "»");
        return new SendConfirmationDialog(session, entry.paymentId(), before).awaitShown();
    }

    /** "Borrar" of a row: returns the confirmation dialog. */
    public DeleteConfirmationDialog delete(PaymentEntry entry) {
        int i = indexOf(entry);
        String before = currentState(i);
        ui.click(by("plan.borrar", i), "«Borrar» de la fila «" + label(entry) + "»");
        return new DeleteConfirmationDialog(session, entry.paymentId(), before).awaitShown();
    }

    /** "Detalle" of a row. */
    public PaymentDetailView openDetail(PaymentEntry entry) {
        int i = indexOf(entry);
        ui.click(by("plan.detalle", i), "«Detalle» de la fila «" + label(entry) + "»");
        return new PaymentDetailView(session, entry.paymentId()).awaitShown();
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

    private String currentState(int index) {
        return PortalStates.normalizePayment(ui.text(by("plan.estado", index)));
    }

    /** Reads the rows as they are now (states as shown, not normalised). */
    List<PaymentEntry> read(boolean withActions) {
        Optional<List<PaymentEntry>> fast = readWithOneScript(withActions);
        return fast.isPresent() ? fast.get() : readElementByElement(withActions);
    }

    private static final String READ_ROWS = """
            const idSelector = arguments[0], fields = arguments[1];
            const shown = e => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            const text = e => shown(e) ? (e.innerText || '').replace(/\\s+/g, ' ').trim() : '';
            const rows = [];
            for (const span of document.querySelectorAll(idSelector)) {
              const m = /_(\\d+)$/.exec(span.id || '');
              if (!m) { continue; }
              const row = {index: m[1], paymentId: text(span)};
              for (const name of Object.keys(fields)) {
                const el = document.querySelector(fields[name].split('{i}').join(m[1]));
                row[name] = name.startsWith('action:') ? shown(el) : text(el);
              }
              rows.push(row);
            }
            return rows;""";

    /**
     * The whole grid in one round trip, when every row locator is CSS (the default file); empty otherwise,
     * and the caller reads element by element.
     */
    private Optional<List<PaymentEntry>> readWithOneScript(boolean withActions) {
        Map<String, String> fields = new LinkedHashMap<>();
        String ids;
        try {
            ids = locators.css("plan.ids-pago");
            for (String key : new String[]{"referencia", "fecha-esperada", "numero-factura", "valor-total", "estado"}) {
                fields.put(key, locators.css("plan." + key));
            }
            if (withActions) {
                for (String[] action : ACTIONS) {
                    fields.put("action:" + action[0], locators.css(action[1]));
                }
            }
        } catch (PortalException notCss) {
            return Optional.empty();
        }
        Object answer = script(READ_ROWS, ids, fields);
        if (!(answer instanceof List<?> list)) {
            return Optional.empty();
        }
        List<PaymentEntry> rows = new ArrayList<>();
        for (Object item : list) {
            Map<?, ?> row = (Map<?, ?>) item;
            Set<String> actions = new LinkedHashSet<>();
            for (String[] action : ACTIONS) {
                if (Boolean.TRUE.equals(row.get("action:" + action[0]))) {
                    actions.add(action[0]);
                }
            }
            rows.add(new PaymentEntry(Integer.parseInt(String.valueOf(row.get("index"))), clean(row.get("paymentId")),
                    clean(row.get("referencia")),
                    PortalDates.parseDisplayed(clean(row.get("fecha-esperada"))).map(LocalDateTime::toLocalDate),
                    clean(row.get("numero-factura")), clean(row.get("valor-total")), clean(row.get("estado")), actions));
        }
        return Optional.of(rows);
    }

    private static String clean(Object value) {
        return value == null ? "" : Texts.clean(String.valueOf(value));
    }

    private List<PaymentEntry> readElementByElement(boolean withActions) {
        List<PaymentEntry> rows = new ArrayList<>();
        for (WebElement idSpan : driver.findElements(by("plan.ids-pago"))) {
            String id = idSpan.getDomAttribute("id");
            String suffix = id == null ? "" : id.substring(id.lastIndexOf('_') + 1);
            if (!suffix.matches("\\d+")) {
                continue;
            }
            int index = Integer.parseInt(suffix);
            Set<String> actions = new LinkedHashSet<>();
            if (withActions) {
                for (String[] action : ACTIONS) {
                    if (shown(action[1], index)) {
                        actions.add(action[0]);
                    }
                }
            }
            Optional<LocalDate> expected = PortalDates.parseDisplayed(ui.text(by("plan.fecha-esperada", index)))
                    .map(LocalDateTime::toLocalDate);
            rows.add(new PaymentEntry(index, Texts.clean(idSpan.getText()), ui.text(by("plan.referencia", index)),
                    expected, ui.text(by("plan.numero-factura", index)), ui.text(by("plan.valor-total", index)),
                    ui.text(by("plan.estado", index)), actions));
        }
        return rows;
    }
}
