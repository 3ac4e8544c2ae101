package co.secop.robot.simulator.web;

/**
 * Ways a handler stops early; {@code Simulator} maps each to a response
 * (redirect, 401 JSON, "Error inesperado" page, 403/404 page).
 */
public final class Outcome {

    private Outcome() {}

    private abstract static class Quiet extends RuntimeException {
        Quiet(String message) {
            super(message, null, false, false);
        }
    }

    /** 302 to {@code location}. */
    public static final class Redirect extends Quiet {
        public Redirect(String location) {
            super(location);
        }

        public String location() {
            return getMessage();
        }
    }

    /** AJAX without a live session: 401 {@code {"sessionExpired":true}}. */
    public static final class AjaxSessionExpired extends Quiet {
        public AjaxSessionExpired() {
            super("sessionExpired");
        }
    }

    /** Unknown or stale mkey: HTTP 500 "Error inesperado". */
    public static final class StaleKey extends Quiet {
        public StaleKey(String mkey) {
            super("mkey desconocida o vencida: " + mkey);
        }
    }

    /** 403 page with a Spanish explanation. */
    public static final class Forbidden extends Quiet {
        public Forbidden(String message) {
            super(message);
        }
    }

    /** 404 page with a Spanish explanation. */
    public static final class NotFound extends Quiet {
        public NotFound(String message) {
            super(message);
        }
    }
}
