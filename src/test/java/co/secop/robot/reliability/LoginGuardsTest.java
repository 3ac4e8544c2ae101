package co.secop.robot.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.Evidence;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.format.SecretMasker;
import co.secop.robot.portal.LoginPage;
import co.secop.robot.portal.PortalLanguageException;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.portal.PortalSettings;
import co.secop.robot.portal.WorkAreaPage;
import co.secop.robot.portal.locate.Locators;
import co.secop.robot.simulator.LoginOptions;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.simulator.SimulatorVariant;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.SimulatorBatch;
import co.secop.robot.testsupport.TestBrowsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The login guards against the simulator's login options: a captcha without a person stops the batch at
 * once, a person solves it in assisted mode, a locked account is tried once, an English portal is told.
 * One browser for the class; a simulator per test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginGuardsTest {

    @TempDir
    Path dir;

    private WebDriver driver;
    private Simulator simulator;

    @BeforeAll
    void openBrowser() {
        driver = TestBrowsers.open();
    }

    @AfterAll
    void closeBrowser() {
        driver.quit();
    }

    @BeforeEach
    void cleanBrowser() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
        driver.manage().deleteAllCookies();
    }

    @Test
    void aCaptchaWithoutAPersonStopsTheBatchInTheFirstRow() throws Exception {
        simulator = Simulator.start(
                SimulatorOptions.defaults().withLogin(LoginOptions.defaults().captchaAlways()));
        PortalSession portal = new PortalSession(driver, settings());

        List<RowOutcome> rows = batch(portal, 3);

        assertThat(rows)
                .extracting(RowOutcome::status)
                .containsExactly(RowStatus.FAILED, RowStatus.INTERRUPTED, RowStatus.INTERRUPTED);
        assertThat(rows.get(0).message()).contains("captcha").contains("--visible");
        assertThat(rows.get(0).steps()).noneMatch(s -> s.contains("reintenta"));
        assertThat(rows.get(1).message()).isEqualTo(rows.get(0).message());
        assertThat(driver.getCurrentUrl()).contains("/STS/Users/Login");
        // One login attempt for the whole batch: the login page opened once (and loaded again with the language
        // cookie), «Ingresar» sent at most once (the captcha is already on the page: the robot does not click it).
        assertThat(requests(LOGIN_PAGE)).as(stats()).isEqualTo(2);
        assertThat(requests(SIGN_IN)).as(stats()).isLessThanOrEqualTo(1);
    }

    @Test
    void withAPersonTheLoginGoesOnOnceTheBoxIsTicked() {
        simulator = Simulator.start(
                SimulatorOptions.defaults().withLogin(LoginOptions.defaults().captchaAlways()));
        List<String> asked = new CopyOnWriteArrayList<>();
        PortalSession portal = new PortalSession(driver, settings().withCaptchaAssistant(message -> {
            asked.add(message);
            Thread person = new Thread(() -> ((JavascriptExecutor) driver)
                    .executeScript("document.querySelector('#divGoogleReCaptchaDiv input[type=checkbox]').click();"));
            person.start();
            return () -> false;
        }));

        WorkAreaPage work = portal.openLogin(simulator.loginUrl())
                .signIn(ReliabilityFixture.USER, ReliabilityFixture.PASSWORD)
                .enter(null);

        assertThat(asked).containsExactly(LoginPage.SOLVE_CAPTCHA);
        assertThat(work.header().userName()).isNotBlank();
    }

    @Test
    void aLockedAccountIsTriedOnce() throws Exception {
        simulator = Simulator.start(SimulatorOptions.defaults());
        for (int i = 0; i < 5; i++) {
            wrongPassword();
        }
        resetStats();
        PortalSession portal = new PortalSession(driver, settings());

        List<RowOutcome> rows = batch(portal, 2);

        assertThat(rows).extracting(RowOutcome::status).containsExactly(RowStatus.FAILED, RowStatus.INTERRUPTED);
        assertThat(rows.get(0).message()).contains("bloqueó la cuenta").contains("no vuelve a intentarlo");
        assertThat(driver.findElement(By.id("spnlblAccountLocked")).isDisplayed())
                .isTrue();
        assertThat(requests(SIGN_IN))
                .as("un solo «Ingresar» en toda la carga: " + stats())
                .isEqualTo(1);
    }

    @Test
    void anEnglishPortalIsToldAndTheLanguageCookieKeepsItSpanish() {
        simulator = Simulator.start(
                SimulatorOptions.defaults().withLogin(LoginOptions.defaults().inEnglish()));
        PortalSession portal = new PortalSession(driver, settings());

        // The robot asks for Spanish before the login: the English portal answers in Spanish.
        WorkAreaPage work = portal.openLogin(simulator.loginUrl())
                .signIn(ReliabilityFixture.USER, ReliabilityFixture.PASSWORD)
                .enter(null);
        assertThat(driver.manage().getCookieNamed("CurrentLanguage").getValue()).isEqualTo("es-CO");
        work.header().logOut();

        // Without the cookie the portal answers in English and the robot stops saying so.
        LoginPage login = portal.openLogin(simulator.loginUrl());
        driver.manage().deleteCookieNamed("CurrentLanguage");
        driver.navigate().refresh();
        // The browser does not wait for the page (page load strategy "none"): the test waits for the button.
        assertThat(new WebDriverWait(driver, Duration.ofSeconds(10))
                        .until(ExpectedConditions.textToBePresentInElementValue(By.id("btnLoginButton"), "Log in")))
                .isTrue();
        assertThatThrownBy(() -> login.signIn(ReliabilityFixture.USER, ReliabilityFixture.PASSWORD)
                        .enter(null))
                .isInstanceOf(PortalLanguageException.class)
                .hasMessageContaining("inglés");
    }

    /**
     * Variant {@code idioma-por-selector} (docs/portal.md §19): the cookie alone leaves the login page in English;
     * the robot chooses «Español» in the page's selector as a person would, and says so when it cannot.
     */
    @Test
    void whenTheCookieIsNotEnoughSpanishIsChosenInTheSelectorOrTheRobotSaysItCannot() {
        simulator = Simulator.start(SimulatorOptions.defaults().withVariants(SimulatorVariant.LANGUAGE_BY_SELECTOR));
        PortalSession portal = new PortalSession(driver, settings());

        WorkAreaPage work = portal.openLogin(simulator.loginUrl())
                .signIn(ReliabilityFixture.USER, ReliabilityFixture.PASSWORD)
                .enter(null);
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("es");
        work.header().logOut();
        driver.manage().deleteAllCookies();

        Locators noSelector = Locators.load().overriddenBy("login.idioma = \"css:#noHaySelector\"");
        PortalSession blind = new PortalSession(driver, settings().withLocators(noSelector));
        assertThatThrownBy(() -> blind.openLogin(simulator.loginUrl()))
                .isInstanceOf(PortalLanguageException.class)
                .hasMessageContaining("no muestra un selector de idioma");
    }

    /** The labels the language check reads come from config/localizadores.conf (support can change them). */
    @Test
    void theLanguageLabelsAreReadFromTheLocatorsFile() {
        simulator = Simulator.start(SimulatorOptions.defaults());
        Locators locators = Locators.load().overriddenBy("idioma.textos-ingles = [\"Mis contratos\"]");
        PortalSession portal = new PortalSession(driver, settings().withLocators(locators));

        assertThatThrownBy(() -> portal.openLogin(simulator.loginUrl())
                        .signIn(ReliabilityFixture.USER, ReliabilityFixture.PASSWORD)
                        .enter(null))
                .isInstanceOf(PortalLanguageException.class)
                .hasMessageContaining("«Mis contratos» en lugar de «Mis procesos»");
    }

    private PortalSettings settings() {
        return PortalSettings.defaults().withTimeout(Duration.ofSeconds(10)).withShortTimeout(Duration.ofSeconds(1));
    }

    private List<RowOutcome> batch(PortalSession portal, int rows) throws Exception {
        Path work = Files.createDirectories(dir.resolve("lote-" + System.nanoTime()));
        Path sheetFile = ReliabilityFixture.workbook(work, rows);
        List<PaymentRow> valid = new PaymentValidator()
                .validate(new PaymentSheetReader().read(sheetFile))
                .validRows();
        Path evidence = Files.createDirectories(work.resolve("evidencias"));
        BatchOptions options = SimulatorBatch.options(
                        simulator.loginUrl(),
                        ReliabilityFixture.USER,
                        ReliabilityFixture.PASSWORD,
                        false,
                        work.resolve("soportes"))
                .withRetries(Duration.ofMinutes(2), Duration.ofMillis(250));
        AtomicInteger started = new AtomicInteger();
        return new BatchRunner(
                        portal, options, new Evidence(work, evidence, new SecretMasker()), new BatchRunner.Listener() {
                            @Override
                            public void rowStarted(PaymentRow row) {
                                started.incrementAndGet();
                            }
                        })
                .run(valid);
    }

    private static final String LOGIN_PAGE = "GET /STS/Users/Login/Index";
    private static final String SIGN_IN = "POST /STS/Users/Login/LoginAuthenticate";

    /** How many requests of that route the simulator served (its {@code /_mock/api/stats}). */
    private long requests(String route) {
        return new MockPortalApi(simulator.baseUrl()).requests(route);
    }

    private String stats() {
        return new MockPortalApi(simulator.baseUrl()).stats().toString();
    }

    private void resetStats() {
        new MockPortalApi(simulator.baseUrl()).resetStats();
    }

    private void wrongPassword() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/STS/Users/Login/LoginAuthenticate"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("txtUserName=" + ReliabilityFixture.USER
                                        + "&txtPassword=mala&captchaChecked=false"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
    }
}
