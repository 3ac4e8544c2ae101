package co.secop.robot.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriverResolverTest {

    @Test
    void readsVersionsFromRealOutputs() {
        String chromium = "/usr/bin/chromium: 9: [: 25276510208: unexpected operator\n"
                + "Chromium 156.0.8078.79 built on Debian GNU/Linux 12 (bookworm)\n";
        String driver =
                "ChromeDriver 156.0.8078.79 (a21ce95c24ce3964416f09ae1862f53f319eb4d0-refs/branch-heads/8078@{#1704})";
        assertThat(DriverResolver.versionIn(chromium)).contains("156.0.8078.79");
        assertThat(DriverResolver.major(chromium)).hasValue(156);
        assertThat(DriverResolver.major(driver)).hasValue(156);
        assertThat(DriverResolver.major("Google Chrome 126.0.6478.126 ")).hasValue(126);
        assertThat(DriverResolver.major("nada")).isEmpty();
        assertThat(DriverResolver.major("")).isEmpty();
    }

    @Test
    void matchesOnlyTheSameMajorVersion() {
        assertThat(DriverResolver.sameMajor("Chromium 156.0.8078.79", "ChromeDriver 156.0.8078.12 (x)"))
                .isTrue();
        assertThat(DriverResolver.sameMajor("Chromium 156.0.8078.79", "ChromeDriver 155.0.7000.1 (x)"))
                .isFalse();
        assertThat(DriverResolver.sameMajor("Chromium 15.0.1.2", "ChromeDriver 156.0.1.2"))
                .isFalse();
        assertThat(DriverResolver.sameMajor("Chromium", "ChromeDriver 156.0.1.2"))
                .isFalse();
    }

    @Test
    void usesAChromedriverOnThePathWithTheBrowsersMajor(@TempDir Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path browser = executable(bin.resolve("google-chrome"));
        Path driver = executable(bin.resolve("chromedriver"));
        Map<String, String> outputs = Map.of(
                browser.toString(), "Google Chrome 156.0.8078.79",
                driver.toString(), "ChromeDriver 156.0.8078.5 (abc)");
        DriverResolver resolver = new DriverResolver(
                cmd -> Optional.ofNullable(outputs.get(cmd.get(0))), Map.of("PATH", bin.toString()), "Linux", major -> {
                    throw new IllegalStateException("no debe descargar");
                });
        DriverResolver.Resolution resolution =
                resolver.resolve(BrowserSettings.defaults().withChromeBinary(browser));
        assertThat(resolution.chromedriver()).isEqualTo(driver.toAbsolutePath());
        assertThat(resolution.browser()).contains(browser.toAbsolutePath());
    }

    @Test
    void aMismatchingDriverFallsBackToWebDriverManagerWithTheBrowsersMajor(@TempDir Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path browser = executable(bin.resolve("google-chrome"));
        executable(bin.resolve("chromedriver"));
        Path downloaded = executable(dir.resolve("descargado-chromedriver"));
        AtomicReference<OptionalInt> asked = new AtomicReference<>();
        DriverResolver resolver = new DriverResolver(
                cmd -> Optional.of(
                        cmd.get(0).endsWith("chromedriver")
                                ? "ChromeDriver 120.0.1.2 (x)"
                                : "Google Chrome 156.0.8078.79"),
                Map.of("PATH", bin.toString()),
                "Linux",
                major -> {
                    asked.set(major);
                    return downloaded;
                });
        DriverResolver.Resolution resolution =
                resolver.resolve(BrowserSettings.defaults().withChromeBinary(browser));
        assertThat(resolution.chromedriver()).isEqualTo(downloaded);
        assertThat(asked.get()).hasValue(156);
    }

    @Test
    void whenNothingWorksTheMessageSaysWhatToInstall(@TempDir Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path browser = executable(bin.resolve("chromium"));
        executable(bin.resolve("chromedriver"));
        DriverResolver resolver = new DriverResolver(
                cmd -> Optional.of(
                        cmd.get(0).endsWith("chromedriver") ? "ChromeDriver 120.0.1.2 (x)" : "Chromium 156.0.8078.79"),
                Map.of("PATH", bin.toString()),
                "Linux",
                major -> {
                    throw new java.net.UnknownHostException("googlechromelabs.github.io");
                });
        assertThatThrownBy(() -> resolver.resolve(BrowserSettings.defaults().withChromeBinary(browser)))
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessageContaining("156.0.8078.79")
                .hasMessageContaining("120.0.1.2")
                .hasMessageContaining("apt-get install chromium chromium-driver")
                .hasMessageContaining("Google Chrome");
    }

    @Test
    void aConfiguredDriverIsUsedAsIsAndMustExist(@TempDir Path dir) throws IOException {
        Path browser = executable(dir.resolve("chromium"));
        Path driver = executable(dir.resolve("mi-chromedriver"));
        DriverResolver resolver = new DriverResolver(cmd -> Optional.empty(), Map.of("PATH", ""), "Linux", major -> {
            throw new IllegalStateException();
        });
        BrowserSettings settings =
                BrowserSettings.defaults().withChromeBinary(browser).withChromedriver(driver);
        assertThat(resolver.resolve(settings).chromedriver()).isEqualTo(driver.toAbsolutePath());
        assertThatThrownBy(() -> resolver.resolve(settings.withChromedriver(dir.resolve("no-existe"))))
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessageContaining("No existe el chromedriver configurado");
        assertThatThrownBy(() -> resolver.resolve(BrowserSettings.defaults().withChromeBinary(dir.resolve("nada"))))
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessageContaining("No existe el navegador configurado");
    }

    @Test
    void windowsReadsChromesVersionFromItsFolder(@TempDir Path dir) throws IOException {
        Path app = Files.createDirectories(dir.resolve("Google/Chrome/Application"));
        Files.createDirectories(app.resolve("125.0.6422.142"));
        Files.createDirectories(app.resolve("126.0.6478.127"));
        Files.createDirectories(app.resolve("SetupMetrics"));
        Path chrome = Files.createFile(app.resolve("chrome.exe"));
        Map<String, String> env = new HashMap<>();
        env.put("ProgramFiles", dir.toString());
        env.put("PATH", "");
        DriverResolver resolver = new DriverResolver(cmd -> Optional.empty(), env, "Windows 11", major -> {
            throw new IllegalStateException();
        });
        assertThat(resolver.findBrowser()).contains(chrome);
        assertThat(resolver.browserVersion(chrome)).contains("126.0.6478.127");
    }

    @Test
    void realMachineResolvesChromiumAndItsDriver() {
        // This machine has /usr/bin/chromium and /usr/bin/chromedriver of the same version.
        DriverResolver.Resolution resolution = new DriverResolver().resolve(BrowserSettings.defaults());
        assertThat(resolution.chromedriver().getFileName().toString()).startsWith("chromedriver");
        assertThat(resolution.browser()).isPresent();
        assertThat(DriverResolver.runCommand(List.of(resolution.chromedriver().toString(), "--version")))
                .hasValueSatisfying(v -> assertThat(v).contains("ChromeDriver"));
    }

    private static Path executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
