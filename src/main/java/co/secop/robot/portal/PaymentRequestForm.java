package co.secop.robot.portal;

import co.secop.robot.format.Pesos;
import co.secop.robot.format.PortalDates;
import co.secop.robot.portal.locate.Locators;
import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.portal.locate.PortalWait;
import co.secop.robot.portal.locate.Texts;
import co.secop.robot.portal.locate.Ui;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchFrameException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * The "Solicitud de pago" form behind "Crear" and "Registro". Nobody has seen how the real portal shows it:
 * in a modal dialog holding an iframe, in a window of its own, or as a page of its own (with «Volver» back
 * to the plan); the three are handled. Every method enters the form (iframe or window) and always comes
 * back to the plan's window, so the caller never has to care.
 */
public final class PaymentRequestForm extends Page {

    private final String homeWindow;
    private final String formWindow;
    private final By frame;
    private WebElement iframe;
    private int inside;

    /** The answer to the last «Validar» of the CUFE in this form, if any. */
    private CheckAnswer lastCufe;

    /** The form was seen ready once (after «Crear» or «Registro»). */
    private boolean loaded;

    /**
     * Documents the upload window just attached, waited for at the start of the next visit to the form instead
     * of in a visit of its own.
     */
    private List<String> documentsToList = List.of();

    private PaymentRequestForm(PortalSession session, String homeWindow, String formWindow, By frame) {
        super(session);
        this.homeWindow = homeWindow;
        this.formWindow = formWindow;
        this.frame = frame;
    }

    /**
     * Runs {@code opener} (a click on "Crear"/"Registro") and waits for the form to appear in a modal, a
     * window or the page itself, accepting on the way a known confirmation box ({@code boxes}). Its loading
     * is waited for by the first visit.
     */
    static PaymentRequestForm open(PortalSession session, Runnable opener, ConfirmationBoxes boxes) {
        WebDriver driver = session.driver();
        PortalWait wait = session.waits();
        Ui ui = session.ui();
        Locators locators = session.locators();
        String home = driver.getWindowHandle();
        Set<String> before = ui.windowHandles();
        opener.run();
        PaymentRequestForm probe = new PaymentRequestForm(session, home, null, null);
        Object where = wait.until("que se abra el formulario «Solicitud de pago»", d -> {
            Set<String> fresh = ui.newWindows(before);
            if (!fresh.isEmpty()) {
                return fresh.iterator().next();
            }
            if (boxes.handle()) {
                return boxes.declinedQuestion().isPresent() ? boxes : null;
            }
            WebElement iframe = PortalWait.displayed(d, keyed(locators, "formulario.iframe"));
            if (iframe != null) {
                return iframe;
            }
            return probe.formShownHere() ? Boolean.TRUE : null;
        });
        if (where == boxes) {
            throw new QuestionDeclinedException(
                    "«Crear»", boxes.declinedQuestion().orElse(""));
        }
        PaymentRequestForm form;
        if (where instanceof String handle) {
            form = new PaymentRequestForm(session, home, handle, null);
        } else if (Boolean.TRUE.equals(where)) {
            form = probe;
        } else {
            WebElement iframe = (WebElement) where;
            String id = iframe.getDomAttribute("id");
            By frame = id == null || id.isBlank() ? locators.by("formulario.iframe") : By.id(id);
            form = new PaymentRequestForm(session, home, null, frame);
            form.iframe = iframe;
        }
        // Not loaded yet: the first visit waits for it (settle), so opening costs no visit of its own.
        return form;
    }

    /** True when the current document shows the form itself (the form as a page of its own). */
    private boolean formShownHere() {
        return shown("formulario.numero-factura")
                && (shown("formulario.confirmar") || shown("formulario.cancelar") || shown("formulario.volver"))
                && !shown("plan.contenedor");
    }

    /** True when the form is a page of the portal (no modal, no window): «Volver» leads back to the plan. */
    public boolean asPage() {
        return formWindow == null && frame == null;
    }

    /** True when the portal opened the form in a separate window instead of a modal iframe. */
    public boolean inSeparateWindow() {
        return formWindow != null;
    }

    // ------------------------------------------------------------------ fields

