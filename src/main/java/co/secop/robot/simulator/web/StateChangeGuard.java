package co.secop.robot.simulator.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * One before-handler for every state-changing request (POST, PUT, PATCH, DELETE) of the portal pages: it
 * needs a live, signed-in session and an {@code mkey} that this very session issued for a page it loaded.
 * So another user's session, a key replayed from another (or an old) session, or a request without the
 * page's key never reach a handler. Exempt: the login pages (there is no session yet) and the test API
 * under {@code /_mock/}.
 */
public final class StateChangeGuard {

    private static final Set<HandlerType> STATE_CHANGING =
            Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);
    private static final String LOGIN_PAGES = "/STS/Users/Login/";
    private static final String MOCK_API = "/_mock/";

    private final SessionStore sessions;

    public StateChangeGuard(SessionStore sessions) {
        this.sessions = sessions;
    }

    public void before(Context ctx) {
        if (!STATE_CHANGING.contains(ctx.method())
                || ctx.path().startsWith(LOGIN_PAGES)
                || ctx.path().startsWith(MOCK_API)) {
            return;
        }
        Session session =
                sessions.lookup(ctx).active().filter(Session::signedIn).orElseThrow(Outcome.AjaxSessionExpired::new);
        String mkey = Guard.mkey(ctx);
        if (session.target(mkey).isEmpty()) {
            throw new Outcome.StaleKey(mkey);
        }
    }
}
