package co.secop.robot.qa;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the acceptance scenarios run: against a simulator of their own (the default) or against a test
 * portal ({@code -Dsecop.qa.portal=<login URL>}, credentials from {@code SECOP_USUARIO}/{@code SECOP_CLAVE}).
 */
public final class QaConfig {

    /** Login URL of a test portal; when set no simulator starts and {@value #SIMULATOR_TAG} scenarios are skipped. */
    public static final String PORTAL_PROPERTY = "secop.qa.portal";
    /** {@code -Dsecop.qa.grid=<URL>} ({@code ./secop test --grid URL}): the scenarios' browsers on a Selenium Grid. */
    public static final String GRID_PROPERTY = "secop.qa.grid";
    /** {@code -Dsecop.qa.visible=true}: a visible browser instead of a headless one. */
    public static final String VISIBLE_PROPERTY = "secop.qa.visible";
    /** Scenarios that need the simulator's mock API (/_mock/api/) or its seed users. */
    public static final String SIMULATOR_TAG = "@simulador";

    /** The simulator's seed contractor (two companies); never a real credential. */
    public static final String SIMULATOR_USER = "contratista.demo";

    public static final String SIMULATOR_PASSWORD = "Demo2026*";

    private QaConfig() {}

    public static Optional<String> portalUrl() {
        String url = System.getProperty(PORTAL_PROPERTY, "").strip();
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }

    public static Optional<java.net.URL> gridUrl() {
        String url = System.getProperty(GRID_PROPERTY, "").strip();
        try {
            return url.isEmpty()
                    ? Optional.empty()
                    : Optional.of(java.net.URI.create(url).toURL());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException("-D" + GRID_PROPERTY + " no es una dirección válida: " + url, e);
        }
    }

    public static boolean simulated() {
        return portalUrl().isEmpty();
    }

    public static boolean visible() {
        return Boolean.getBoolean(VISIBLE_PROPERTY);
    }

    /** The project folder: relative paths of the features (sample-data/...) are resolved against it. */
    public static Path projectDir() {
        return Path.of(System.getProperty("secop.home", ".")).toAbsolutePath().normalize();
    }

    public static Path resolve(String relative) {
        return projectDir().resolve(relative).normalize();
    }

    /** The contractor the scenarios sign in as: the seed user, or SECOP_USUARIO against a test portal. */
    public static String user() {
        return simulated() ? SIMULATOR_USER : requiredEnv("SECOP_USUARIO");
    }

    public static String password() {
        return simulated() ? SIMULATOR_PASSWORD : requiredEnv("SECOP_CLAVE");
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Para probar contra el portal "
                    + portalUrl().orElse("") + " defina la variable de entorno " + name + ".");
        }
        return value;
    }
}
