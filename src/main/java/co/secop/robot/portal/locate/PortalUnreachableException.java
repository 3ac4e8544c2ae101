package co.secop.robot.portal.locate;

import java.util.Locale;

/**
 * The browser could not reach the portal at all: connection refused, a name that does not resolve, a TLS
 * failure, no network. The browser shows its own error page ({@code chrome-error://}), seen at once instead of
 * waiting for a page that will never come.
 */
public class PortalUnreachableException extends PortalUnavailableException {

    private final String host;

    public PortalUnreachableException(String host, String errorCode) {
        super("No se pudo conectar con " + host + " (" + reason(errorCode) + ").");
        this.host = host;
    }

    /** The host the browser could not reach, with its port when it has one. */
    public String host() {
        return host;
    }

    /** The browser's error code in the contractor's words. */
    static String reason(String errorCode) {
        String code = errorCode == null ? "" : errorCode.strip().toUpperCase(Locale.ROOT);
        if (code.contains("CONNECTION_REFUSED")) {
            return "conexión rechazada: nada responde en esa dirección";
        }
        if (code.contains("NAME_NOT_RESOLVED") || code.contains("NAME_RESOLUTION")) {
            return "el nombre no existe o no hay DNS";
        }
        if (code.contains("INTERNET_DISCONNECTED") || code.contains("NETWORK_CHANGED")) {
            return "el equipo no tiene conexión a internet";
        }
        if (code.contains("TIMED_OUT")) {
            return "la conexión no respondió a tiempo";
        }
        if (code.contains("SSL") || code.contains("CERT")) {
            return "error de TLS (https) al conectar";
        }
        if (code.contains("CONNECTION_RESET")
                || code.contains("CONNECTION_CLOSED")
                || code.contains("EMPTY_RESPONSE")) {
            return "la conexión se cortó";
        }
        return code.isEmpty() ? "el navegador mostró su página de error" : "error del navegador " + code;
    }
}
