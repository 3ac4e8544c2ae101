package co.secop.robot.portal;

import co.secop.robot.portal.locate.Locators;
import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.portal.locate.PortalWait;
import co.secop.robot.portal.locate.Texts;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "Mis contratos" ({@code SalesContractManagement/Index}): the supplier's contracts of the active company. */
public final class MyContractsPage extends Page {

    private static final int MAX_MORE_PAGES = 50;

    MyContractsPage(PortalSession session) {
        super(session);
    }

    /** Waits for the grid the page loads by AJAX after it opens. */
    MyContractsPage awaitLoaded() {
        String listPart = locators.text("contratos.url-lista");
        wait.until("la lista «Mis contratos»", d -> {
            String url = d.getCurrentUrl();
            return url != null
                    && url.contains(listPart)
                    && (!d.findElements(by("contratos.grilla")).isEmpty() || shown("contratos.sin-resultados"))
                    && !wait.overlayShown();
        });
        return this;
    }

    public HeaderMenu header() {
        return new HeaderMenu(session);
    }

    /** The company whose contracts are listed. */
    public String activeCompany() {
        Optional<List<CompanyOption>> options = companyOptions();
        if (options.isPresent()) {
            return options.get().stream()
                    .filter(CompanyOption::selected)
                    .map(CompanyOption::name)
                    .findFirst()
                    .orElse("");
        }
        return header().activeCompany();
    }

    /** The companies the user can switch to (the active one included). */
    public List<String> companies() {
        Optional<List<CompanyOption>> options = companyOptions();
        if (options.isEmpty()) {
            String active = header().activeCompany();
            return active.isEmpty() ? List.of() : List.of(active);
        }
        return options.get().stream().map(CompanyOption::name).toList();
    }

    /**
     * Makes {@code companyNameOrCode} the active company. Like the portal's own selector, it goes to
     * {@code SwitchCompany?companyCode=} (resolved against this page's URL), waits for the
     * {@code ReloadSession}/{@code issue.aspx} redirects to end and checks the selected company.
     */
    public MyContractsPage switchCompany(String companyNameOrCode) {
        if (Texts.same(activeCompany(), companyNameOrCode)) {
            return this;
        }
        List<CompanyOption> options = companyOptions()
                .orElseThrow(() -> new PortalException("El usuario solo tiene la empresa «" + activeCompany()
                        + "» en SECOP II; no puede cambiar a «" + companyNameOrCode + "»."));
        String code = null;
        String name = null;
        List<String> offered = new ArrayList<>();
        for (CompanyOption option : options) {
            if (Texts.same(option.name(), companyNameOrCode)
                    || Texts.same(option.text(), companyNameOrCode)
                    || companyNameOrCode.strip().equals(option.value())) {
                code = option.value();
                name = option.name();
            }
            offered.add(option.name());
        }
        if (code == null) {
            throw new PortalException("El usuario no tiene la empresa «" + companyNameOrCode + "» en SECOP II. "
                    + "Empresas disponibles: " + String.join(", ", offered) + ".");
        }
        String relative =
                locators.text("contratos.url-cambio-empresa", URLEncoder.encode(code, StandardCharsets.UTF_8));
        URI target = URI.create(driver.getCurrentUrl()).resolve(relative);
        driver.get(target.toString());
        List<String> redirects = locators.texts("contratos.urls-redireccion");
        String listPart = locators.text("contratos.url-lista");
        wait.until("que SECOP II termine de cambiar a la empresa «" + name + "»", d -> {
            String url = d.getCurrentUrl();
            return url != null && url.contains(listPart) && redirects.stream().noneMatch(url::contains);
        });
        awaitLoaded();
        String expected = name;
        String active = wait.optional(wait.timeout(), d -> Texts.same(activeCompany(), expected) ? expected : null)
                .orElseGet(this::activeCompany);
        if (!Texts.same(active, expected)) {
            throw new PortalException("SECOP II no cambió a la empresa «" + expected
                    + "»: la empresa activa sigue siendo «" + active + "».");
        }
        return this;
    }

    /** Every contract listed (pressing "Ver más" while the portal offers it). */
    public List<ContractRow> contracts() {
        loadAllPages();
        List<ContractRow> rows = wait.until("leer la lista de contratos", d -> readRows());
        boolean untranslated = rows.stream().anyMatch(r -> PortalStates.isUntranslatedContract(r.state()));
        if (untranslated) {
            rows = wait.optional(wait.shortTimeout(), d -> {
                        List<ContractRow> again = readRows();
                        return again.stream().anyMatch(r -> PortalStates.isUntranslatedContract(r.state()))
                                ? null
                                : again;
                    })
                    .orElse(rows);
        }
        List<ContractRow> normalized = new ArrayList<>();
        for (ContractRow row : rows) {
            normalized.add(new ContractRow(
                    row.id(), row.number(), row.entity(), row.value(), PortalStates.normalizeContract(row.state())));
        }
        return normalized;
    }

    /** The row of a contract (by number or id), if listed. */
    public Optional<ContractRow> contract(String numberOrId) {
        return contracts().stream().filter(r -> r.matches(numberOrId)).findFirst();
    }

