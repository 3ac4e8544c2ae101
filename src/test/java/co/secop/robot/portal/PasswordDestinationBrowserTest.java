package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.Chromium;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The password goes only into an allowed login page: checked on the page actually showing, after redirects,
 * right before typing; a certificate error stops the robot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordDestinationBrowserTest {

    private static final String FAKE_HOST = "secop-falso.test";
    private static final String PASSWORD = "Demo2026*";

    private Simulator simulator;
    private HttpServer redirector;
    private HttpsServer selfSigned;
    private ChromeDriver driver;
    private PortalSession portal;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        simulator = Simulator.start(SimulatorOptions.defaults());
        int simulatorPort = java.net.URI.create(simulator.baseUrl()).getPort();
        redirector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        redirector.createContext("/", exchange -> {
            exchange.getResponseHeaders()
                    .add("Location", "http://" + FAKE_HOST + ":" + simulatorPort + "/STS/Users/Login/Index");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirector.start();
        selfSigned = selfSignedServer(dir);

        // the fake host is this machine for Chromium, but its name is not a loopback name for the robot
        driver = Chromium.open(dir.resolve("perfil"), "--host-resolver-rules=MAP " + FAKE_HOST + " 127.0.0.1");
        portal = new PortalSession(driver, BrowserTestSupport.settings(Duration.ofSeconds(15), Duration.ofSeconds(1)));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (redirector != null) {
            redirector.stop(0);
        }
        if (selfSigned != null) {
            selfSigned.stop(0);
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void signedOut() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aRedirectToAnotherHostIsCaughtRightBeforeTypingThePassword() {
        LoginPage login =
                portal.openLogin("http://127.0.0.1:" + redirector.getAddress().getPort() + "/");
        assertThat(driver.getCurrentUrl()).contains(FAKE_HOST);

        assertThatThrownBy(() -> login.signIn("contratista.demo", PASSWORD))
                .isInstanceOf(PasswordDestinationRefusedException.class)
                .isInstanceOf(LoginRejectedException.class)
                .hasMessageContaining("No se escribió el usuario ni la contraseña")
                .hasMessageContaining("no es https://");
        assertThat(driver.findElement(By.id("txtPassword")).getAttribute("value"))
                .isEmpty();
        assertThat(driver.findElement(By.id("txtUserName")).getAttribute("value"))
                .as("ni el usuario se escribe en otro sitio")
                .isEmpty();
    }

    @Test
    void theSameLoginPageOnThisMachineReceivesThePassword() {
        LoginPage login = portal.openLogin(simulator.loginUrl());
        assertThatCode(() -> login.signIn("contratista.demo", PASSWORD)).doesNotThrowAnyException();
    }

    @Test
    void aCertificateErrorStopsTheRobot() {
        String url = "https://127.0.0.1:" + selfSigned.getAddress().getPort() + "/STS/Users/Login/Index";
        assertThatThrownBy(() -> portal.openLogin(url))
                .isInstanceOf(PasswordDestinationRefusedException.class)
                .hasMessageContaining("no pudo verificar el certificado (TLS)");
    }

    /** An https server whose certificate no browser trusts, like a proxy intercepting the connection. */
    private static HttpsServer selfSignedServer(Path dir) throws Exception {
        Path keystore = dir.resolve("autofirmado.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-alias",
                        "t",
                        "-dname",
                        "CN=127.0.0.1",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        "cambiame",
                        "-keypass",
                        "cambiame")
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "cambiame".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "cambiame".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            byte[] body = "<html><body><input id=txtUserName><input id=txtPassword type=password></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}
