package co.secop.robot.config;

import co.secop.robot.batch.JournalLocation;
import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.notification.SmtpSettings;
import co.secop.robot.portal.Locators;
import co.secop.robot.portal.PortalSettings;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
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

    public long maxZipBytes() {
        return config.bytes("lote.tamano-maximo-zip");
    }

    /** The longest text each field of the portal's form keeps ({@code portal.limites}). */
    public co.secop.robot.spreadsheet.FieldLimits fieldLimits() {
        co.secop.robot.spreadsheet.FieldLimits form = co.secop.robot.spreadsheet.FieldLimits.FORM;
        return new co.secop.robot.spreadsheet.FieldLimits(limit("portal.limites.numero", form.number()),
                limit("portal.limites.notas", form.notes()), limit("portal.limites.cufe", form.cufe()));
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
        return new SmtpSettings(config.optionalString("correo.servidor").orElse(""), config.integer("correo.puerto"),
                config.optionalString("correo.usuario"),
                Optional.ofNullable(System.getenv("SECOP_SMTP_CLAVE")).filter(p -> !p.isBlank()).map(String::toCharArray),
                config.optionalString("correo.remitente").orElse(""), config.bool("correo.tls"));
    }

    /**
     * Where the journal of a spreadsheet lives: {@code lote.diarios} when set, else the user's data folder
     * ({@link JournalLocation}); never relative to the current directory, whatever {@code --salida} says.
     */
    public Path journalFile(String loginUrl, String user, Path spreadsheet, String sheetName) {
        Path folder = config.optionalString("lote.diarios").map(Path::of).orElseGet(JournalLocation::defaultFolder);
        return JournalLocation.file(folder, loginUrl, user, spreadsheet.toAbsolutePath().normalize(), sheetName);
    }

    public PortalSettings portalSettings() {
        Locators locators = Locators.load(config.optionalString("portal.localizadores").map(Path::of));
        return PortalSettings.defaults()
                .withTimeout(config.duration("portal.espera-maxima"))
                .withShortTimeout(config.duration("portal.espera-corta"))
                .withLocators(locators);
    }

    public BrowserSettings browserSettings(boolean visible) {
        BrowserSettings settings = BrowserSettings.defaults()
                .withHeadless(!(visible || config.bool("navegador.visible")));
        settings = config.optionalString("navegador.binario").map(Path::of).map(settings::withChromeBinary).orElse(settings);
        settings = config.optionalString("navegador.chromedriver").map(Path::of).map(settings::withChromedriver).orElse(settings);
        Optional<String> grid = config.optionalString("navegador.grid");
        if (grid.isPresent()) {
            settings = settings.withGridUrl(url(grid.get(), "navegador.grid"));
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
