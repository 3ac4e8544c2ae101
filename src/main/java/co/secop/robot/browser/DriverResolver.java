package co.secop.robot.browser;

import io.github.bonigarcia.wdm.WebDriverManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the browser and a chromedriver of the same major version, without Selenium Manager:
 * <ol>
 *   <li>the configured chromedriver;</li>
 *   <li>a {@code chromedriver} on the PATH whose major version matches the browser's;</li>
 *   <li>WebDriverManager (needs internet: a contractor's laptop with Google Chrome).</li>
 * </ol>
 * The browser is the configured one, else {@code /usr/bin/chromium}, {@code chromium}/{@code google-chrome}
 * on the PATH, else the usual Google Chrome folders on Windows and macOS.
 */
public final class DriverResolver {

    private static final Logger LOG = LoggerFactory.getLogger(DriverResolver.class);

    static final String INSTALL_HINT = "Instale el navegador y su chromedriver: en Debian/Ubuntu "
            + "«sudo apt-get install chromium chromium-driver»; en Windows, Google Chrome (con internet el robot "
            + "descarga el chromedriver que le corresponde). También puede indicar las rutas en config/secop.conf "
            + "(navegador.binario y navegador.chromedriver).";

    private static final Pattern VERSION = Pattern.compile("(?<![\\d.])(\\d+)\\.\\d+\\.\\d+(?:\\.\\d+)?(?![\\d.])");

    /** Runs a command and gives its output (stdout and stderr), empty when it could not run. */
    @FunctionalInterface
    interface Commands {
        Optional<String> run(List<String> command);
    }

    /** The online fallback, replaceable in tests. */
    @FunctionalInterface
    interface OnlineDriver {
        Path download(OptionalInt browserMajor) throws Exception;
    }

    /** What was found and how. */
    public record Resolution(Path chromedriver, Optional<Path> browser, String description) {}

    private final Commands commands;
    private final Map<String, String> environment;
    private final String osName;
    private final OnlineDriver online;

    public DriverResolver() {
        this(
                DriverResolver::runCommand,
                System.getenv(),
                System.getProperty("os.name", ""),
                DriverResolver::webDriverManager);
    }

    DriverResolver(Commands commands, Map<String, String> environment, String osName, OnlineDriver online) {
        this.commands = commands;
        this.environment = environment;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.online = online;
    }

    public Resolution resolve(BrowserSettings settings) {
        Optional<Path> browser =
                settings.chromeBinary().map(this::configuredBrowser).or(this::findBrowser);
        Optional<String> browserVersion = browser.flatMap(this::browserVersion);
        OptionalInt browserMajor = browserVersion.map(DriverResolver::major).orElse(OptionalInt.empty());

        if (settings.chromedriver().isPresent()) {
            Path driver = settings.chromedriver().get().toAbsolutePath();
            if (!Files.isRegularFile(driver)) {
                throw new BrowserUnavailableException(
                        "No existe el chromedriver configurado «" + driver + "». " + INSTALL_HINT);
            }
            Optional<String> driverVersion = version(driver);
            if (browserMajor.isPresent()
                    && driverVersion.isPresent()
                    && !sameMajor(browserVersion.get(), driverVersion.get())) {
                LOG.warn(
                        "El chromedriver configurado ({}) no es de la misma versión que el navegador ({}).",
                        driverVersion.get(),
                        browserVersion.get());
            }
            return new Resolution(driver, browser, "chromedriver configurado " + driver);
        }
        if (browser.isEmpty()) {
            throw new BrowserUnavailableException(
                    "No se encontró Google Chrome ni Chromium en este equipo. " + INSTALL_HINT);
        }

        List<String> rejected = new ArrayList<>();
        for (Path candidate : driverCandidates()) {
            Optional<String> driverVersion = version(candidate);
            if (driverVersion.isEmpty()) {
                rejected.add(candidate + " (no respondió a --version)");
                continue;
            }
            if (browserVersion.isEmpty() || sameMajor(browserVersion.get(), driverVersion.get())) {
                return new Resolution(
                        candidate,
                        browser,
                        "chromedriver " + driverVersion.get() + " en " + candidate + " para " + browser.get()
                                + browserVersion.map(v -> " " + v).orElse(""));
            }
            rejected.add(candidate + " (versión " + driverVersion.get() + ")");
        }

        try {
            Path downloaded = online.download(browserMajor);
            return new Resolution(downloaded, browser, "chromedriver descargado por WebDriverManager " + downloaded);
        } catch (Exception e) {
            LOG.debug("WebDriverManager no pudo resolver el chromedriver", e);
            String found = "Se encontró el navegador " + browser.get()
                    + browserVersion.map(v -> " (versión " + v + ")").orElse("");
            String drivers = rejected.isEmpty()
                    ? "no hay ningún chromedriver en el PATH"
                    : "ningún chromedriver del PATH es de la misma versión: " + String.join(", ", rejected);
            throw new BrowserUnavailableException(
                    found + ", pero " + drivers + ", y no se pudo descargar uno ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + "). "
                            + INSTALL_HINT,
                    e);
        }
    }

    private Path configuredBrowser(Path configured) {
        Path path = configured.toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new BrowserUnavailableException("No existe el navegador configurado «" + path + "». " + INSTALL_HINT);
        }
        return path;
    }

    private boolean windows() {
        return osName.contains("win");
    }

    /** The browser found without configuration: /usr/bin/chromium, the PATH, the usual install folders. */
    public Optional<Path> findBrowser() {
        List<Path> candidates = new ArrayList<>();
        if (windows()) {
            for (String variable : List.of("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA")) {
                String base = environment.get(variable);
                if (base != null && !base.isBlank()) {
                    candidates.add(Path.of(base, "Google", "Chrome", "Application", "chrome.exe"));
                }
            }
            onPath("chrome.exe").ifPresent(candidates::add);
        } else {
            candidates.add(Path.of("/usr/bin/chromium"));
            for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
                onPath(name).ifPresent(candidates::add);
            }
            candidates.add(Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    private List<Path> driverCandidates() {
        Set<Path> found = new LinkedHashSet<>();
        onPath(windows() ? "chromedriver.exe" : "chromedriver").ifPresent(found::add);
        if (!windows()) {
            for (String fixed : List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")) {
                Path path = Path.of(fixed);
                if (Files.isRegularFile(path)) {
                    found.add(path);
                }
            }
        }
        return new ArrayList<>(found);
    }

    Optional<Path> onPath(String name) {
        String path = environment.getOrDefault("PATH", environment.getOrDefault("Path", ""));
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && (windows() || Files.isExecutable(candidate))) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }

    /**
     * The browser's version. On Windows "chrome.exe --version" opens a window instead of answering, so the
     * version comes from the folder Chrome keeps next to the executable ({@code Application\126.0.6478.127}).
     */
    Optional<String> browserVersion(Path browser) {
        if (windows()) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(browser.getParent())) {
                List<String> versions = new ArrayList<>();
                for (Path dir : dirs) {
                    String name = dir.getFileName().toString();
                    if (Files.isDirectory(dir) && name.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
                        versions.add(name);
                    }
                }
                return versions.stream().max(Comparator.comparing(DriverResolver::numeric));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return version(browser);
    }

    private static String numeric(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%08d", Long.parseLong(part)));
        }
        return key.toString();
    }

    /** The version an executable prints with {@code --version}. */
    private Optional<String> version(Path executable) {
        return commands.run(List.of(executable.toString(), "--version")).flatMap(DriverResolver::versionIn);
    }

    /** The first dotted version in a {@code --version} output ("Chromium 156.0.8078.79 built on ..."). */
    static Optional<String> versionIn(String output) {
        if (output == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(output);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    static OptionalInt major(String versionOrOutput) {
        Optional<String> version = versionIn(versionOrOutput);
        return version.map(v -> OptionalInt.of(Integer.parseInt(v.substring(0, v.indexOf('.')))))
                .orElse(OptionalInt.empty());
    }

    /** True when both outputs carry a version and their major numbers are equal. */
    static boolean sameMajor(String browserOutput, String driverOutput) {
        OptionalInt browser = major(browserOutput);
        OptionalInt driver = major(driverOutput);
        return browser.isPresent() && driver.isPresent() && browser.getAsInt() == driver.getAsInt();
    }

    static Optional<String> runCommand(List<String> command) {
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                return Optional.empty();
            }
            try (InputStream in = process.getInputStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    private static Path webDriverManager(OptionalInt browserMajor) {
        WebDriverManager manager = WebDriverManager.chromedriver();
        browserMajor.ifPresent(major -> manager.browserVersion(String.valueOf(major)));
        manager.setup();
        String path = manager.getDownloadedDriverPath();
        if (path == null) {
            throw new IllegalStateException("WebDriverManager no devolvió ningún chromedriver");
        }
        return Path.of(path);
    }
}
