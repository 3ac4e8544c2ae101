package co.secop.robot.portal.inspect;

import co.secop.robot.portal.CompanySelection;
import co.secop.robot.portal.ContractDetailPage;
import co.secop.robot.portal.ContractNotFoundException;
import co.secop.robot.portal.ContractRow;
import co.secop.robot.portal.DocumentUploadWindow;
import co.secop.robot.portal.LoginPage;
import co.secop.robot.portal.MyContractsPage;
import co.secop.robot.portal.PaymentEntry;
import co.secop.robot.portal.PaymentPlanSection;
import co.secop.robot.portal.PaymentRequestForm;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.portal.QuestionDeclinedException;
import co.secop.robot.portal.WorkAreaPage;
import co.secop.robot.portal.locate.ElementNotFoundException;
import co.secop.robot.portal.locate.Locators;
import co.secop.robot.portal.locate.PageDocuments;
import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.portal.locate.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./secop revisar}: walks the pages the robot uses, as a contractor would, without changing anything
 * (login, company, work area, Mis contratos, Detalle, Plan de pagos; with the form: «Crear» then «Cancelar»,
 * «Anexar documento» then «Cerrar», no file chosen), and checks every locator key on the page where it lives.
 */
public final class PortalInspection {

    private static final Logger LOG = LoggerFactory.getLogger(PortalInspection.class);

    /**
     * The text setting listing the keys that only show in some cases (a message, an optional popup, a row in a
     * given state...): not seeing them on a page is «no alcanzado», not «no encontrado».
     */
    public static final String CONDITIONAL_KEYS = "revision.condicionales";

    /** Where each group of keys is checked; groups not listed are never on the pages revisar opens. */
    private static final Map<String, String> PAGE_OF_GROUP = new LinkedHashMap<>();

    static {
        PAGE_OF_GROUP.put("login", "01-inicio-de-sesion");
        PAGE_OF_GROUP.put("empresa", "02-empresa");
        PAGE_OF_GROUP.put("informacion", "03-escritorio");
        PAGE_OF_GROUP.put("encabezado", "03-escritorio");
        PAGE_OF_GROUP.put("contratos", "04-mis-contratos");
        PAGE_OF_GROUP.put("detalle", "05-detalle-del-contrato");
        PAGE_OF_GROUP.put("plan", "06-plan-de-pagos");
        PAGE_OF_GROUP.put("formulario", "07-formulario-solicitud-de-pago");
        PAGE_OF_GROUP.put("subida", "08-anexar-documento");
    }

    /** What to look at. */
    public record Request(
            String loginUrl,
            String user,
            String password,
            Optional<String> company,
            Optional<String> contract,
            boolean form) {}

    /** Everything checked, and where the walk stopped if it did. */
    public record Result(
            List<KeyCheck> keys,
            List<String> companies,
            List<String> sections,
            String contract,
            Optional<String> stoppedAt,
            List<String> declinedQuestions) {

        public List<KeyCheck> notFound() {
            return keys.stream()
                    .filter(k -> k.status() == KeyCheck.Status.NOT_FOUND)
                    .toList();
        }

        public List<KeyCheck> onlyByFallback() {
            return keys.stream().filter(KeyCheck::onlyByFallback).toList();
        }
    }

    private final PortalSession session;
    private final InspectionSink sink;
    private final Locators locators;
    private final Set<String> conditional;
    private final Map<String, KeyCheck> checks = new LinkedHashMap<>();
    private final List<String> companies = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private String contractNumber = "";
    private final List<String> declined = new ArrayList<>();

    public PortalInspection(PortalSession session, InspectionSink sink) {
        this.session = session;
        this.sink = sink;
        this.locators = session.locators();
        this.conditional = Set.copyOf(locators.texts(CONDITIONAL_KEYS));
    }

