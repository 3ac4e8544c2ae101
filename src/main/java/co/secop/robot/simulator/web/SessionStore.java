package co.secop.robot.simulator.web;

import co.secop.robot.simulator.SimulatorClock;
import co.secop.robot.simulator.SimulatorSettings;
import co.secop.robot.simulator.model.User;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions by {@code FedAuth} cookie, with idle expiry. */
public final class SessionStore {

    public static final String COOKIE = "FedAuth";

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SimulatorSettings settings;
    private final SimulatorClock clock;
    private final SecureRandom random = new SecureRandom();

    /** Result of looking a request's session up. */
    public enum Status {
        NONE,
        EXPIRED,
        ACTIVE
    }

    public record Lookup(Status status, Session session) {
        public Optional<Session> active() {
            return status == Status.ACTIVE ? Optional.of(session) : Optional.empty();
        }
    }

    public SessionStore(SimulatorSettings settings, SimulatorClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** A new session for {@code user} (credentials accepted, company not chosen yet); sets the cookie. */
    public Session open(Context ctx, User user, String companyCode) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        Session session = new Session(HexFormat.of().formatHex(bytes), user, companyCode, clock.instant());
        sessions.put(session.token(), session);
        ctx.header("Set-Cookie", COOKIE + "=" + session.token() + "; Path=/; HttpOnly; SameSite=Lax");
        return session;
    }

    public void close(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token != null) {
            sessions.remove(token);
        }
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    }

    /** Finds the session; an idle one is expired on the spot. Does not refresh the idle timer. */
    public Lookup lookup(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token == null || token.isBlank()) {
            return new Lookup(Status.NONE, null);
        }
        Session session = sessions.get(token);
        if (session == null || session.expired()) {
            return new Lookup(Status.EXPIRED, session);
        }
        Duration idle = Duration.between(session.lastSeen(), clock.instant());
        if (idle.compareTo(settings.sessionIdle()) > 0) {
            session.expire();
            return new Lookup(Status.EXPIRED, session);
        }
        return new Lookup(Status.ACTIVE, session);
    }

    public void touch(Session session) {
        session.touch(clock.instant());
    }

    /** True when the request carries a live session that finished signing in. */
    public boolean signedIn(Context ctx) {
        return lookup(ctx).active().filter(Session::signedIn).isPresent();
    }

    /** Expires the request's session now (fault "sesion-expirada"); false when it had no live session. */
    public boolean expire(Context ctx) {
        Optional<Session> session = lookup(ctx).active();
        session.ifPresent(Session::expire);
        return session.isPresent();
    }

    /** {@code POST /_mock/api/sessions/expire}: every open session expires now. */
    public int expireAll() {
        sessions.values().forEach(Session::expire);
        return sessions.size();
    }

    public Instant now() {
        return clock.instant();
    }
}
