package co.secop.robot.browser;

import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.grid.commands.Standalone;
import org.openqa.selenium.grid.config.TomlConfig;
import org.openqa.selenium.grid.server.Server;
import org.openqa.selenium.support.ui.FluentWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Selenium Grid 4 "standalone" (hub and node in one) started in this JVM, on the same Selenium
 * version as the robot, with one node for the local Chromium/Chrome: the distributed engine the
 * robot (or QA teams) can point {@code navegador.grid} at.
 */
public final class LocalGrid implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalGrid.class);

    private final Server<?> server;
    private final URL url;

    private LocalGrid(Server<?> server, URL url) {
        this.server = server;
        this.url = url;
    }

    /**
     * @param port        0 picks a free port
     * @param maxSessions browsers the node runs at the same time
     */
    public static LocalGrid start(int port, int maxSessions, BrowserSettings browser) {
        DriverResolver.Resolution resolution = new DriverResolver().resolve(browser);
        int chosen = port == 0 ? freePort() : port;
        String toml = toml(chosen, maxSessions, resolution, browser.headless());
        LOG.debug("Grid local:\n{}", toml);
        Server<?> server = new Standalone().asServer(new TomlConfig(new StringReader(toml))).start();
        URL url = server.getUrl();
        awaitReady(url, Duration.ofSeconds(60));
        return new LocalGrid(server, url);
    }

    public URL url() {
        return url;
    }

    @Override
    public void close() {
        server.stop();
    }

    static String toml(int port, int maxSessions, DriverResolver.Resolution resolution, boolean headless) {
        List<String> args = new ArrayList<>(Browsers.COMMON_FLAGS);
        args.addAll(ChromiumSandbox.flags());
        if (headless) {
            args.add(0, "--headless=new");
        }
        String chromeOptions = "{\"args\": [" + args.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "))
                + "]" + resolution.browser().map(b -> ", \"binary\": \"" + json(b) + "\"").orElse("") + "}";
        String stereotype = "{\"browserName\": \"chrome\", \"goog:chromeOptions\": " + chromeOptions + "}";
        return """
                [server]
                host = "127.0.0.1"
                port = %d

                [node]
                detect-drivers = false
                max-sessions = %d
                selenium-manager = false

                [[node.driver-configuration]]
                display-name = "Chromium"
                max-sessions = %d
                webdriver-executable = "%s"
                stereotype = '%s'
                """.formatted(port, maxSessions, maxSessions, json(resolution.chromedriver()), stereotype);
    }

    private static String json(Path path) {
        return path.toAbsolutePath().toString().replace("\\", "\\\\");
    }

    private static void awaitReady(URL url, Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        URI status = URI.create(url.toString().replaceAll("/$", "") + "/status");
        try {
            new FluentWait<>(status).withTimeout(timeout).pollingEvery(Duration.ofMillis(200))
                    .ignoring(IOException.class).ignoring(UncheckedIOException.class)
                    .until(uri -> ready(http, uri));
        } catch (TimeoutException e) {
            throw new BrowserUnavailableException("El Selenium Grid local no quedó listo en " + timeout.toSeconds()
                    + " s (" + status + ").", e);
        }
    }

    private static boolean ready(HttpClient http, URI status) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(status).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body().replace(" ", "").contains("\"ready\":true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
