package co.secop.robot.simulator.web;

import co.secop.robot.simulator.model.Role;
import io.javalin.http.Context;

/** Session and mkey checks at the top of every handler. */
public final class Guard {

    public static final String LOGIN = "/STS/Users/Login/Index";
    public static final String LOGIN_EXPIRED = LOGIN + "?expired=true";

    private final SessionStore sessions;

    public Guard(SessionStore sessions) {
        this.sessions = sessions;
    }

    /** A full page: no session → login; expired/idle → login with the expiry message. */
    public Session page(Context ctx) {
        SessionStore.Lookup lookup = sessions.lookup(ctx);
        switch (lookup.status()) {
            case NONE -> throw new Outcome.Redirect(LOGIN);
            case EXPIRED -> throw new Outcome.Redirect(LOGIN_EXPIRED);
            default -> {}
        }
        Session session = lookup.session();
        if (!session.signedIn()) {
            throw new Outcome.Redirect(LOGIN);
        }
        sessions.touch(session);
        return session;
    }

    public Session page(Context ctx, Role role) {
        return requireRole(page(ctx), role);
    }

    /** An AJAX call: without a live, signed-in session → 401 {@code {"sessionExpired":true}}. */
    public Session ajax(Context ctx) {
        Session session =
                sessions.lookup(ctx).active().filter(Session::signedIn).orElseThrow(Outcome.AjaxSessionExpired::new);
        sessions.touch(session);
        return session;
    }

    public Session ajax(Context ctx, Role role) {
        return requireRole(ajax(ctx), role);
    }

    /** The request's {@code mkey} (query, else form) must be one this session issued, of the given kind. */
    public <T extends MkeyTarget> T target(Session session, Context ctx, Class<T> type) {
        String mkey = mkey(ctx);
        return session.target(mkey)
                .filter(type::isInstance)
                .map(type::cast)
                .orElseThrow(() -> new Outcome.StaleKey(mkey));
    }

    public static String mkey(Context ctx) {
        String mkey = ctx.queryParam("mkey");
        if (mkey == null && isForm(ctx)) {
            mkey = ctx.formParam("mkey");
        }
        return mkey;
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/"));
    }

    private static Session requireRole(Session session, Role role) {
        if (session.user().role() != role) {
            throw new Outcome.Forbidden(
                    role == Role.SUPERVISOR
                            ? "Esta página es solo para usuarios de la entidad estatal."
                            : "Esta página es solo para proveedores.");
        }
        return session;
    }
}