    /** "¿Está obligado a facturar electrónicamente?" Sí / No. Sí reveals the CUFE field. */
    public PaymentRequestForm electronicInvoice(boolean obliged) {
        String key = obliged ? "formulario.factura-electronica-si" : "formulario.factura-electronica-no";
        String option = obliged ? "Sí" : "No";
        inForm(() -> {
            ui.click(
                    "la opción «" + option + "» de «¿Está obligado a facturar electrónicamente?»",
                    RADIO_TARGET,
                    locators.script(key));
            wait.until("que quede marcada la opción «" + option + "»", d -> "true".equals(value(key)));
            if (obliged) {
                wait.visible(by("formulario.seccion-cufe"), "el campo «CUFE»");
            }
        });
        return this;
    }

    /** The radio of {@code arguments[0]}, or its {@code label[for]} when the widget hides the native input. */
    private static final String RADIO_TARGET = """
            var radio = locate(null, arguments[0], 'elements')[0];
            if (!radio) { return null; }
            if (displayed(radio)) { return radio; }
            var label = radio.id ? document.querySelector('label[for="' + CSS.escape(radio.id) + '"]') : null;
            return label && displayed(label) ? label : null;""";

    public PaymentRequestForm cufe(String cufe) {
        lastCufe = null;
        inForm(() -> ui.typeAndBlur(by("formulario.cufe"), cufe, "«CUFE»"));
        return this;
    }

    public PaymentRequestForm invoiceNumber(String number) {
        inForm(() -> ui.typeAndBlur(by("formulario.numero-factura"), number, "«Número de factura o pago»"));
        return this;
    }

    /** Types {@code dd/MM/yyyy HH:mm} and leaves the field (the date box only commits on blur). */
    public PaymentRequestForm dueDate(LocalDateTime due) {
        LocalDateTime wanted = due.truncatedTo(ChronoUnit.MINUTES);
        String typed = PortalDates.input(wanted);
        inForm(() -> {
            ui.typeAndBlur(by("formulario.fecha-vencimiento"), typed, "«Fecha de vencimiento»");
            String shownValue = wait.optional(wait.shortTimeout(), d -> {
                        String v = value("formulario.fecha-vencimiento");
                        return sameMinute(v, wanted) ? v : null;
                    })
                    .orElseGet(() -> value("formulario.fecha-vencimiento"));
            if (!sameMinute(shownValue, wanted)) {
                throw new PortalException(
                        "SECOP II muestra «" + shownValue + "» en «Fecha de vencimiento» en lugar de «" + typed + "».");
            }
        });
        return this;
    }

    private static boolean sameMinute(String shown, LocalDateTime wanted) {
        return PortalDates.parseDisplayed(shown)
                .map(v -> v.truncatedTo(ChronoUnit.MINUTES).equals(wanted))
                .orElse(false);
    }

    public PaymentRequestForm netValue(BigDecimal value) {
        money("formulario.valor-neto", value, "Valor neto");
        return this;
    }

    public PaymentRequestForm totalValue(BigDecimal value) {
        money("formulario.valor-total", value, "Valor total");
        return this;
    }

    /** Types the value as the portal writes it ("3.500.000,00") and checks what the box shows after blur. */
    private void money(String key, BigDecimal value, String label) {
        String typed = Pesos.input(value);
        inForm(() -> {
            ui.typeAndBlur(by(key), typed, "«" + label + "»");
            String shownValue = wait.optional(wait.shortTimeout(), d -> {
                        String v = value(key);
                        return sameMoney(v, value) ? v : null;
                    })
                    .orElseGet(() -> value(key));
            if (!sameMoney(shownValue, value)) {
                throw new PortalException(
                        "SECOP II muestra «" + shownValue + "» en «" + label + "» en lugar de «" + typed + "».");
            }
        });
    }

