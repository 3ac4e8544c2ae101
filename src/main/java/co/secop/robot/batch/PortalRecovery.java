package co.secop.robot.batch;

import co.secop.robot.portal.PortalException;
import co.secop.robot.portal.PortalSession;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.FluentWait;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * After the portal failed ("Error inesperado", a page that never finished, a server that is down),
 * waits until it answers with a real page again. It reloads the login page, first at once and then
 * every 0.5 s, 1 s, 2 s... up to {@code pause}, so a portal that already recovered costs no wait at all and
 * one that stays down is not hammered.
 */
final class PortalRecovery {

    private static final Duration FIRST_PROBE_GAP = Duration.ofMillis(500);
    private static final Duration POLL = Duration.ofMillis(100);

    private final PortalSession portal;
    private final String loginUrl;

    PortalRecovery(PortalSession portal, String loginUrl) {
        this.portal = portal;
        this.loginUrl = loginUrl;
    }

    /** Returns when the portal answers; throws {@link PortalStayedDownException} at the deadline. */
    void awaitHealthy(Duration pause, Instant deadline) {
        awaitHealthy(pause, deadline, Optional.empty());
    }

    /**
     * Like {@link #awaitHealthy(Duration, Instant)}, but while the robot is signed in it reloads "Mis contratos"
     * ({@code resumeUrl}) instead of the login page: when the session survived the failure the robot goes on
     * from there without signing in again.
     *
     * @return true when the portal answered with the session still open ("Mis contratos" with its header)
     */
    boolean awaitHealthy(Duration pause, Instant deadline, Optional<String> resumeUrl) {
        String target = resumeUrl.filter(u -> portal.signedIn()).orElse(loginUrl);
        boolean[] signedIn = {false};
        Duration remaining = Duration.between(Instant.now(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw new PortalStayedDownException("SECOP II no respondió a tiempo.");
        }
        portal.closeOtherWindows();
        // Probe at once, then after FIRST_PROBE_GAP, doubling up to {@code pause}: a portal that is back after a
        // short outage is seen at once, one that stays down is not hammered.
        Duration[] gap = {FIRST_PROBE_GAP.compareTo(pause) < 0 ? FIRST_PROBE_GAP : pause};
        Instant[] nextProbe = {Instant.MIN};
        try {
            new FluentWait<>(portal.driver()).withTimeout(remaining).pollingEvery(POLL)
                    .ignoring(WebDriverException.class)
                    .until(driver -> {
                        Instant now = Instant.now();
                        if (now.isBefore(nextProbe[0])) {
                            return false;
                        }
                        nextProbe[0] = now.plus(gap[0]);
                        Duration doubled = gap[0].multipliedBy(2);
                        gap[0] = doubled.compareTo(pause) > 0 ? pause : doubled;
                        return answers(driver, target, signedIn);
                    });
            return signedIn[0];
        } catch (TimeoutException e) {
            throw new PortalStayedDownException("SECOP II no respondió durante "
                    + remaining.toSeconds() + " s: la página seguía mostrando un error o no cargaba.", e);
        }
    }

    private boolean answers(WebDriver driver, String target, boolean[] signedIn) {
        signedIn[0] = false;
        driver.get(target);
        if (driver.getCurrentUrl().startsWith("chrome-error:")) {
            return false;
        }
        try {
            portal.verify();
            // Back on "Mis contratos" with the user's name in the header: the session is still open.
            signedIn[0] = !target.equals(loginUrl) && portal.header().signedIn();
            return true;
        } catch (PortalException e) {
            // Only an expired session is a sign of a portal that answers: the login page will follow.
            return e instanceof co.secop.robot.portal.SessionExpiredException;
        }
    }
}