    public Result run(Request request) {
        Optional<String> stopped = Optional.empty();
        String where = "01-inicio-de-sesion";
        try {
            LoginPage login = session.openLogin(request.loginUrl());
            page(where, "Inicio de sesión", group("login").or(k -> k.equals("sesion.mensaje-expirada")), Map.of());
            where = "02-empresa";
            CompanySelection choice = login.signIn(request.user(), request.password());
            if (choice.choiceShown()) {
                companies.addAll(choice.companies());
                page(where, "Selección de empresa", group("empresa"), Map.of());
            } else {
                skip(group("empresa"), "El usuario tiene una sola empresa: el portal no pidió elegirla.");
            }
            where = "03-escritorio";
            WorkAreaPage work = choice.enter(request.company().orElse(null));
            page(where, "Escritorio", group("encabezado").or(group("informacion")), Map.of());
            where = "04-mis-contratos";
            MyContractsPage contracts = work.header().openMyContracts();
            if (companies.isEmpty()) {
                companies.addAll(contracts.companies());
            }
            page(where, "Mis contratos", group("contratos"), Map.of());
            where = "05-detalle-del-contrato";
            ContractRow contract = chooseContract(contracts, request.contract());
            contractNumber = contract.number();
            ContractDetailPage detail = contracts.openDetail(contract.number());
            sections.addAll(detail.sections());
            page(where, "Detalle del contrato " + contract.number(), group("detalle"), Map.of());
            where = "06-plan-de-pagos";
            PaymentPlanSection plan = detail.openPaymentPlan();
            List<PaymentEntry> entries = plan.entries();
            Map<String, Object> args =
                    entries.isEmpty() ? Map.of() : Map.of("i", entries.get(0).index());
            page(where, "Plan de pagos", group("plan"), args);
            if (request.form()) {
                where = "07-formulario-solicitud-de-pago";
                sink.notice("Se abre «Crear» y luego se sale con «Cancelar»; se abre «Anexar documento» y se cierra con"
                        + " «Cerrar» sin elegir archivos. No se guarda ni se envía nada.");
                try {
                    PaymentRequestForm form = plan.createWithoutSaving();
                    // The social-security block (planilla) lives in the form: its keys are listed with the form's, for
                    // its first line; nothing is typed or validated.
                    Map<String, Object> firstLine = new LinkedHashMap<>();
                    firstLine.put("i", 0);
                    firstLine.put("n", 1);
                    page(
                            where,
                            "Formulario «Solicitud de pago»",
                            group("formulario").or(group("planilla")),
                            firstLine);
                    where = "08-anexar-documento";
                    DocumentUploadWindow upload = form.openAttachWindow();
                    page(where, "Ventana «Anexar documento»", group("subida"), Map.of());
                    upload.close().cancel();
                } catch (QuestionDeclinedException e) {
                    declined.add(e.getMessage());
                    sink.notice(e.getMessage());
                    skip(group("formulario").or(group("planilla")).or(group("subida")), e.getMessage());
                }
            }
        } catch (ElementNotFoundException e) {
            stopped = Optional.of(e.getMessage());
            stopAt(where, e);
        } catch (PortalException | WebDriverException e) {
            LOG.warn("revisar se detuvo en {}", where, e);
            stopped = Optional.of(
                    e instanceof PortalException ? e.getMessage() : e.getClass().getSimpleName() + " en " + where);
            snapshot(where + "-fallo", "Donde se detuvo la revisión", List.of());
        }
        for (String key : locators.keys()) {
            if (!checks.containsKey(key) && !setting(key)) {
                checks.put(key, KeyCheck.notReached(key, alternatives(key, Map.of()), reason(key, request.form())));
            }
        }
        return new Result(
                List.copyOf(checks.values()),
                List.copyOf(companies),
                List.copyOf(sections),
                contractNumber,
                stopped,
                List.copyOf(declined));
    }

    private static String reason(String key, boolean form) {
        String group = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        if (!form && (group.equals("formulario") || group.equals("subida"))) {
            return "Solo con --formulario.";
        }
        return PAGE_OF_GROUP.containsKey(group)
                ? "La revisión no llegó a esta página."
                : "Solo aparece al enviar, borrar, ver el detalle de un pago o ante un error: revisar no lo hace.";
    }

