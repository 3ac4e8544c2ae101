package co.secop.robot.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chromium's sandbox isolates web pages from the computer; the robot keeps it on. It is turned off
 * ({@code --no-sandbox}) only where Chromium cannot start with it: when the robot runs as root (Chromium
 * refuses) or inside a container (no user namespaces for it), and the log says so.
 */
final class ChromiumSandbox {

    private static final Logger LOG = LoggerFactory.getLogger(ChromiumSandbox.class);

    private ChromiumSandbox() {}

    /** The flags for this machine: empty, or {@code --no-sandbox} with a warning in the log saying why. */
    static List<String> flags() {
        Optional<String> reason = reasonToRunWithout(runningAsRoot(), inContainer());
        if (reason.isEmpty()) {
            return List.of();
        }
        LOG.warn("Chromium se inicia sin su aislamiento (sandbox, --no-sandbox) porque {}.", reason.get());
        return List.of("--no-sandbox");
    }

    /** Why Chromium must run without its sandbox here, or empty when it keeps it. */
    static Optional<String> reasonToRunWithout(boolean root, boolean container) {
        if (root && container) {
            return Optional.of("el robot corre como root dentro de un contenedor");
        }
        if (root) {
            return Optional.of("el robot corre como root (Chromium no arranca así con el aislamiento activo)");
        }
        if (container) {
            return Optional.of(
                    "el robot corre dentro de un contenedor, donde el aislamiento de Chromium no puede activarse");
        }
        return Optional.empty();
    }

    static boolean runningAsRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return uid instanceof Integer id && id == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    static boolean inContainer() {
        if (Files.exists(Path.of("/.dockerenv"))
                || Files.exists(Path.of("/run/.containerenv"))
                || System.getenv("container") != null
                || System.getenv("KUBERNETES_SERVICE_HOST") != null) {
            return true;
        }
        try {
            String cgroup = Files.readString(Path.of("/proc/1/cgroup")).toLowerCase(Locale.ROOT);
            return cgroup.contains("docker")
                    || cgroup.contains("kubepods")
                    || cgroup.contains("containerd")
                    || cgroup.contains("lxc")
                    || cgroup.contains("libpod");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
