package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.portal.locate.PortalErrorPageException;
import co.secop.robot.portal.locate.PortalTimeoutException;
import co.secop.robot.portal.locate.SessionExpiredException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The waiting machinery against small static pages (no simulator needed). */
class PortalWaitTest extends BrowserTestSupport {

    @TempDir
    Path dir;

    @Override
    protected PortalSettings portalSettings() {
        return settings(Duration.ofSeconds(5), Duration.ofSeconds(1));
    }

    @BeforeEach
    void signedOut() {
        portal.markSignedIn(false);
    }

    private void open(String body) throws IOException {
        Path page = dir.resolve("p" + System.nanoTime() + ".html");
        Files.writeString(
                page, "<!doctype html><html><head><meta charset=utf-8></head><body>" + body + "</body></html>");
        driver.get(page.toUri().toString());
    }

    @Test
    void aClickWaitsForTheTransparentBlockUiAndIsNotLost() throws IOException {
        open("""
                <input type=button id=go value=Ir onclick="document.getElementById('out').textContent += 'x'">
                <span id=out></span>
                <div class=blockUI style="position:fixed;top:0;left:0;width:100%;height:100%;opacity:0;z-index:1000"></div>
                <script>setTimeout(() => document.querySelector('.blockUI').remove(), 700);</script>
                """);
        long start = System.nanoTime();
        portal.ui().click(By.id("go"), "el botón");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(500));
        assertThat(driver.findElement(By.id("out")).getText()).isEqualTo("x");
    }

    @Test
    void theWhitePreloaderCountsAsAnOverlayOnlyWhileDisplayed() throws IOException {
        open("""
                <div class=vortal-preloader style="display:block;position:fixed;top:0;left:0;width:100%;height:100%"></div>
                <script>setTimeout(() => document.querySelector('.vortal-preloader').style.display = 'none', 400);</script>
                """);
        assertThat(portal.waits().overlayShown()).isTrue();
        portal.waits().overlaysGone();
        assertThat(portal.waits().overlayShown()).isFalse();
    }

    /** docs/portal.md §19 [A]: a busy page may show only a {@code loadingCursor} class, without overlays. */
    @Test
    void aBusyClassOnThePageCountsAsLoadingAndHoldsTheClick() throws IOException {
        open("""
                <input type=button id=go value=Ir onclick="document.getElementById('out').textContent += 'x'">
                <span id=out></span>
                <script>
                  document.body.classList.add('loadingCursor');
                  setTimeout(() => document.body.classList.remove('loadingCursor'), 700);
                </script>
                """);
        assertThat(portal.waits().overlayShown()).isTrue();
        long start = System.nanoTime();
        portal.ui().click(By.id("go"), "el botón");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(400));
        assertThat(driver.findElement(By.id("out")).getText()).isEqualTo("x");
        assertThat(portal.waits().overlayShown()).isFalse();
    }

    @Test
    void typingReplacesTheValueAndBlurs() throws IOException {
        open("""
                <input id=f value="viejo" onblur="document.getElementById('b').textContent = this.value">
                <span id=b></span>
                """);
        portal.ui().typeAndBlur(By.id("f"), "30/11/2026 23:59", "la fecha");
        assertThat(driver.findElement(By.id("f")).getDomProperty("value")).isEqualTo("30/11/2026 23:59");
        assertThat(driver.findElement(By.id("b")).getText()).isEqualTo("30/11/2026 23:59");
    }

    @Test
    void theErrorPageFailsAnyWaitAtOnce() throws IOException {
        open("<span id=spnErrorTitle>Error inesperado</span><p>La solicitud no es válida (mkey).</p>");
        long start = System.nanoTime();
        assertThatThrownBy(() -> portal.waits().visible(By.id("nunca"), "algo"))
                .isInstanceOf(PortalErrorPageException.class)
                .hasMessageContaining("Error inesperado")
                .hasMessageContaining("mkey");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void theSessionDialogEndsWaitsWhenSignedIn() throws IOException {
        open("""
                <div id=mdboxSessionTimeout style="display:none">La sesión ha expirado por inactividad.</div>
                <script>setTimeout(() => document.getElementById('mdboxSessionTimeout').style.display = 'block', 300);</script>
                """);
        portal.markSignedIn(true);
        assertThatThrownBy(() -> portal.waits().visible(By.id("nunca"), "algo"))
                .isInstanceOf(SessionExpiredException.class)
                .hasMessageContaining("La sesión ha expirado por inactividad.");
    }

    @Test
    void aTimeoutSaysWhatWasAwaitedInSpanish() throws IOException {
        open("<p>nada</p>");
        assertThatThrownBy(() -> portal.waits().until("el botón «Confirmar»", Duration.ofMillis(300), d -> null))
                .isInstanceOf(PortalTimeoutException.class)
                .hasMessageContaining("se esperó 300 ms a el botón «Confirmar»");
    }

    @Test
    void aNativeAlertOfThePortalBecomesASpanishException() throws IOException {
        open("<script>setTimeout(() => alert('Error inesperado (500).'), 200);</script>");
        assertThatThrownBy(() -> portal.waits().visible(By.id("nunca"), "algo"))
                .isInstanceOf(PortalErrorPageException.class)
                .hasMessageContaining("Error inesperado (500).");
    }
}
