package co.secop.robot.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How the login page behaves: when it asks for the captcha ({@code --captcha siempre|tras-fallos N}), how many
 * wrong passwords lock an account and for how long, and in which language the portal answers
 * ({@code --idioma en}: English unless the browser sends the cookie {@code CurrentLanguage=es-CO}).
 *
 * @param captchaAfterFailures 0 = always, N = after N wrong passwords from the same browser, -1 = never
 * @param lockAfterFailures    wrong passwords in a row that lock the account
 * @param lockDuration         how long a locked account stays locked
 * @param english              true = answer in English unless the language cookie says es-CO
 */
public record LoginOptions(int captchaAfterFailures, int lockAfterFailures, Duration lockDuration, boolean english) {

    public static final int NO_CAPTCHA = -1;
    public static final int DEFAULT_LOCK_AFTER = 5;
    public static final Duration DEFAULT_LOCK_DURATION = Duration.ofMinutes(15);

    public LoginOptions {
        if (captchaAfterFailures < NO_CAPTCHA) {
            throw new IllegalArgumentException("el número de fallos antes del captcha no puede ser negativo");
        }
        if (lockAfterFailures < 1) {
            throw new IllegalArgumentException("el número de fallos que bloquea la cuenta debe ser positivo");
        }
        Objects.requireNonNull(lockDuration, "lockDuration");
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("el tiempo de bloqueo debe ser positivo");
        }
    }

    /** No captcha, lock after five wrong passwords for 15 minutes, Spanish. */
    public static LoginOptions defaults() {
        return new LoginOptions(NO_CAPTCHA, DEFAULT_LOCK_AFTER, DEFAULT_LOCK_DURATION, false);
    }

    /** The captcha on every login. */
    public LoginOptions captchaAlways() {
        return new LoginOptions(0, lockAfterFailures, lockDuration, english);
    }

    /** The captcha once the same browser typed {@code failures} wrong passwords. */
    public LoginOptions captchaAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("indique cuántos fallos (1 o más) antes del captcha");
        }
        return new LoginOptions(failures, lockAfterFailures, lockDuration, english);
    }

    public LoginOptions withLock(int failures, Duration duration) {
        return new LoginOptions(captchaAfterFailures, failures, duration, english);
    }

    public LoginOptions inEnglish() {
        return new LoginOptions(captchaAfterFailures, lockAfterFailures, lockDuration, true);
    }

    public boolean captchaEnabled() {
        return captchaAfterFailures != NO_CAPTCHA;
    }

    /** {@code siempre}, {@code tras-fallos 3} or {@code sin captcha}. */
    public static LoginOptions parseCaptcha(LoginOptions base, String mode, Integer failures) {
        String m = mode == null ? "" : mode.strip().toLowerCase(Locale.ROOT);
        return switch (m) {
            case "", "no", "nunca" ->
                new LoginOptions(NO_CAPTCHA, base.lockAfterFailures, base.lockDuration, base.english);
            case "siempre" -> base.captchaAlways();
            case "tras-fallos" -> base.captchaAfter(failures == null ? 1 : failures);
            default ->
                throw new IllegalArgumentException(
                        "el modo de captcha «" + mode + "» no existe: use siempre o tras-fallos N");
        };
    }
}
