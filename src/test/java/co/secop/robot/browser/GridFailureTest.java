package co.secop.robot.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriverException;

/** A Grid that is down or full gets a Spanish message, not a stack trace. */
class GridFailureTest {

    @Test
    void aGridThatIsDownSaysSoInSpanish() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URL grid = URI.create("http://127.0.0.1:" + closedPort).toURL();

        assertThatThrownBy(() -> Browsers.open(BrowserSettings.defaults().withGridUrl(grid)))
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessageStartingWith("El Selenium Grid " + grid + " no responde")
                .hasMessageContaining("./secop grid")
                .message()
                .doesNotContain("Exception", "\tat ", "Build info");
    }

    @Test
    void aFullGridAndARefusedSessionAreToldApart() throws Exception {
        URL grid = URI.create("http://127.0.0.1:4444").toURL();

        BrowserUnavailableException full = Browsers.gridFailure(
                grid, new SessionNotCreatedException("Could not start a new session. New session request timed out"));
        BrowserUnavailableException timedOut = Browsers.gridFailure(
                grid, new WebDriverException(new java.net.http.HttpTimeoutException("request timed out")));
        BrowserUnavailableException refused = Browsers.gridFailure(
                grid,
                new SessionNotCreatedException(
                        "Could not start a new session. No nodes support the capabilities in the request\nBuild info: x"));

        assertThat(full).hasMessageContaining("no tuvo un navegador libre a tiempo");
        assertThat(timedOut).hasMessageContaining("no tuvo un navegador libre a tiempo");
        assertThat(refused)
                .hasMessageStartingWith("El Selenium Grid " + grid + " no pudo abrir Chrome: ")
                .message()
                .doesNotContain("Build info");
    }
}
