package co.secop.robot.portal;

import co.secop.robot.format.Hosts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Where the password may be typed: a page whose address is {@code https://} on an allowed host (the SECOP II
 * hosts unless {@code portal.hosts-permitidos} says otherwise), or any page on this machine's loopback address
 * (the simulator), http included. Checked on the configured address before any browser opens, and again on
 * the page actually showing, after every redirect, right before typing.
 */
public final class PasswordDestination {

    /** The hosts of the real SECOP II login. */
    public static final List<String> SECOP_HOSTS = List.of("community.secop.gov.co", "www.secop.gov.co");

    private static final String LOCATION = "return String(window.location.href);";
    private static final String CERTIFICATE_INTERSTITIAL = "var b = document.body; return !!b && ("
            + "/(^|\\s)ssl(\\s|$)/.test(b.className) || /ERR_CERT|ERR_SSL|SSL_ERROR/.test(b.innerText || ''));";

    private PasswordDestination() {}

    /** Why the password must not go to this address (Spanish), or empty when it may. */
    public static Optional<String> refusal(String url, Collection<String> allowedHosts) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("La dirección «" + url + "» no es una URL válida.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (uri.getUserInfo() != null) {
            return Optional.of("La dirección «" + withoutQuery(uri) + "» lleva usuario o clave antes del servidor;"
                    + " escriba solo la dirección del portal.");
        }
        if ((scheme.equals("http") || scheme.equals("https")) && Hosts.isLoopback(host)) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of("La dirección «" + withoutQuery(uri) + "» no es https://: la contraseña solo se escribe"
                    + " en una página cifrada (http:// solo se acepta para el simulador en este equipo).");
        }
        boolean allowed = allowedHosts.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .anyMatch(host::equals);
        if (!allowed) {
            return Optional.of("El servidor «" + host + "» no está en portal.hosts-permitidos ("
                    + String.join(", ", allowedHosts) + "): la contraseña solo se escribe en el portal de SECOP II.");
        }
        return Optional.empty();
    }

    /**
     * Right before typing the password: refuses when the page showing now (after redirects) is not an allowed
     * login page, or is the browser's certificate error page.
     *
     * @throws PasswordDestinationRefusedException with the reason, in Spanish
     */
    public static void check(WebDriver driver, Collection<String> allowedHosts) {
        check(driver, allowedHosts, "la contraseña");
    }

    /**
     * Like {@link #check(WebDriver, Collection)}, right before typing {@code what} («el usuario ni la
     * contraseña»): nothing is typed into a page on a host that is not allowed, not even the user name.
     */
    public static void check(WebDriver driver, Collection<String> allowedHosts, String what) {
        refuseCertificateErrors(driver);
        for (String url : new String[] {driver.getCurrentUrl(), documentLocation(driver)}) {
            Optional<String> refusal = refusal(url, allowedHosts);
            if (refusal.isPresent()) {
                throw new PasswordDestinationRefusedException("No se escribió " + what + ": " + refusal.get());
            }
        }
    }

    /**
     * Stops when the browser shows its certificate error page: a TLS error is never ignored nor clicked through.
     *
     * @throws PasswordDestinationRefusedException with the reason, in Spanish
     */
    public static void refuseCertificateErrors(WebDriver driver) {
        String location = documentLocation(driver);
        if (location != null && location.startsWith("chrome-error:") && certificateInterstitial(driver)) {
            throw new PasswordDestinationRefusedException(
                    "El navegador no pudo verificar el certificado (TLS) de «"
                            + driver.getCurrentUrl()
                            + "»: la conexión podría no ser con SECOP II, así que el robot se detiene"
                            + " sin escribir la contraseña. Revise la fecha del equipo, el proxy o el antivirus que intercepta https.");
        }
    }

    private static String documentLocation(WebDriver driver) {
        try {
            Object href = ((JavascriptExecutor) driver).executeScript(LOCATION);
            return href == null ? driver.getCurrentUrl() : href.toString();
        } catch (WebDriverException | ClassCastException e) {
            return driver.getCurrentUrl();
        }
    }

    private static boolean certificateInterstitial(WebDriver driver) {
        try {
            return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(CERTIFICATE_INTERSTITIAL));
        } catch (WebDriverException | ClassCastException e) {
            return true;
        }
    }

    private static String withoutQuery(URI uri) {
        return (uri.getScheme() == null ? "" : uri.getScheme() + "://")
                + (uri.getHost() == null ? "" : uri.getHost())
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getPath() == null ? "" : uri.getPath());
    }
}
