package co.secop.robot.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.Chromium;
import co.secop.robot.testsupport.Simulators;
import co.secop.robot.testsupport.TestBrowsers;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.TestAbortedException;

/**
 * The tests find the browser the way the robot does: a Chromium at another path, given by configuration
 * ({@code navegador.binario}), is the one they start; with no browser at all they are skipped, saying how to run
 * them.
 */
class TestBrowsersTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final Simulators simulators = new Simulators();

    @AfterEach
    void forgetTheConfiguredBrowser() {
        System.clearProperty("navegador.binario");
        ConfigFactory.invalidateCaches();
    }

    @Test
    void browserTestsRunTheChromiumConfiguredAtAnotherPath() throws Exception {
        assumeFalse(System.getProperty("os.name", "").toLowerCase().contains("win"), "el lanzador es un script sh");
        Path real = TestBrowsers.resolution().browser().orElseThrow();
        Path marker = dir.resolve("usado");
        // A Chromium in a folder of its own: it notes each start (not the --version the resolver asks), then runs
        // the real one.
        Path elsewhere = Files.createDirectories(dir.resolve("otro navegador")).resolve("chromium");
        Files.writeString(
                elsewhere,
                "#!/bin/sh\ncase \"$1\" in --version) ;; *) echo inicio >> '" + marker + "' ;; esac\nexec '" + real
                        + "' \"$@\"\n");
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwx------"));
        assertThat(elsewhere).isNotEqualTo(Path.of("/usr/bin/chromium"));
        System.setProperty("navegador.binario", elsewhere.toString());
        ConfigFactory.invalidateCaches();

        assertThat(TestBrowsers.settings().chromeBinary()).contains(elsewhere);
        Simulator simulator = simulators.start(SimulatorOptions.defaults());
        WebDriver robotBrowser = TestBrowsers.open();
        try {
            robotBrowser.get(simulator.loginUrl());
            // The robot's browser does not wait for page loads (strategy «none»).
            Boolean shown = new WebDriverWait(robotBrowser, Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.id("txtUserName")).size() == 1);
            assertThat(shown).isTrue();
        } finally {
            robotBrowser.quit();
        }
        assertThat(Files.readAllLines(marker)).containsExactly("inicio");

        WebDriver plain = Chromium.open(dir.resolve("perfil"));
        try {
            plain.get(simulator.loginUrl());
            assertThat(plain.findElements(By.id("btnLoginButton"))).hasSize(1);
        } finally {
            plain.quit();
        }
        assertThat(Files.readAllLines(marker)).containsExactly("inicio", "inicio");
    }

    @Test
    void withNoBrowserAtAllTheBrowserTestsAreSkippedSayingHowToRunThem() {
        DriverResolver bareWindows =
                new DriverResolver(command -> Optional.empty(), Map.of("PATH", ""), "Windows 11", major -> {
                    throw new IllegalStateException("sin internet");
                });
        assertThatThrownBy(() -> TestBrowsers.assumeBrowser(BrowserSettings.defaults(), bareWindows))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("no se encontró Google Chrome ni Chromium")
                .hasMessageContaining("navegador.binario")
                .hasMessageContaining("SECOP_NAVEGADOR");
        // A configured browser is never skipped, even a wrong path: that must fail by name.
        assertThatCode(() -> TestBrowsers.assumeBrowser(
                        BrowserSettings.defaults().withChromeBinary(dir.resolve("no-existe")), bareWindows))
                .doesNotThrowAnyException();
    }
}
