package co.secop.robot.simulator;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The faults the simulator can inject ({@code --fallas}, {@code POST /_mock/api/faults} "kinds"), each
 * imitating a behaviour reported by people who automate SECOP II (docs/portal.md §14).
 * The Spanish {@link #code()} is what the CLI and the API use. {@link #eligibility()} says which requests
 * may get the fault: only eligible requests draw from the seeded random generator.
 */
public enum FaultKind {

    /** HTTP 500 "Error inesperado" instead of the answer; the action is NOT applied. */
    ERROR_500(
            "error-500",
            "página «Error inesperado» (HTTP 500) sin aplicar la acción",
            "acciones AJAX (POST) después de iniciar sesión"),
    /** The action IS applied, but the answer is the "Error inesperado" page: the unknown-outcome case. */
    ERROR_AFTER_SAVE(
            "error-tras-guardar",
            "la acción SÍ se guarda pero la respuesta es «Error inesperado»",
            "«Confirmar», «Enviar», «Borrar» y «Editar» (las acciones que cambian datos)"),
    /** The session expires right before this request (page → login with the notice; AJAX → 401 dialog). */
    SESSION_EXPIRED(
            "sesion-expirada", "la sesión expira en mitad del trámite", "acciones AJAX (POST) con la sesión iniciada"),
    /** The server takes {@code slowMs} before answering: the preloader stays on screen. */
    SLOW_PRELOADER(
            "precargador-lento",
            "el precargador «Por favor, espere» se queda varios segundos",
            "peticiones AJAX y cargas de página después de iniciar sesión"),
    /** The section is drawn again right after it loads: elements read before are stale. */
    REDRAW(
            "redibujo",
            "la sección se vuelve a dibujar justo después de cargar (elementos obsoletos)",
            "recargas AJAX de la sección «Ejecución del Contrato» y de la lista «Mis contratos»"),
    /** "Anexar documento" opens its window {@code slowMs} late. */
    LATE_WINDOW(
            "ventana-tardia",
            "la ventana «Anexar documento» se abre tarde",
            "la página del formulario «Solicitud de pago»"),
    /** The upload ends in "Error" instead of "Documento anexo" (nothing is stored). */
    UPLOAD_FAILED(
            "carga-fallida",
            "la carga del documento termina en «Error» en vez de «Documento anexo»",
            "la carga de archivos de la ventana «Anexar documento»"),
    /** The next button click of the page is swallowed by a transparent {@code .blockUI}. */
    SWALLOWED_CLICK(
            "clic-tragado",
            "un clic se pierde en la capa transparente .blockUI",
            "la página de inicio de sesión, el detalle del contrato y las recargas AJAX de su sección"),
    /** States show first in English ("Sent") and a moment later in Spanish. */
    ENGLISH_STATE(
            "estado-ingles",
            "los estados aparecen primero en inglés («Sent») y luego en español",
            "recargas AJAX de la sección «Ejecución del Contrato» y de la lista «Mis contratos»"),
    /** "Ingresar" answers "La sesión ha expirado" on the first try: the login page comes back. */
    LOGIN_EXPIRED(
            "login-expirado",
            "«Ingresar» responde «sesión expirada» y vuelve a la página de inicio",
            "el «Ingresar» del inicio de sesión"),
    /** The server is down for {@code outageMs}: every page and AJAX answers HTTP 503. */
    OUTAGE(
            "caida",
            "el servidor queda caído un rato (HTTP 503 «Service Unavailable»)",
            "las cargas de página después de iniciar sesión; durante la caída, toda petición al portal"),
    /** SICOPI does not answer: the planilla check says the service is unavailable (nothing else fails). */
    SICOPI_DOWN(
            "sicopi-caido",
            "la consulta de la planilla a SICOPI responde «no está disponible»",
            "la validación de la planilla de seguridad social");

    private final String code;
    private final String description;
    private final String eligibility;

    FaultKind(String code, String description, String eligibility) {
        this.code = code;
        this.description = description;
        this.eligibility = eligibility;
    }

    /** The Spanish name used by the CLI and the API, e.g. {@code "error-tras-guardar"}. */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** Which requests may get this fault (Spanish). */
    public String eligibility() {
        return eligibility;
    }

    public static Optional<FaultKind> byCode(String code) {
        String wanted =
                code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(k -> k.code.equals(wanted)
                        || k.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(wanted))
                .findFirst();
    }

    /**
     * "error-500,caida" → those kinds; empty, null or "todas" → every kind.
     *
     * @throws IllegalArgumentException (Spanish) for an unknown name
     */
    public static Set<FaultKind> parse(String commaSeparated) {
        if (commaSeparated == null
                || commaSeparated.isBlank()
                || commaSeparated.strip().equalsIgnoreCase("todas")) {
            return EnumSet.allOf(FaultKind.class);
        }
        return parse(Arrays.asList(commaSeparated.split(",")));
    }

    /** Each name to its kind; an empty list → every kind. */
    public static Set<FaultKind> parse(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return EnumSet.allOf(FaultKind.class);
        }
        Set<FaultKind> kinds = EnumSet.noneOf(FaultKind.class);
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            if (code.strip().equalsIgnoreCase("todas")) {
                return EnumSet.allOf(FaultKind.class);
            }
            kinds.add(byCode(code)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "La falla «" + code.strip() + "» no existe. Use: " + codes())));
        }
        return kinds.isEmpty() ? EnumSet.allOf(FaultKind.class) : kinds;
    }

    /** "error-500, error-tras-guardar, ...". */
    public static String codes() {
        return Arrays.stream(values()).map(FaultKind::code).collect(Collectors.joining(", "));
    }
}
