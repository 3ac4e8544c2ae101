package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The browser does not wait for a page's load event (page load strategy "none"): the robot does, before it
 * clicks or types, because the portal wires its buttons and fields when the page has loaded.
 */
class PageLoadTest extends BrowserTestSupport {

    /** A page whose button and field work only after the load event, which a slow image holds back. */
    private static final String WIRED_ON_LOAD = """
            <html><body><button id='go'>Ir</button><input id='field'><img src='/slow.png'>
            <script>
              window.addEventListener('load', function () {
                document.getElementById('go').onclick = function () { document.title = 'clic atendido'; };
                document.getElementById('field').oninput = function () { document.title = 'escritura atendida'; };
              });
            </script></body></html>""";

    private HttpServer server;
    private String base;

    @BeforeAll
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/inicio",
                exchange -> answer(exchange, "<html><body><a id='link' href='/pagina'>Página</a></body></html>", 0));
        server.createContext("/pagina", exchange -> answer(exchange, WIRED_ON_LOAD, 0));
        server.createContext("/slow.png", exchange -> answer(exchange, "", 1_000));
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers after {@code delayMillis}: a slow resource of the page. */
    private static void answer(HttpExchange exchange, String html, long delayMillis) throws IOException {
        CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(delayMillis, TimeUnit.MILLISECONDS))
                .join();
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterAll
    void stopServer() {
        server.stop(0);
    }

    private String readyState() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.readyState"));
    }

    @Test
    void clicksOnlyWhenThePageHasLoaded() {
        driver.get(base + "/inicio");
        portal.ui().click(By.id("link"), "el enlace");
        assertThat(readyState())
                .as("the browser itself does not wait for the load event")
                .isNotEqualTo("complete");

        portal.ui().click(By.id("go"), "«Ir»");

        assertThat(driver.getTitle()).isEqualTo("clic atendido");
    }

    @Test
    void typesOnlyWhenThePageHasLoaded() {
        driver.get(base + "/pagina");
        assertThat(readyState()).isNotEqualTo("complete");

        portal.ui().type(By.id("field"), "123", "el campo");

        assertThat(driver.getTitle()).isEqualTo("escritura atendida");
    }

    @Test
    void aLoadingPageCountsAsCovered() {
        driver.get(base + "/pagina");

        assertThat(portal.waits().overlayShown()).isTrue();
        portal.waits().overlaysGone();
        assertThat(readyState()).isEqualTo("complete");
    }
}
