package co.secop.robot.simulator.web;

import co.secop.robot.simulator.LoginOptions;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong passwords per account: after {@link LoginOptions#captchaAfterFailures()} the login asks for the captcha,
 * after {@link LoginOptions#lockAfterFailures()} the account is locked for {@link LoginOptions#lockDuration()}.
 * A successful login clears the count. Thread-safe.
 */
public final class LoginAttempts {

    private record Account(int failures, Instant lockedUntil) {}

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    private static String key(String user) {
        return user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
    }

    public boolean locked(String user, Instant now) {
        Account account = accounts.get(key(user));
        return account != null && account.lockedUntil() != null && now.isBefore(account.lockedUntil());
    }

    public boolean captchaRequired(String user, LoginOptions options) {
        if (!options.captchaEnabled()) {
            return false;
        }
        Account account = accounts.get(key(user));
        return options.captchaAfterFailures() == 0
                || account != null && account.failures() >= options.captchaAfterFailures();
    }

    /** Counts a wrong password; true when it locked the account. */
    public boolean failed(String user, LoginOptions options, Instant now) {
        Account account = accounts.compute(key(user), (k, old) -> {
            int failures =
                    (old == null || old.lockedUntil() != null && !now.isBefore(old.lockedUntil()) ? 0 : old.failures())
                            + 1;
            return new Account(
                    failures, failures >= options.lockAfterFailures() ? now.plus(options.lockDuration()) : null);
        });
        return account.lockedUntil() != null;
    }

    public void succeeded(String user) {
        accounts.remove(key(user));
    }

    /** Forgets every failure and lock (the simulator's reset). */
    public void clear() {
        accounts.clear();
    }
}