    /**
     * Presses "Detalle" of the contract. The portal may open the detail in the same tab or in a new one;
     * both are handled (the new tab becomes the current window).
     *
     * @throws ContractNotFoundException when the active company does not list it
     */
    public ContractDetailPage openDetail(String numberOrId) {
        loadAllPages();
        List<ContractRow> rows = wait.until("leer la lista de contratos", d -> readRows());
        if (rows.stream().noneMatch(r -> r.matches(numberOrId))) {
            throw new ContractNotFoundException("El contrato «" + numberOrId + "» no aparece en «Mis contratos» de la "
                    + "empresa «" + activeCompany() + "».");
        }
        String listWindow = driver.getWindowHandle();
        Set<String> before = ui.windowHandles();
        String listUrl = driver.getCurrentUrl();
        ui.click("«Detalle» del contrato «" + numberOrId + "»", d -> detailLink(d, numberOrId));
        String detailPart = locators.text("detalle.url");
        String newWindow = wait.until("que se abra el detalle del contrato «" + numberOrId + "»", d -> {
            Set<String> fresh = ui.newWindows(before);
            if (!fresh.isEmpty()) {
                return fresh.iterator().next();
            }
            String url = d.getCurrentUrl();
            return url != null && !url.equals(listUrl) && url.contains(detailPart) ? "" : null;
        });
        if (!newWindow.isEmpty()) {
            session.toWindow(newWindow);
            return new ContractDetailPage(session, Optional.of(listWindow)).awaitLoaded();
        }
        return new ContractDetailPage(session, Optional.empty()).awaitLoaded();
    }

    private WebElement detailLink(WebDriver d, String numberOrId) {
        List<WebElement> trs = d.findElements(by("contratos.filas"));
        List<ContractRow> rows = readAll();
        for (int i = 0; i < rows.size() && i < trs.size(); i++) {
            if (rows.get(i).matches(numberOrId)) {
                return PortalWait.displayed(trs.get(i), by("contratos.detalle"));
            }
        }
        return null;
    }

    private List<ContractRow> readRows() {
        List<ContractRow> rows = new ArrayList<>();
        for (ContractRow row : readAll()) {
            if (!row.id().isEmpty() || !row.number().isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static final String[] CELLS = {
        "contratos.celda-id",
        "contratos.celda-numero",
        "contratos.celda-entidad",
        "contratos.celda-valor",
        "contratos.celda-estado"
    };

    /** Every grid row, cells looked up inside the row (cut texts from their title): one round trip. */
    private static final String READ_ROWS = Locators.withLocate("""
            var rows = arguments[0], cells = arguments[1];
            return locate(null, rows, 'elements').map(function (tr) {
              return cells.map(function (alternatives) {
                var found = locate(tr, alternatives, 'elements');
                return found.length ? shownText(found[0]) : '';
              });
            });""");

    /** One entry per element of {@code contratos.filas}, in the same order. */
    private List<ContractRow> readAll() {
        List<Object> cells = new ArrayList<>();
        for (String key : CELLS) {
            cells.add(locators.script(key));
        }
        Object answer = script(READ_ROWS, locators.script("contratos.filas"), cells);
        List<ContractRow> rows = new ArrayList<>();
        if (answer instanceof List<?> list) {
            for (Object item : list) {
                List<?> c = (List<?>) item;
                rows.add(new ContractRow(
                        Texts.clean(String.valueOf(c.get(0))),
                        Texts.clean(String.valueOf(c.get(1))),
                        Texts.clean(String.valueOf(c.get(2))),
                        Texts.clean(String.valueOf(c.get(3))),
                        Texts.clean(String.valueOf(c.get(4)))));
            }
        }
        return rows;
    }

    /** "Ver más" until the portal stops offering it. */
    private void loadAllPages() {
        By more = by("contratos.ver-mas");
        for (int page = 0; page < MAX_MORE_PAGES && PortalWait.isDisplayed(driver, more); page++) {
            int count = driver.findElements(by("contratos.filas")).size();
            ui.click(more, "«Ver más» de la lista de contratos");
            wait.until(
                    "más contratos en la lista",
                    d -> !wait.overlayShown()
                            && (d.findElements(by("contratos.filas")).size() > count
                                    || !PortalWait.isDisplayed(d, more)));
        }
    }

    /**
     * An option of the company selector: the name (its {@code title}, the full name the visible text may cut),
     * its text, its value (the company code) and whether it is the one chosen.
     */
    private record CompanyOption(String name, String text, String value, boolean selected) {}

    private static final String COMPANY_OPTIONS = Locators.withLocate("""
            var select = locate(null, arguments[0], 'elements')[0];
            if (!select || !select.options) { return null; }
            return Array.prototype.map.call(select.options, function (o) {
              var title = o.getAttribute('title');
              return [title && title.trim() ? title : o.text, o.text, o.value, o.selected];
            });""");

    /** The options of the company selector in one round trip; empty when the page has no selector. */
    private Optional<List<CompanyOption>> companyOptions() {
        Object answer = script(COMPANY_OPTIONS, locators.script("contratos.selector-empresa"));
        if (!(answer instanceof List<?> list)) {
            return Optional.empty();
        }
        List<CompanyOption> options = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof List<?> o && o.size() == 4) {
                options.add(new CompanyOption(
                        Texts.clean(String.valueOf(o.get(0))),
                        Texts.clean(String.valueOf(o.get(1))),
                        String.valueOf(o.get(2)),
                        Boolean.TRUE.equals(o.get(3))));
            }
        }
        return Optional.of(options);
    }
}
