package co.secop.robot.portal;

import co.secop.robot.portal.locate.Locators;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How long the robot waits for the portal, and where its locators come from.
 *
 * @param timeout      the most the robot waits for any portal reaction (the real portal takes 5-40 s)
 * @param shortTimeout how long it looks for popups that may not appear (information popup...)
 * @param locators     the portal's locators
 * @param captcha      the person who solves a login captcha (visible browser); empty = a captcha stops the robot
 * @param keepSession  a persistent browser profile ({@code --perfil}): a session still open is used, not closed
 * @param allowedHosts the hosts whose {@code https://} login page may receive the password (loopback always may)
 */
public record PortalSettings(
        Duration timeout,
        Duration shortTimeout,
        Locators locators,
        Optional<CaptchaAssistant> captcha,
        boolean keepSession,
        List<String> allowedHosts) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_SHORT_TIMEOUT = Duration.ofSeconds(3);

    public PortalSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(shortTimeout, "shortTimeout");
        Objects.requireNonNull(locators, "locators");
        Objects.requireNonNull(captcha, "captcha");
        allowedHosts = List.copyOf(allowedHosts);
        if (timeout.isNegative() || timeout.isZero() || shortTimeout.isNegative()) {
            throw new IllegalArgumentException("Los tiempos de espera deben ser positivos.");
        }
    }

    /** The SECOP II hosts ({@link PasswordDestination#SECOP_HOSTS}) are the allowed ones. */
    public PortalSettings(Duration timeout, Duration shortTimeout, Locators locators) {
        this(timeout, shortTimeout, locators, Optional.empty(), false, PasswordDestination.SECOP_HOSTS);
    }

    /** 60 s, 3 s and {@link Locators#load()}. */
    public static PortalSettings defaults() {
        return new PortalSettings(DEFAULT_TIMEOUT, DEFAULT_SHORT_TIMEOUT, Locators.load());
    }

    public PortalSettings withTimeout(Duration value) {
        return new PortalSettings(value, shortTimeout, locators, captcha, keepSession, allowedHosts);
    }

    public PortalSettings withShortTimeout(Duration value) {
        return new PortalSettings(timeout, value, locators, captcha, keepSession, allowedHosts);
    }

    public PortalSettings withLocators(Locators value) {
        return new PortalSettings(timeout, shortTimeout, value, captcha, keepSession, allowedHosts);
    }

    public PortalSettings withCaptchaAssistant(CaptchaAssistant value) {
        return new PortalSettings(
                timeout, shortTimeout, locators, Optional.ofNullable(value), keepSession, allowedHosts);
    }

    public PortalSettings withKeepSession(boolean value) {
        return new PortalSettings(timeout, shortTimeout, locators, captcha, value, allowedHosts);
    }

    public PortalSettings withAllowedHosts(List<String> value) {
        return new PortalSettings(timeout, shortTimeout, locators, captcha, keepSession, value);
    }
}
