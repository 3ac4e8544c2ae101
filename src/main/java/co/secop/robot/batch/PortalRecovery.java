package co.secop.robot.batch;

import co.secop.robot.portal.PortalException;
import co.secop.robot.portal.PortalSession;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.FluentWait;

import java.time.Duration;
import java.time.Instant;

/**
 * After the portal failed ("Error inesperado", a page that never finished, a server that is down),
 * waits until it answers with a real page again. It reloads the login page, first at once and then
 * every {@code pause}, so a portal that already recovered costs no wait at all.
 */
final class PortalRecovery {

    private final PortalSession portal;
    private final String loginUrl;

    PortalRecovery(PortalSession portal, String loginUrl) {
        this.portal = portal;
        this.loginUrl = loginUrl;
    }

    /** Returns when the portal answers; throws {@link PortalUnavailableException} at the deadline. */
    void awaitHealthy(Duration pause, Instant deadline) {
        Duration remaining = Duration.between(Instant.now(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw new PortalUnavailableException("SECOP II no respondió a tiempo.");
        }
        portal.closeOtherWindows();
        try {
            new FluentWait<>(portal.driver()).withTimeout(remaining).pollingEvery(pause)
                    .ignoring(WebDriverException.class)
                    .until(this::answers);
        } catch (TimeoutException e) {
            throw new PortalUnavailableException("SECOP II no respondió durante "
                    + remaining.toSeconds() + " s: la página seguía mostrando un error o no cargaba.", e);
        }
    }

    private boolean answers(WebDriver driver) {
        driver.get(loginUrl);
        if (driver.getCurrentUrl().startsWith("chrome-error:")) {
            return false;
        }
        try {
            portal.verify();
            return true;
        } catch (PortalException e) {
            // Only an expired session is a sign of a portal that answers: the login page will follow.
            return e instanceof co.secop.robot.portal.SessionExpiredException;
        }
    }
}