    private static boolean sameMoney(String shown, BigDecimal wanted) {
        try {
            return Pesos.parse(shown).compareTo(wanted) == 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public PaymentRequestForm notes(String notes) {
        inForm(() -> ui.typeAndBlur(by("formulario.notas"), notes == null ? "" : notes, "«Notas»"));
        return this;
    }

    /** "Validar" the CUFE with the DIAN; returns the portal's message (green or red), wherever it shows it. */
    public String validateCufe() {
        return checkCufe().text();
    }

    /** "Validar" the CUFE with the DIAN: the answer, read next to the field, in the messages panel or as «Validado». */
    public CheckAnswer checkCufe() {
        CheckAnswer answer = inForm(() -> {
            OutsideCheck check = new OutsideCheck(session, "formulario.mensaje-cufe", "formulario.seccion-cufe");
            check.forget();
            ui.click(by("formulario.validar-cufe"), "«Validar» del CUFE");
            return check.await("el resultado de «Validar» el CUFE");
        });
        lastCufe = answer;
        return answer;
    }

    /** True when the last "Validar" was accepted (its answer, or a green message next to the field). */
    public boolean cufeValidated() {
        if (lastCufe != null) {
            return lastCufe.success();
        }
        return inForm(() -> {
            List<WebElement> found = driver.findElements(by("formulario.mensaje-cufe"));
            if (found.isEmpty() || Texts.clean(found.get(0).getText()).isEmpty()) {
                return false;
            }
            String classes = found.get(0).getDomAttribute("class");
            return classes != null
                            && List.of(classes.split("\\s+")).contains(locators.text("formulario.clase-cufe-valido"))
                    || Texts.normalize(found.get(0).getText())
                            .startsWith(Texts.normalize(locators.text("formulario.texto-cufe-valido")));
        });
    }

    // ------------------------------------------------------------------ social security (planilla)

    /** True when the form shows the social-security block (planilla PILA and its payment date). */
    public boolean asksForPlanilla() {
        return inForm(() -> shown("planilla.bloque"));
    }

    private static final DateTimeFormatter PLANILLA_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Types one planilla in line {@code line} of the block (asking for a new line with «Agregar planilla» when
     * the block has none), starts its check the way the block offers it («Validar», or leaving the date field)
     * and reads SICOPI's answer wherever the portal shows it.
     */
    public CheckAnswer checkPlanilla(int line, String number, LocalDate paymentDate) {
        return inForm(() -> {
            if (line > 0 && !present("planilla.linea", line)) {
                ui.click(by("planilla.agregar"), "«Agregar planilla»");
                wait.visible(by("planilla.numero", line, line + 1), "la línea " + (line + 1) + " de la planilla");
            }
            WebElement button = PortalWait.displayed(driver, by("planilla.validar", line, line + 1));
            if (button == null) {
                // Checked on leaving the date: typing the same date again (a draft opened with «Registro») changes
                // nothing and starts no check, so the line is emptied first, number before date (an empty number
                // starts no check either).
                ui.typeAndBlur(by("planilla.numero", line, line + 1), "", "«Número de planilla»");
                ui.typeAndBlur(by("planilla.fecha", line, line + 1), "", "«Fecha de pago»");
            }
            ui.typeAndBlur(by("planilla.numero", line, line + 1), number, "«Número de planilla»");
            OutsideCheck check = new OutsideCheck(session, "planilla.estado", "planilla.bloque", line, line + 1);
            check.forget();
            ui.typeAndBlur(by("planilla.fecha", line, line + 1), PLANILLA_DATE.format(paymentDate), "«Fecha de pago»");
            if (button != null) {
                ui.click(by("planilla.validar", line, line + 1), "«Validar» de la planilla " + number);
            }
            return check.await("la respuesta de SICOPI a la planilla " + number);
        });
    }

    /** What the block shows, line by line (the first {@code lines} lines), in one round trip per line. */
    public List<ShownPlanilla> planillas(int lines) {
        return inForm(() -> {
            List<ShownPlanilla> shown = new ArrayList<>();
            for (int i = 0; i < lines; i++) {
                if (i > 0 && !present("planilla.linea", i)) {
                    break;
                }
                shown.add(planillaLine(i));
            }
            return shown;
        });
    }

    private static final String PLANILLA_LINE = Locators.withLocate("""
            var read = function (alternatives, value) {
              var f = locate(null, alternatives, 'elements');
              if (!f.length) { return ''; }
              return value ? (f[0].value == null ? '' : String(f[0].value)) : shownText(f[0]);
            };
            return [read(arguments[0], true), read(arguments[1], true), read(arguments[2], false),
                    read(arguments[3], false)];""");

    private ShownPlanilla planillaLine(int i) {
        Object answer = script(
                PLANILLA_LINE,
                locators.script("planilla.numero", i, i + 1),
                locators.script("planilla.fecha", i, i + 1),
                locators.script("planilla.estado", i, i + 1),
                locators.script("planilla.ibc", i, i + 1));
        List<?> values = answer instanceof List<?> list && list.size() == 4 ? list : List.of("", "", "", "");
        return new ShownPlanilla(
                Texts.clean(String.valueOf(values.get(0))),
                Texts.clean(String.valueOf(values.get(1))),
                Texts.clean(String.valueOf(values.get(2))),
                Texts.clean(String.valueOf(values.get(3))));
    }

    /** What the form shows now (one round trip for every field). */
    public PaymentFormValues values() {
        return inForm(() -> {
            Map<String, String> v = values(
                    "formulario.factura-electronica-si",
                    "formulario.factura-electronica-no",
                    "formulario.cufe",
                    "formulario.numero-factura",
                    "formulario.fecha-emision",
                    "formulario.fecha-vencimiento",
                    "formulario.valor-neto",
                    "formulario.valor-total",
                    "formulario.notas");
            Optional<Boolean> electronic = Optional.empty();
            if ("true".equals(v.get("formulario.factura-electronica-si"))) {
                electronic = Optional.of(true);
            } else if ("true".equals(v.get("formulario.factura-electronica-no"))) {
                electronic = Optional.of(false);
            }
            return new PaymentFormValues(
                    electronic,
                    v.get("formulario.cufe"),
                    v.get("formulario.numero-factura"),
                    v.get("formulario.fecha-emision"),
                    v.get("formulario.fecha-vencimiento"),
                    v.get("formulario.valor-neto"),
                    v.get("formulario.valor-total"),
                    v.get("formulario.notas"),
                    readDocuments());
        });
    }

    // ------------------------------------------------------------------ documents

    /** Names of the documents the form lists as attached. */
    public List<String> attachedDocuments() {
        return inForm(this::readDocuments);
    }

    private List<String> readDocuments() {
        return texts("formulario.documentos").stream().filter(n -> !n.isEmpty()).toList();
    }

    /**
     * The attached documents with the size the form shows next to each ("" when it shows none) and, where the
     * form offers each file to download, its SHA-256.
     */
    public List<ShownDocument> attachedDocumentsWithSizes() {
        return inForm(() -> {
            List<List<String>> columns = columns("formulario.documentos", "formulario.documentos-tamano");
            List<String> hashes =
                    columns.get(0).isEmpty() ? List.of() : sha256OfLinks("formulario.documentos-descarga");
            return paired(columns.get(0), columns.get(1), hashes);
        });
    }

    /** Names and sizes listed in two columns of the same rows, paired by position. */
    static List<ShownDocument> paired(List<String> names, List<String> sizes) {
        return paired(names, sizes, List.of());
    }

    /** Names, sizes and SHA-256 of the same rows, paired by position (a column of another length is left out). */
    static List<ShownDocument> paired(List<String> names, List<String> sizes, List<String> hashes) {
        List<ShownDocument> documents = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String size = names.size() == sizes.size() ? sizes.get(i) : "";
            String sha256 = names.size() == hashes.size() ? hashes.get(i) : "";
            if (!name.isEmpty()) {
                documents.add(new ShownDocument(name, size, sha256));
            }
        }
        return documents;
    }

    /**
     * «Eliminar» (or «Borrar», «Quitar», a remove icon) in the row of the document {@code name}, accepting the
     * portal's question about it, and waits until the form no longer lists it. Nothing is saved before
     * «Confirmar».
     *
     * @return false when the form still lists it after the portal's usual time
     * @throws ElementNotFoundException when the document's row offers no remove action
     */
    public boolean removeDocument(String name) {
        return inForm(() -> {
            ConfirmationBoxes boxes = new ConfirmationBoxes(session, "quitar-documento", "Eliminar");
            ui.click(by("formulario.quitar-documento", name), "«Eliminar» del documento «" + name + "»");
            return wait.optional(wait.timeout(), d -> {
                        if (boxes.handle() || wait.overlayShown()) {
                            return null;
                        }
                        return readDocuments().stream().anyMatch(l -> Texts.same(l, name)) ? null : Boolean.TRUE;
                    })
                    .isPresent();
        });
    }

    /** "Anexar documento": opens the upload window. */
    public DocumentUploadWindow openAttachWindow() {
        Set<String> before = ui.windowHandles();
        inForm(() -> ui.click(by("formulario.anexar"), "«Anexar documento»"));
        return DocumentUploadWindow.open(session, this, before);
    }

    /** Shortcut: "Anexar documento", choose the files, "Anexar", "Cerrar". */
    public PaymentRequestForm attach(Path... files) {
        return attach(List.of(files));
    }

    public PaymentRequestForm attach(List<Path> files) {
        return openAttachWindow().attach(files).close();
    }

    /**
     * The form must list every one of {@code names} (the upload window just closed): the next visit to the
     * form waits for them before anything else.
     */
    void expectDocuments(List<String> names) {
        documentsToList = List.copyOf(names);
    }

    /** At the start of a visit: waits for the form to be ready the first time and for documents pending. */
    private void settle() {
        if (!loaded) {
            wait.until("el formulario «Solicitud de pago»", d -> shownAndSettled("formulario.listo"));
            loaded = true;
        }
        if (!documentsToList.isEmpty()) {
            List<String> names = documentsToList;
            documentsToList = List.of();
            awaitDocuments(names);
        }
    }

    private void awaitDocuments(List<String> names) {
        wait.until("que el formulario muestre los documentos anexados (" + String.join(", ", names) + ")", d -> {
            List<String> listed = readDocuments();
            return names.stream()
                    .allMatch(n -> listed.stream().anyMatch(l -> Texts.same(l, n))
                            || present("formulario.documento-anexo", n));
        });
    }

    // ------------------------------------------------------------------ finish

    /**
     * "Confirmar". On success the portal closes the form and rebuilds the plan, where the request is
     * now a "Borrador".
     *
     * @throws PortalValidationException with the portal's messages when it refuses the data
     */
    public PaymentPlanSection confirm() {
        PaymentPlanSection plan = new PaymentPlanSection(session);
        if (!asPage()) {
            switchHome();
            plan.markForReload("plan.contenedor");
        }
        String number = inForm(() -> {
            if (!shown("formulario.confirmar")) {
                // The portal does not let this request be edited and says why in the summary.
                List<String> reasons = validationMessages();
                throw reasons.isEmpty()
                        ? new PortalException("SECOP II no ofrece «Confirmar» en este formulario.")
                        : new PortalValidationException(reasons);
            }
            String shownNumber = value("formulario.numero-factura");
            // Messages of an earlier attempt must not be read as the answer to this one.
            removeAll("formulario.mensajes-validacion");
            ui.click(by("formulario.confirmar"), "«Confirmar»");
            return shownNumber;
        });
        ConfirmationBoxes boxes = new ConfirmationBoxes(session, "confirmar", "Confirmar");
        List<String> messages = wait.until("la respuesta de SECOP II a «Confirmar»", d -> {
            if (asPage()) {
                return answerOnPage(boxes);
            }
            switchHome();
            if (boxes.handle()) {
                return null;
            }
            Optional<Optional<List<String>>> found = peekInForm(() -> {
                if (boxes.handle()) {
                    return Optional.<List<String>>empty();
                }
                return Optional.of(validationMessages());
            });
            if (found.isEmpty()) {
                return List.<String>of();
            }
            return found.get().isEmpty() || found.get().get().isEmpty()
                    ? null
                    : found.get().get();
        });
        if (!messages.isEmpty()) {
            throw new PortalValidationException(messages);
        }
        return plan.awaitReload(
                "que el plan de pagos muestre la solicitud «" + number + "»",
                rows -> number.isBlank() || rows.stream().anyMatch(r -> r.hasInvoiceNumber(number)));
    }

    /**
     * The form as a page, after «Confirmar»: its validation messages, or empty once the portal left the form
     * (back at the plan by itself, or after «Volver» when the form stays with the portal's message).
     */
    private List<String> answerOnPage(ConfirmationBoxes boxes) {
        if (boxes.handle() || wait.overlayShown()) {
            return null;
        }
        List<String> messages = validationMessages();
        if (!messages.isEmpty()) {
            return messages;
        }
        if (shown("plan.contenedor") || shown("detalle.gestor-pasos") && !formShownHere()) {
            return List.of();
        }
        if (!shown("formulario.confirmar") && shown("formulario.volver")) {
            ui.tryClick(PortalWait.displayed(driver, by("formulario.volver")));
        }
        return null;
    }

    /** "Cancelar" (or «Volver» when the form is a page): closes the form without saving. */
    public PaymentPlanSection cancel() {
        inForm(() -> ui.click(
                asPage() && !shown("formulario.cancelar") ? by("formulario.volver") : by("formulario.cancelar"),
                "«Cancelar» del formulario"));
        wait.until("que se cierre el formulario «Solicitud de pago»", this::closed);
        return new PaymentPlanSection(session).awaitLoaded();
    }

    private List<String> validationMessages() {
        List<String> messages = new ArrayList<>();
        // The lines may also come in the messages panel, with the summary hidden (docs/portal.md §19).
        if (!shown("formulario.resumen-validacion") && !shown("formulario.mensajes-validacion")
                || wait.overlayShown()) {
            return messages;
        }
        for (WebElement li : driver.findElements(by("formulario.mensajes-validacion"))) {
            String text = Texts.clean(li.getText());
            if (!text.isEmpty()) {
                messages.add(text);
            }
        }
        return messages;
    }

    /** True when the form's window or modal is gone. Leaves the driver on the home window. */
    private boolean closed(WebDriver d) {
        if (asPage()) {
            return !formShownHere() && (shown("plan.contenedor") || shown("detalle.gestor-pasos"));
        }
        if (formWindow != null) {
            return !d.getWindowHandles().contains(formWindow);
        }
        switchHome();
        return PortalWait.displayed(d, frame) == null;
    }

    // ------------------------------------------------------------------ context switching

    /**
     * One look inside the form without waiting for it: empty when the form is closed. Also reports the
     * portal's dead ends shown inside it (expired session, "Error inesperado").
     */
    private <T> Optional<T> peekInForm(Supplier<T> look) {
        try {
            if (asPage()) {
                switchHome();
                wait.checkProblems();
                return Optional.of(look.get());
            }
            if (formWindow != null) {
                if (!driver.getWindowHandles().contains(formWindow)) {
                    return Optional.empty();
                }
                session.toWindow(formWindow);
            } else {
                switchHome();
                WebElement iframe = PortalWait.displayed(driver, frame);
                if (iframe == null) {
                    return Optional.empty();
                }
                session.toFrame(iframe);
            }
            wait.checkProblems();
            return Optional.of(look.get());
        } catch (NoSuchWindowException e) {
            return Optional.empty();
        } finally {
            switchHome();
        }
    }

    /** Back to the window holding the plan, top document (switching windows always lands on the top one). */
    void switchHome() {
        if (!session.isAtTopOf(homeWindow)) {
            session.toWindow(homeWindow);
        }
    }

    String homeWindow() {
        return homeWindow;
    }

    void inForm(Runnable action) {
        inForm(() -> {
            action.run();
            return null;
        });
    }

    /** Into the form's iframe: the one found last time while the portal keeps it, else looked up again. */
    private void enterFrame() {
        if (iframe != null) {
            try {
                session.toFrame(iframe);
                return;
            } catch (NoSuchFrameException | StaleElementReferenceException e) {
                iframe = null;
            } catch (WebDriverException e) {
                if (!PortalWait.isDetachedNode(e)) {
                    throw e;
                }
                iframe = null;
            }
            // Perhaps not where we thought: start again from the plan's window.
            session.contextMoved();
            switchHome();
        }
        iframe = wait.until("el formulario «Solicitud de pago»", d -> PortalWait.displayed(d, frame));
        session.toFrame(iframe);
    }

    /**
     * Runs several steps in one visit to the form's iframe or window (each step alone goes in and comes
     * back). Not for «Anexar documento», which leaves for the upload window.
     */
    public PaymentRequestForm together(Consumer<PaymentRequestForm> steps) {
        inForm(() -> steps.accept(this));
        return this;
    }

    /** Several reads in one visit to the form's iframe or window, like {@link #together}. */
    public <T> T readTogether(Function<PaymentRequestForm, T> reads) {
        return inForm(() -> reads.apply(this));
    }

    /** Runs {@code action} inside the form (its window or its iframe) and always comes back home. */
    <T> T inForm(Supplier<T> action) {
        if (inside > 0) {
            return action.get();
        }
        inside++;
        try {
            return inFormNow(() -> {
                settle();
                return action.get();
            });
        } finally {
            inside--;
        }
    }

    private <T> T inFormNow(Supplier<T> action) {
        if (formWindow != null) {
            session.toWindow(formWindow);
            try {
                return action.get();
            } finally {
                switchHome();
            }
        }
        switchHome();
        if (asPage()) {
            return action.get();
        }
        enterFrame();
        try {
            return action.get();
        } finally {
            switchHome();
        }
    }
}
