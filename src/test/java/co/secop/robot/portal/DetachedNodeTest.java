package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.portal.locate.PortalWait;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;

class DetachedNodeTest {

    private static final String CHROMIUM_DETACHED =
            "unknown error: unhandled inspector error: {\"code\":-32000,\"message\":\"Node with given id does not"
                    + " belong to the document\"}";

    @Test
    void aNodeTheRedrawRemovedIsReadAgainLikeAStaleElement() {
        AtomicInteger reads = new AtomicInteger();
        String text = PortalWait.retryStale(() -> {
            if (reads.incrementAndGet() < 3) {
                throw new WebDriverException(CHROMIUM_DETACHED);
            }
            return "Borrador";
        });
        assertThat(text).isEqualTo("Borrador");
        assertThat(reads).hasValue(3);
    }

    @Test
    void anyOtherBrowserErrorIsNotMistakenForARedraw() {
        AtomicInteger reads = new AtomicInteger();
        assertThatThrownBy(() -> PortalWait.retryStale(() -> {
                    reads.incrementAndGet();
                    throw new WebDriverException("chrome not reachable");
                }))
                .isNotInstanceOf(StaleElementReferenceException.class)
                .hasMessageContaining("chrome not reachable");
        assertThat(reads).hasValue(1);
    }
}
