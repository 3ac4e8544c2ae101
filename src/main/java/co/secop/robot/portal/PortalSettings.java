package co.secop.robot.portal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How long the robot waits for the portal, and where its locators come from.
 *
 * @param timeout      the most the robot waits for any portal reaction (the real portal takes 5-40 s)
 * @param shortTimeout how long it looks for popups that may not appear (information popup...)
 * @param locators     the portal's locators
 * @param allowedHosts the hosts whose {@code https://} login page may receive the password (loopback always may)
 */
public record PortalSettings(Duration timeout, Duration shortTimeout, Locators locators, List<String> allowedHosts) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_SHORT_TIMEOUT = Duration.ofSeconds(3);

    public PortalSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(shortTimeout, "shortTimeout");
        Objects.requireNonNull(locators, "locators");
        allowedHosts = List.copyOf(allowedHosts);
        if (timeout.isNegative() || timeout.isZero() || shortTimeout.isNegative()) {
            throw new IllegalArgumentException("Los tiempos de espera deben ser positivos.");
        }
    }

    /** The SECOP II hosts ({@link PasswordDestination#SECOP_HOSTS}) are the allowed ones. */
    public PortalSettings(Duration timeout, Duration shortTimeout, Locators locators) {
        this(timeout, shortTimeout, locators, PasswordDestination.SECOP_HOSTS);
    }

    /** 60 s, 3 s and {@link Locators#load()}. */
    public static PortalSettings defaults() {
        return new PortalSettings(DEFAULT_TIMEOUT, DEFAULT_SHORT_TIMEOUT, Locators.load());
    }

    public PortalSettings withTimeout(Duration value) {
        return new PortalSettings(value, shortTimeout, locators, allowedHosts);
    }

    public PortalSettings withShortTimeout(Duration value) {
        return new PortalSettings(timeout, value, locators, allowedHosts);
    }

    public PortalSettings withLocators(Locators value) {
        return new PortalSettings(timeout, shortTimeout, value, allowedHosts);
    }

    public PortalSettings withAllowedHosts(List<String> value) {
        return new PortalSettings(timeout, shortTimeout, locators, value);
    }
}
