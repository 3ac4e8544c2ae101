package co.secop.robot.portal;

import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.browser.Browsers;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/** One simulator and one headless browser per test class; the simulator is reset before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SimulatorTestSupport {

    static final String PASSWORD = "Demo2026*";
    static final String JUANA = "Juana Pérez Gómez";
    static final String ANDINOS = "Consultores Andinos S.A.S.";

    protected Simulator simulator;
    protected WebDriver driver;
    protected PortalSession portal;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path files;

    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults();
    }

    @BeforeAll
    void startSimulatorAndBrowser() {
        simulator = Simulator.start(simulatorOptions());
        driver = openBrowser();
        portal = new PortalSession(
                driver,
                new PortalSettings(Duration.ofSeconds(20), Duration.ofSeconds(2), Locators.load(Optional.empty())));
    }

    protected WebDriver openBrowser() {
        return Browsers.open(BrowserSettings.defaults());
    }

    @AfterAll
    void stopSimulatorAndBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @BeforeEach
    void freshState() {
        simulator.reset();
        portal.closeOtherWindows();
        driver.manage().deleteAllCookies();
    }

    // ------------------------------------------------------------------ flows

    protected WorkAreaPage signIn(String user, String company) {
        return portal.openLogin(simulator.loginUrl()).signIn(user, PASSWORD).enter(company);
    }

    protected PaymentPlanSection plan(String user, String company, String contract) {
        return signIn(user, company)
                .header()
                .openMyContracts()
                .openDetail(contract)
                .openPaymentPlan();
    }

    // ------------------------------------------------------------------ mock API

    protected JsonNode api(String method, String path, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/_mock/api/" + path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json");
            request.method(
                    method,
                    body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        method + " " + path + " → " + response.statusCode() + " " + response.body());
            }
            return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected List<JsonNode> payments(String contract) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode payment : api("GET", "payments", null)) {
            if (contract.equals(payment.path("contract").asText())) {
                found.add(payment);
            }
        }
        return found;
    }

    protected JsonNode payment(String paymentId) {
        for (JsonNode payment : api("GET", "payments", null)) {
            if (paymentId.equals(payment.path("paymentId").asText())) {
                return payment;
            }
        }
        throw new AssertionError("no existe el pago " + paymentId);
    }

    protected String registerCufe(String number, String totalValue) {
        byte[] bytes = new byte[48];
        new Random(number.hashCode()).nextBytes(bytes);
        String cufe = HexFormat.of().formatHex(bytes);
        api(
                "POST",
                "dian/invoices",
                "{\"cufe\":\"" + cufe + "\",\"number\":\"" + number + "\",\"totalValue\":" + totalValue + "}");
        return cufe;
    }

    // ------------------------------------------------------------------ fixtures

    /** A ZIP with a small PDF-like and a text entry. */
    protected Path zip(String name) {
        Path file = files.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("informe-actividades.pdf"));
            zip.write(("%PDF-1.4 informe " + name).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("planilla-seguridad-social.txt"));
            zip.write(("planilla " + name).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    protected Path plainFile(String name) {
        try {
            return Files.writeString(files.resolve(name), "no es un zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