    private ContractRow chooseContract(MyContractsPage contracts, Optional<String> wanted) {
        if (wanted.isPresent()) {
            Optional<ContractRow> row = contracts.contract(wanted.get());
            if (row.isEmpty()) {
                for (String company : contracts.companies()) {
                    if (!Texts.same(company, contracts.activeCompany())) {
                        contracts = contracts.switchCompany(company);
                        row = contracts.contract(wanted.get());
                        if (row.isPresent()) {
                            break;
                        }
                    }
                }
            }
            return row.orElseThrow(() -> new ContractNotFoundException("No se encontró el contrato «" + wanted.get()
                    + "» en «Mis contratos» de ninguna empresa del usuario."));
        }
        List<ContractRow> all = contracts.contracts();
        return all.stream()
                .filter(r -> "En ejecución".equals(r.state()))
                .findFirst()
                .or(() -> all.stream().findFirst())
                .orElseThrow(() -> new ContractNotFoundException(
                        "«Mis contratos» no muestra ningún contrato: use" + " --contrato con el número de uno."));
    }

    /** Texts stored next to the locators (URL pieces, class names), not locators. */
    private boolean setting(String key) {
        return locators.provenance(key).text();
    }

    /** Which alternative (1-based) found each key in one window or iframe. */
    private record DocumentProbes(String name, Map<String, Integer> matched) {}

    private Predicate<String> group(String name) {
        return key -> key.startsWith(name + ".");
    }

    private void skip(Predicate<String> keys, String note) {
        for (String key : locators.keys()) {
            if (keys.test(key) && !setting(key)) {
                checks.put(key, KeyCheck.notReached(key, alternatives(key, Map.of()), note));
            }
        }
    }

    /**
     * The key that tells, for a page whose content lives in a modal iframe or a window of its own, which
     * document holds it: the page's other keys count only there (the page underneath can show the same labels,
     * e.g. the plan's «Valor total» column under the form).
     */
    private static final Map<String, String> ANCHOR = Map.of("formulario", "formulario.confirmar");

    /** Keys of such a page that live in the page underneath: the iframe that holds the form. */
    private static final java.util.Set<String> CONTAINERS = java.util.Set.of("formulario.iframe");

    /** Checks the page's keys in every window and iframe, then hands the page to the sink. */
    private void page(String folder, String title, Predicate<String> keys, Map<String, Object> args) {
        List<String> mine =
                locators.keys().stream().filter(keys).filter(k -> !setting(k)).toList();
        Optional<String> anchor =
                ANCHOR.values().stream().filter(mine::contains).findFirst();
        List<InventoryItem> inventory = new ArrayList<>();
        List<PageDocuments.Document> documents = new ArrayList<>();
        List<DocumentProbes> probes = new ArrayList<>();
        session.contextMoved();
        PageDocuments.visit(session.driver(), (name, current, d) -> {
            inventory.addAll(DomInventory.read(d, name));
            documents.add(describe(d, name, current));
            Map<String, Integer> matched = new LinkedHashMap<>();
            for (String key : mine) {
                if (alternatives(key, args).isEmpty()) {
                    continue;
                }
                Locators.Probe probe = locators.describe(d, key, argumentsOf(key, args));
                if (probe.found()) {
                    matched.put(key, probe.matched().getAsInt() + 1);
                }
            }
            probes.add(new DocumentProbes(name, matched));
        });
        boolean anchored =
                anchor.isPresent() && probes.stream().anyMatch(p -> p.matched().containsKey(anchor.get()));
        Map<String, int[]> found = new LinkedHashMap<>();
        Map<String, String> foundIn = new LinkedHashMap<>();
        for (DocumentProbes document : probes) {
            boolean holdsThePage = !anchored || document.matched().containsKey(anchor.get());
            document.matched().forEach((key, alternative) -> {
                if (!holdsThePage && !CONTAINERS.contains(key)) {
                    return;
                }
                if (!found.containsKey(key) || alternative < found.get(key)[0]) {
                    found.put(key, new int[] {alternative});
                    foundIn.put(key, document.name());
                }
            });
        }
        List<KeyCheck> pageChecks = new ArrayList<>();
        for (String key : mine) {
            List<String> alternatives = alternatives(key, args);
            KeyCheck check;
            if (alternatives.isEmpty()) {
                check = KeyCheck.notReached(
                        key,
                        locators.texts(key),
                        "Necesita una fila de Plan de pagos y el plan no" + " tiene ninguna.");
            } else if (found.containsKey(key)) {
                check = new KeyCheck(
                        key,
                        KeyCheck.Status.FOUND,
                        folder,
                        alternatives,
                        found.get(key)[0],
                        foundIn.get(key),
                        "",
                        List.of());
            } else if (conditional.contains(key)) {
                check = new KeyCheck(
                        key,
                        KeyCheck.Status.NOT_REACHED,
                        folder,
                        alternatives,
                        0,
                        "",
                        "Solo aparece en ciertos casos y no apareció en esta visita.",
                        List.of());
            } else {
                check = new KeyCheck(
                        key,
                        KeyCheck.Status.NOT_FOUND,
                        folder,
                        alternatives,
                        0,
                        "",
                        "",
                        Suggestions.forKey(key, alternatives, inventory));
            }
            checks.put(key, check);
            pageChecks.add(check);
        }
        sink.page(folder, title, url(), screenshot(), documents, inventory, pageChecks);
    }

