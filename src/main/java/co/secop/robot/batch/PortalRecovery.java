package co.secop.robot.batch;

import co.secop.robot.portal.PortalProbe;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.portal.locate.PortalTimeoutException;
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

    private final PortalSession portal;
    private final String loginUrl;

    PortalRecovery(PortalSession portal, String loginUrl) {
        this.portal = portal;
        this.loginUrl = loginUrl;
    }

    /**
     * Returns when the portal answers; throws {@link PortalStayedDownException} at the deadline. While the robot
     * is signed in it reloads "Mis contratos" ({@code resumeUrl}) instead of the login page: when the session
     * survived the failure the robot goes on from there without signing in again.
     *
     * @return true when the portal answered with the session still open ("Mis contratos" with its header)
     */
    boolean awaitHealthy(Duration pause, Instant deadline, Optional<String> resumeUrl) {
        String target = resumeUrl.filter(u -> portal.signedIn()).orElse(loginUrl);
        portal.closeOtherWindows();
        try {
            PortalProbe.Answer answer = portal.probe().awaitAnswer(target, FIRST_PROBE_GAP, pause, deadline);
            return !target.equals(loginUrl) && answer == PortalProbe.Answer.SIGNED_IN;
        } catch (PortalTimeoutException e) {
            throw new PortalStayedDownException(e.getMessage(), e);
        }
    }
}
