package co.secop.robot.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.commons.io.FileUtils;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Selenium Grid 4 "standalone" (hub and node in one) in its OWN JVM, started from the class path
 * Maven resolves for {@code src/grid/pom.xml} ({@link GridClasspath}), with one node for this
 * machine's Chromium/Chrome and chromedriver. The robot talks to it over W3C WebDriver like to any
 * other Grid, so the Grid's Selenium version never meets the robot's in one JVM.
 */
public final class LocalGrid implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalGrid.class);
    static final String MAIN = "org.openqa.selenium.grid.Main";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final URL url;
    private final Path folder;

    private LocalGrid(Process process, URL url, Path folder) {
        this.process = process;
        this.url = url;
        this.folder = folder;
    }

    /**
     * Starts the Grid and waits until {@code GET /status} says it is ready.
     *
     * @param home        the project's folder (with {@code src/grid/pom.xml})
     * @param port        0 picks a free port
     * @param maxSessions browsers the node runs at the same time
     * @throws BrowserUnavailableException (Spanish) when it cannot be built, started or does not get ready
     */
    public static LocalGrid start(Path home, int port, int maxSessions, BrowserSettings browser) {
        DriverResolver.Resolution resolution = new DriverResolver().resolve(browser);
        String classpath = GridClasspath.resolve(home);
        int chosen = port == 0 ? freePort() : port;
        Path folder;
        try {
            folder = Files.createTempDirectory("secop-grid-");
            Files.writeString(
                    folder.resolve("node.toml"),
                    toml(maxSessions, resolution, browser.headless()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BrowserUnavailableException(
                    "No se pudo preparar la carpeta del Selenium Grid: " + e.getMessage(), e);
        }
        List<String> command = command(classpath, chosen, folder.resolve("node.toml"));
        LOG.info(
                "Iniciando Selenium Grid en su propia JVM: {} … {}",
                command.get(0),
                command.subList(3, command.size()));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("grid.log").toFile())
                    .start();
        } catch (IOException e) {
            FileUtils.deleteQuietly(folder.toFile());
            throw new BrowserUnavailableException(
                    "No se pudo iniciar Java para el Selenium Grid: " + e.getMessage(), e);
        }
        URL url = url("http://127.0.0.1:" + chosen);
        LocalGrid grid = new LocalGrid(process, url, folder);
        try {
            grid.awaitReady(READY_TIMEOUT);
        } catch (RuntimeException e) {
            grid.close();
            throw e;
        }
        LOG.info("Selenium Grid listo en {} (proceso {})", url, process.pid());
        return grid;
    }

    public URL url() {
        return url;
    }

    /** The Grid's own output (its log), while it runs. */
    public Path logFile() {
        return folder.resolve("grid.log");
    }

    /** The operating system's id of the Grid's JVM. */
    public long pid() {
        return process.pid();
    }

    /** Stops the Grid (its browsers too) and deletes its folder. */
    @Override
    public void close() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        // chromedriver and Chromium the Grid started must not outlive it.
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        FileUtils.deleteQuietly(folder.toFile());
    }

    static List<String> command(String classpath, int port, Path toml) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(
                java,
                "-Xmx384m",
                "-cp",
                classpath,
                MAIN,
                "standalone",
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--config",
                toml.toAbsolutePath().toString(),
                "--selenium-manager",
                "false");
    }

    /** The node's TOML: the local browser and chromedriver, never detected or downloaded by Selenium Manager. */
    static String toml(int maxSessions, DriverResolver.Resolution resolution, boolean headless) {
        List<String> args = new ArrayList<>(Browsers.COMMON_FLAGS);
        args.addAll(ChromiumSandbox.flags());
        if (headless) {
            args.add(0, "--headless=new");
        }
        String chromeOptions =
                "{\"args\": [" + args.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", ")) + "]"
                        + resolution
                                .browser()
                                .map(b -> ", \"binary\": \"" + json(b) + "\"")
                                .orElse("") + "}";
        String stereotype = "{\"browserName\": \"chrome\", \"goog:chromeOptions\": " + chromeOptions + "}";
        return """
                [node]
                detect-drivers = false
                max-sessions = %d
                selenium-manager = false
                # A robot killed with kill -9 leaves its sessions behind: free their slots after 2 idle minutes.
                session-timeout = 120

                [[node.driver-configuration]]
                display-name = "Chromium"
                max-sessions = %d
                webdriver-executable = "%s"
                stereotype = '%s'
                """.formatted(maxSessions, maxSessions, json(resolution.chromedriver()), stereotype);
    }

    private static String json(Path path) {
        return path.toAbsolutePath().toString().replace("\\", "\\\\");
    }

    private void awaitReady(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI status = URI.create(url + "/status");
        try {
            new FluentWait<>(status)
                    .withTimeout(timeout)
                    .pollingEvery(Duration.ofMillis(250))
                    .ignoring(IOException.class)
                    .ignoring(UncheckedIOException.class)
                    .until(uri -> {
                        if (!process.isAlive()) {
                            throw new BrowserUnavailableException("El Selenium Grid terminó al iniciar (código "
                                    + process.exitValue() + "). Últimas líneas de su registro:\n" + logTail());
                        }
                        return ready(http, uri);
                    });
        } catch (TimeoutException e) {
            throw new BrowserUnavailableException(
                    "El Selenium Grid no quedó listo en " + timeout.toSeconds() + " s (" + status
                            + "). Últimas líneas de su registro:\n" + logTail(),
                    e);
        }
    }

    private static boolean ready(HttpClient http, URI status) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(status)
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body().replace(" ", "").contains("\"ready\":true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(sin registro)";
        }
    }

    private static URL url(String text) {
        try {
            return URI.create(text).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(text, e);
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