    /** The page where a page object stopped on a missing element: that key is «no encontrado». */
    private void stopAt(String folder, ElementNotFoundException e) {
        List<InventoryItem> inventory = new ArrayList<>();
        List<PageDocuments.Document> documents = new ArrayList<>();
        session.contextMoved();
        PageDocuments.visit(session.driver(), (name, current, d) -> {
            inventory.addAll(DomInventory.read(d, name));
            documents.add(describe(d, name, current));
        });
        KeyCheck check = new KeyCheck(
                e.key(),
                KeyCheck.Status.NOT_FOUND,
                folder,
                e.alternatives(),
                0,
                "",
                "El robot se detuvo aquí: " + e.getMessage(),
                Suggestions.forKey(e.key(), e.alternatives(), inventory));
        checks.put(e.key(), check);
        sink.page(folder, "Donde se detuvo la revisión", url(), screenshot(), documents, inventory, List.of(check));
    }

    private void snapshot(String folder, String title, List<KeyCheck> keys) {
        List<InventoryItem> inventory = new ArrayList<>();
        List<PageDocuments.Document> documents = new ArrayList<>();
        try {
            session.contextMoved();
            PageDocuments.visit(session.driver(), (name, current, d) -> {
                inventory.addAll(DomInventory.read(d, name));
                documents.add(describe(d, name, current));
            });
        } catch (WebDriverException e) {
            LOG.debug("Sin copia de la página donde se detuvo la revisión", e);
        }
        sink.page(folder, title, url(), screenshot(), documents, inventory, keys);
    }

    private static PageDocuments.Document describe(WebDriver d, String name, boolean current) {
        List<?> v = (List<?>)
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return [location.href, document.title];");
        return new PageDocuments.Document(
                name, String.valueOf(v.get(0)), String.valueOf(v.get(1)), d.getPageSource(), current);
    }

    /** The key's alternatives with placeholders filled; empty when a placeholder has no value here. */
    /**
     * The key's alternatives with their placeholders filled by name from {@code args}; none when the page does not
     * give every placeholder the key needs (a document's name before one is attached): such a key is not probed.
     */
    private List<String> alternatives(String key, Map<String, Object> args) {
        List<String> filled = new ArrayList<>();
        for (String alternative : locators.texts(key)) {
            List<String> names = Locators.placeholders(alternative);
            if (!args.keySet().containsAll(names)) {
                return List.of();
            }
            filled.add(Locators.fill(
                    key, alternative, names.stream().map(args::get).toArray()));
        }
        return filled;
    }

    /** The values of the key's placeholders from {@code args}, in the order the key names them. */
    private Object[] argumentsOf(String key, Map<String, Object> args) {
        return locators.texts(key).stream()
                .flatMap(alternative -> Locators.placeholders(alternative).stream())
                .distinct()
                .map(args::get)
                .toArray();
    }

    private String url() {
        try {
            return session.driver().getCurrentUrl();
        } catch (WebDriverException e) {
            return "";
        }
    }

    private byte[] screenshot() {
        try {
            return ((TakesScreenshot) session.driver()).getScreenshotAs(OutputType.BYTES);
        } catch (WebDriverException | ClassCastException e) {
            return new byte[0];
        }
    }
}
