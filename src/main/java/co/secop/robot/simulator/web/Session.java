package co.secop.robot.simulator.web;

import co.secop.robot.simulator.model.User;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A portal session (cookie {@code FedAuth}). Thread-safe. */
public final class Session {

    private static final int MAX_KEYS = 2000;

    private final String token;
    private final User user;
    private String activeCompanyCode;
    private boolean signedIn;
    private boolean informationPending;
    private boolean expired;
    private Instant lastSeen;
    private final Map<String, MkeyTarget> keys = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MkeyTarget> eldest) {
            return size() > MAX_KEYS;
        }
    };

    Session(String token, User user, String activeCompanyCode, Instant now) {
        this.token = token;
        this.user = user;
        this.activeCompanyCode = activeCompanyCode;
        this.lastSeen = now;
    }

    public String token() {
        return token;
    }

    public User user() {
        return user;
    }

    public synchronized String activeCompanyCode() {
        return activeCompanyCode;
    }

    public synchronized void activeCompanyCode(String code) {
        activeCompanyCode = code;
    }

    /** Credentials accepted and company chosen ("Entrar"). */
    public synchronized boolean signedIn() {
        return signedIn;
    }

    public synchronized void signIn(String companyCode) {
        activeCompanyCode = companyCode;
        signedIn = true;
        informationPending = user.informationPopup();
    }

    public synchronized boolean informationPending() {
        return informationPending;
    }

    public synchronized void acknowledgeInformation() {
        informationPending = false;
    }

    synchronized boolean expired() {
        return expired;
    }

    synchronized void expire() {
        expired = true;
    }

    synchronized Instant lastSeen() {
        return lastSeen;
    }

    synchronized void touch(Instant now) {
        lastSeen = now;
    }

    /** A fresh mkey ("guid with underscores") pointing at {@code target}. */
    public synchronized String register(MkeyTarget target) {
        String key = newKey();
        keys.put(key, target);
        return key;
    }

    public synchronized Optional<MkeyTarget> target(String mkey) {
        return Optional.ofNullable(mkey == null ? null : keys.get(mkey));
    }

    public synchronized void forget(String mkey) {
        keys.remove(mkey);
    }

    public static String newKey() {
        return UUID.randomUUID().toString().replace('-', '_');
    }
}
