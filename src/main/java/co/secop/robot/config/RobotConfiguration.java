package co.secop.robot.config;

import co.secop.robot.batch.JournalLocation;
import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.format.Hosts;
import co.secop.robot.notification.SmtpSettings;
import co.secop.robot.portal.PasswordDestination;
import co.secop.robot.portal.PortalSettings;
import co.secop.robot.portal.locate.Locators;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The robot's typed settings, read from {@code config/secop.conf}. */
public final class RobotConfiguration {

    private final SecopConfig config;

    public RobotConfiguration(SecopConfig config) {
        this.config = config;
    }

    public static RobotConfiguration load(Optional<Path> file) {
        return new RobotConfiguration(SecopConfig.load(file));
    }

    public SecopConfig raw() {
        return config;
    }

    public String loginUrl() {
        return config.string("portal.url");
    }

    /** The hosts whose https:// login page may receive the password ({@code portal.hosts-permitidos}). */
    public List<String> allowedHosts() {
        String path = "portal.hosts-permitidos";
        if (!config.raw().hasPath(path)) {
            return PasswordDestination.SECOP_HOSTS;
        }
        List<String> hosts = config.raw().getValue(path).valueType() == com.typesafe.config.ConfigValueType.LIST
                ? config.raw().getStringList(path)
                : Arrays.asList(config.string(path).split(","));
        hosts = hosts.stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
        if (hosts.isEmpty()) {
            throw new ConfigurationException("La opción «" + path + "» está vacía: debe tener al menos un servidor"
                    + " (por defecto " + String.join(", ", PasswordDestination.SECOP_HOSTS) + ").");
        }
        return hosts;
    }

    /**
     * The login address, checked before any browser opens: {@code https://} on an allowed host, or the
     * simulator on this machine.
     *
     * @throws ConfigurationException (exit code 2) with the reason, in Spanish
     */
    public String checkedLoginUrl(String url) {
        PasswordDestination.refusal(url, allowedHosts()).ifPresent(reason -> {
            throw new ConfigurationException(
                    "No se usa esa dirección del portal. " + reason
                            + " Si es otro servidor oficial de SECOP II, agréguelo a portal.hosts-permitidos en config/secop.conf.");
        });
        return url;
    }

    public long maxZipBytes() {
        return config.bytes("lote.tamano-maximo-zip");
    }

    /** The longest text each field of the portal's form keeps ({@code portal.limites}). */
    public co.secop.robot.spreadsheet.FieldLimits fieldLimits() {
        co.secop.robot.spreadsheet.FieldLimits form = co.secop.robot.spreadsheet.FieldLimits.FORM;
        return new co.secop.robot.spreadsheet.FieldLimits(
                limit("portal.limites.numero", form.number()),
                limit("portal.limites.notas", form.notes()),
                limit("portal.limites.cufe", form.cufe()));
    }

    private int limit(String path, int fallback) {
        return config.raw().hasPath(path) ? config.integer(path) : fallback;
    }

    public Optional<String> preferredCompany() {
        return config.optionalString("lote.empresa");
    }

    /** How long one row may keep retrying a failing portal. */
    public java.time.Duration rowBudget() {
        return config.duration("lote.presupuesto-por-fila");
    }

    /** The first pause before retrying a failing portal; it doubles each time. */
    public java.time.Duration retryPause() {
        return config.duration("lote.pausa-reintento");
    }

    public Path outputBase() {
        return Path.of(config.string("lote.salida"));
    }

    /** The supervisor e-mail server; the password only from {@code SECOP_SMTP_CLAVE}. */
    public SmtpSettings smtp() {
        return smtp(System.getenv("SECOP_SMTP_CLAVE"));
    }

    /**
     * The e-mail server with this password.
     *
     * @throws ConfigurationException when a user and password would travel without TLS to another machine
     */
    SmtpSettings smtp(String password) {
        SmtpSettings smtp = new SmtpSettings(
                config.optionalString("correo.servidor").orElse(""),
                config.integer("correo.puerto"),
                config.optionalString("correo.usuario"),
                Optional.ofNullable(password).filter(p -> !p.isBlank()).map(String::toCharArray),
                config.optionalString("correo.remitente").orElse(""),
                config.bool("correo.tls"));
        if (smtp.sendsPasswordInClear()) {
            throw new ConfigurationException(smtp.clearPasswordRefusal());
        }
        return smtp;
    }

    /**
     * Where the journal of a spreadsheet lives: {@code lote.diarios} when set, else the user's data folder
     * ({@link JournalLocation}); never relative to the current directory, whatever {@code --salida} says.
     */
    public Path journalFile(String loginUrl, String user, Path spreadsheet, String sheetName) {
        Path folder = config.optionalString("lote.diarios").map(Path::of).orElseGet(JournalLocation::defaultFolder);
        return JournalLocation.file(
                folder, loginUrl, user, spreadsheet.toAbsolutePath().normalize(), sheetName);
    }

    public PortalSettings portalSettings() {
        Locators locators =
                Locators.load(config.optionalString("portal.localizadores").map(Path::of));
        return PortalSettings.defaults()
                .withTimeout(config.duration("portal.espera-maxima"))
                .withShortTimeout(config.duration("portal.espera-corta"))
                .withLocators(locators)
                .withAllowedHosts(allowedHosts());
    }

    public BrowserSettings browserSettings(boolean visible) {
        BrowserSettings settings =
                BrowserSettings.defaults().withHeadless(!(visible || config.bool("navegador.visible")));
        settings = config.optionalString("navegador.binario")
                .map(Path::of)
                .map(settings::withChromeBinary)
                .orElse(settings);
        settings = config.optionalString("navegador.chromedriver")
                .map(Path::of)
                .map(settings::withChromedriver)
                .orElse(settings);
        Optional<String> grid = config.optionalString("navegador.grid");
        if (grid.isPresent()) {
            URL gridUrl = url(grid.get(), "navegador.grid");
            if (!"https".equalsIgnoreCase(gridUrl.getProtocol())
                    && !Hosts.isLoopback(gridUrl.getHost())
                    && !config.bool("navegador.grid-http-permitido")) {
                throw new ConfigurationException(
                        "El Selenium Grid " + grid.get() + " está en otra máquina y usa http://:"
                                + " la contraseña que el robot escribe viajaría sin cifrar. Use https:// o, solo en una red de"
                                + " confianza, navegador.grid-http-permitido = true (SECOP_GRID_HTTP_PERMITIDO=true).");
            }
            settings = settings.withGridUrl(gridUrl);
        }
        return settings;
    }

    private static URL url(String text, String option) {
        try {
            return URI.create(text).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new ConfigurationException("La opción «" + option + "» no es una URL válida: " + text, e);
        }
    }
}
