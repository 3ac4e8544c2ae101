package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.portal.locate.PortalTimeoutException;
import co.secop.robot.portal.locate.SessionExpiredException;
import java.time.Duration;
import java.time.Instant;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Asks the portal whether it answers: loads an address and looks at what came back. Used after a failure
 * ("Error inesperado", a page that never finished, a server that is down) to know when to go on.
 */
public final class PortalProbe {

    /** What the portal showed at the probed address. */
    public enum Answer {
        /** An error page, a browser error or nothing: not back yet. */
        DOWN,
        /** A real portal page (the login page, or an expired-session notice that leads to it). */
        ANSWERS,
        /** A real page with the signed-in header: the session survived. */
        SIGNED_IN
    }

    private static final Duration POLL = Duration.ofMillis(100);

    private final PortalSession session;

    PortalProbe(PortalSession session) {
        this.session = session;
    }

    /** One probe: loads {@code url} and reads the answer. */
    public Answer at(String url) {
        try {
            session.driver().get(url);
            if (session.driver().getCurrentUrl().startsWith("chrome-error:")) {
                return Answer.DOWN;
            }
            session.verify();
            return session.header().signedIn() ? Answer.SIGNED_IN : Answer.ANSWERS;
        } catch (SessionExpiredException e) {
            return Answer.ANSWERS;
        } catch (PortalException | WebDriverException e) {
            return Answer.DOWN;
        }
    }

    /**
     * Probes {@code url} at once, then after {@code firstGap}, doubling up to {@code maxGap}, until the portal
     * answers or {@code deadline} passes: a portal that is already back costs no wait, one that stays down is
     * not hammered.
     *
     * @throws PortalTimeoutException at the deadline
     */
    public Answer awaitAnswer(String url, Duration firstGap, Duration maxGap, Instant deadline) {
        Duration remaining = Duration.between(Instant.now(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw new PortalTimeoutException("SECOP II no respondió a tiempo.", null);
        }
        Backoff backoff = new Backoff(firstGap.compareTo(maxGap) < 0 ? firstGap : maxGap, maxGap);
        try {
            return new FluentWait<>(url)
                    .withTimeout(remaining)
                    .pollingEvery(POLL)
                    .until(target -> backoff.due() ? answered(at(target)) : null);
        } catch (TimeoutException e) {
            throw new PortalTimeoutException(
                    "SECOP II no respondió durante " + remaining.toSeconds()
                            + " s: la página seguía mostrando un error o no cargaba.",
                    e);
        }
    }

    private static Answer answered(Answer answer) {
        return answer == Answer.DOWN ? null : answer;
    }

    /** When the next probe is due: at once, then after a gap that doubles up to a maximum. */
    private static final class Backoff {
        private final Duration max;
        private Duration gap;
        private Instant next = Instant.MIN;

        Backoff(Duration first, Duration max) {
            this.gap = first;
            this.max = max;
        }

        boolean due() {
            Instant now = Instant.now();
            if (now.isBefore(next)) {
                return false;
            }
            next = now.plus(gap);
            Duration doubled = gap.multipliedBy(2);
            gap = doubled.compareTo(max) > 0 ? max : doubled;
            return true;
        }
    }
}
