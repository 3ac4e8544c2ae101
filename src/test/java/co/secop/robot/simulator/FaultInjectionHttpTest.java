package co.secop.robot.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import co.secop.robot.cli.SecopCli;
import co.secop.robot.simulator.model.PaymentEntry;
import co.secop.robot.simulator.model.PaymentState;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.Zips;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The simulator's faults over plain HTTP: the API, each kind on the requests it is eligible for, the
 * client-side flags portal.js reads, determinism of the seed, and that a fault never corrupts the data.
 */
class FaultInjectionHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DETAIL = "/CO1ContractsManagement/Tendering/SalesContractEdit/";
    private static final String FORM = "/CO1ContractsManagement/Tendering/PaymentRequestEdit/";

    private static Simulator simulator;
    private static MockPortalApi api;
    private Client client;

    @BeforeAll
    static void start() {
        simulator = Simulator.start(SimulatorOptions.defaults());
        api = new MockPortalApi(simulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void fresh() {
        simulator.faults(FaultSettings.off());
        simulator.reset();
        client = new Client();
    }

    // ------------------------------------------------------------------ API and CLI

    @Test
    void theApiSetsShowsAndTurnsOffTheFaults() throws IOException {
        JsonNode off = api.get("faults").json();
        assertThat(off.path("active").asBoolean()).isFalse();
        assertThat(off.path("rate").asDouble()).isZero();
        assertThat(off.path("available"))
                .extracting(JsonNode::asText)
                .containsExactly(
                        "error-500",
                        "error-tras-guardar",
                        "sesion-expirada",
                        "precargador-lento",
                        "redibujo",
                        "ventana-tardia",
                        "carga-fallida",
                        "clic-tragado",
                        "estado-ingles",
                        "login-expirado",
                        "caida",
                        "sicopi-caido");

        JsonNode set = api.post(
                        "faults", "{\"latencyMs\":40,\"rate\":0.25,\"seed\":7,\"kinds\":[\"error-500\",\"caida\"]}")
                .json();
        assertThat(set.path("active").asBoolean()).isTrue();
        assertThat(set.path("latencyMs").asLong()).isEqualTo(40);
        assertThat(set.path("jitterMs").asLong()).isEqualTo(20);
        assertThat(set.path("seed").asLong()).isEqualTo(7);
        assertThat(set.path("kinds")).extracting(JsonNode::asText).containsExactly("error-500", "caida");
        assertThat(simulator.faults().kinds()).containsExactly(FaultKind.ERROR_500, FaultKind.OUTAGE);

        JsonNode asText = api.post("faults", "{\"rate\":0.1,\"kinds\":\"carga-fallida,redibujo\"}")
                .json();
        assertThat(asText.path("kinds")).extracting(JsonNode::asText).containsExactly("redibujo", "carga-fallida");

        MockPortalApi.Response wrong = api.post("faults", "{\"rate\":0.1,\"kinds\":[\"terremoto\"]}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("La falla «terremoto» no existe");
        assertThat(api.post("faults", "{\"rate\":1.5}").status()).isEqualTo(400);

        JsonNode deleted = api.delete("faults").json();
        assertThat(deleted.path("active").asBoolean()).isFalse();
        assertThat(simulator.faults().isOff()).isTrue();

        api.post("faults", "{\"rate\":0.5}");
        assertThat(simulator.faults().isOff()).isFalse();
        api.post("faults", "{\"rate\":0}");
        assertThat(simulator.faults().isOff()).isTrue();
    }

    @Test
    void theCommandLineOptionsBecomeFaultSettingsAndTheHelpListsEveryKind() {
        CommandLine cli = SecopCli.commandLine();
        CommandLine simulador = cli.getSubcommands().get("simulador");
        String help = simulador.getUsageMessage();
        for (FaultKind kind : FaultKind.values()) {
            assertThat(help).contains("  " + kind.code() + " ");
        }
        assertThat(help).contains("--latencia-ms", "--tasa-fallas", "--semilla", "--fallas", "/_mock/api/faults");

        cli.parseArgs(
                "simulador",
                "--latencia-ms",
                "300",
                "--tasa-fallas",
                "20%",
                "--semilla",
                "7",
                "--fallas",
                "error-tras-guardar,caida",
                "--caida-ms",
                "1500");
        co.secop.robot.cli.SimulatorCommand command = simulador.getCommand();
        FaultSettings settings = command.faults();
        assertThat(settings.latencyMs()).isEqualTo(300);
        assertThat(settings.jitterMs()).isEqualTo(150);
        assertThat(settings.rate()).isEqualTo(0.2);
        assertThat(settings.seed()).isEqualTo(7);
        assertThat(settings.kinds()).containsExactly(FaultKind.ERROR_AFTER_SAVE, FaultKind.OUTAGE);
        assertThat(settings.outageMs()).isEqualTo(1500);

        cli.parseArgs("simulador", "--fallas", "caida");
        co.secop.robot.cli.SimulatorCommand withoutRate =
                cli.getSubcommands().get("simulador").getCommand();
        assertThatThrownBy(withoutRate::faults).hasMessageContaining("indique también --tasa-fallas");
        cli.parseArgs("simulador", "--tasa-fallas", "mucho");
        co.secop.robot.cli.SimulatorCommand wrongRate =
                cli.getSubcommands().get("simulador").getCommand();
        assertThatThrownBy(wrongRate::faults).hasMessageContaining("no es un número");
        cli.parseArgs("simulador", "--tasa-fallas", "0.3", "--fallas", "terremoto");
        co.secop.robot.cli.SimulatorCommand wrongKind =
                cli.getSubcommands().get("simulador").getCommand();
        assertThatThrownBy(wrongKind::faults).hasMessageContaining("La falla «terremoto» no existe");
        cli.parseArgs("simulador");
        co.secop.robot.cli.SimulatorCommand none =
                cli.getSubcommands().get("simulador").getCommand();
        assertThat(none.faults().isOff()).isTrue();
    }

    // ------------------------------------------------------------------ each kind

    @Test
    void error500AnswersTheErrorPageAndAppliesNothing() {
        client.loginJuana();
        String page = client.page(DETAIL + "View?docUniqueIdentifier=CO1.SLCNTR.7784301");
        String mkey = bodyData(page, "mkey");
        String paymentId = client.confirmedEntry(mkey, "E-500");
        only(FaultKind.ERROR_500);

        HttpResponse<String> send = client.ajax(DETAIL + "SendPayment?mkey=" + mkey, Map.of("paymentId", paymentId));

        assertThat(send.statusCode()).isEqualTo(500);
        assertThat(send.body()).contains("id=\"spnErrorTitle\"", "Error inesperado");
        assertThat(simulator.state().payment(paymentId).orElseThrow().state()).isEqualTo(PaymentState.BORRADOR);
        assertThat(simulator.faultsInjected()).containsEntry("error-500", 1);
    }

    @Test
    void errorAfterSaveAppliesTheActionOnceAndAnswersTheErrorPage() {
        client.loginJuana();
        String page = client.page(DETAIL + "View?docUniqueIdentifier=CO1.SLCNTR.7784301");
        String mkey = bodyData(page, "mkey");
        FaultSettings afterSave = FaultSettings.of(1, 3).withKinds(FaultKind.ERROR_AFTER_SAVE);
        simulator.faults(afterSave);

        String[] form = client.openFilledForm(mkey);
        HttpResponse<String> confirm = client.confirm(form, "E-GUARDA");
        assertThat(confirm.statusCode()).isEqualTo(500);
        assertThat(confirm.body()).contains("Error inesperado");
        PaymentEntry saved = onlyEntryOf(7784301);
        assertThat(saved.invoiceNumber()).isEqualTo("E-GUARDA");
        assertThat(saved.state()).isEqualTo(PaymentState.BORRADOR);

        HttpResponse<String> send =
                client.ajax(DETAIL + "SendPayment?mkey=" + mkey, Map.of("paymentId", saved.paymentId()));
        assertThat(send.statusCode()).isEqualTo(500);
        PaymentEntry sent = simulator.state().payment(saved.paymentId()).orElseThrow();
        assertThat(sent.state()).isEqualTo(PaymentState.ENVIADO);
        assertThat(sent.history())
                .extracting(h -> h.state())
                .containsExactly(PaymentState.BORRADOR, PaymentState.ENVIADO);
        // Pages and reads are not eligible: the portal shows the truth.
        HttpResponse<String> section =
                client.ajax(DETAIL + "StepManagerGoToStep?mkey=" + mkey, Map.of("step", "stpContractExecutionStep"));
        assertThat(section.statusCode()).isEqualTo(200);
        assertThat(section.body()).contains("Enviado a la entidad estatal");
        assertThat(simulator.faultsInjected()).containsEntry("error-tras-guardar", 2);
    }

    @Test
    void sessionExpiredSendsPagesToTheLoginAndAjaxToTheDialog() {
        client.loginJuana();
        String page = client.page(DETAIL + "View?docUniqueIdentifier=CO1.SLCNTR.7784301");
        String mkey = bodyData(page, "mkey");
        only(FaultKind.SESSION_EXPIRED);

        HttpResponse<String> ajax =
                client.ajax(DETAIL + "StepManagerGoToStep?mkey=" + mkey, Map.of("step", "stpContractExecutionStep"));
        assertThat(ajax.statusCode()).isEqualTo(401);
        assertThat(ajax.body()).contains("\"sessionExpired\":true");

        simulator.faults(FaultSettings.off());
        HttpResponse<String> next = client.get("/CO1Marketplace/Common/Workarea/Index");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).contains("/STS/Users/Login/Index?expired=true");
    }

    @Test
    void aFailedUploadAnswersErrorAndStoresNothing() {
        client.loginJuana();
        String page = client.page(DETAIL + "View?docUniqueIdentifier=CO1.SLCNTR.7784301");
        String formUrl = attr(client.section(bodyData(page, "mkey")), "btnCreatePaymentButton", "data-form-url");
        String form = client.page(formUrl);
        String window = client.page(attr(form, "btnUploadDocumentGen", "data-upload-url"));
        only(FaultKind.UPLOAD_FAILED);

        JsonNode answer = client.json(
                client.upload(bodyData(window, "upload-url"), "soporte.zip", Zips.bytes("informe.txt", "Informe")));

        assertThat(answer.path("ok").asBoolean()).isFalse();
        assertThat(answer.path("message").asText()).isEqualTo(SeededFaults.UPLOAD_FAILED_MESSAGE);
        simulator.faults(FaultSettings.off());
        String listed = client.get(FORM + "OnDocumentsUploaded?mkey=" + bodyData(form, "mkey"))
                .body();
        assertThat(listed).contains("No hay documentos anexos.");
    }

    @Test
    void loginExpiredAnswersTheNoticeAndOpensNoSession() {
        only(FaultKind.LOGIN_EXPIRED);

        JsonNode answer = client.json(client.ajax(
                "/STS/Users/Login/LoginAuthenticate",
                Map.of("txtUserName", "contratista.demo", "txtPassword", "Demo2026*")));

        assertThat(answer.path("ok").asBoolean()).isFalse();
        assertThat(answer.path("expired").asBoolean()).isTrue();
        assertThat(answer.path("message").asText()).isEqualTo(SeededFaults.LOGIN_EXPIRED_MESSAGE);
        simulator.faults(FaultSettings.off());
        assertThat(client.get("/CO1Marketplace/Common/Workarea/Index").statusCode())
                .isEqualTo(302);
        client.loginJuana();
    }

    @Test
    void anOutageAnswers503ForOutageMsThenTheServerAnswersAgain() {
        client.loginJuana();
        simulator.faults(FaultSettings.of(1, 11).withKinds(FaultKind.OUTAGE).withOutageMs(700));
        assertThat(client.get("/STS/Users/Login/Index").statusCode())
                .as("el inicio de sesión no empieza una caída")
                .isEqualTo(200);

        HttpResponse<String> first = client.get("/CO1Marketplace/Common/Workarea/Index");
        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.body()).contains("<title>Service Unavailable</title>", "HTTP Error 503");
        List<Integer> during = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            during.add(client.get("/STS/Users/Login/Index").statusCode());
            during.add(
                    client.ajax("/STS/Users/Login/LoginAuthenticate", Map.of()).statusCode());
        }
        assertThat(during).isNotEmpty().containsOnly(503);
        // Neither the mock API nor static files fall; no decision is drawn while the server is down.
        assertThat(api.get("payments").status()).isEqualTo(200);
        assertThat(client.get("/StaticContent/Scripts/portal.js").statusCode()).isEqualTo(200);
        assertThat(simulator.faultsInjected()).containsEntry("caida", 1);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> client.get("/STS/Users/Login/Index").statusCode() == 200);
        simulator.faults(FaultSettings.of(1, 11).withKinds(FaultKind.ERROR_500));
        assertThat(client.get("/STS/Users/Login/Index").statusCode())
                .as("la página de inicio no es elegible para error-500")
                .isEqualTo(200);
    }

    @Test
    void afterAnOutageTheGeneratorDecidesAgain() {
        client.loginJuana();
        simulator.faults(FaultSettings.of(1, 11).withKinds(FaultKind.OUTAGE).withOutageMs(200));
        assertThat(client.get("/CO1Marketplace/Common/Workarea/Index").statusCode())
                .isEqualTo(503);
        await("no elegible: responde cuando termina la caída")
                .atMost(Duration.ofSeconds(10))
                .until(() -> client.get("/STS/Users/Login/Index").statusCode() == 200);
        // Rate 1: the first eligible request after the window draws again and falls again.
        assertThat(client.get("/CO1Marketplace/Common/Workarea/Index").statusCode())
                .isEqualTo(503);
        assertThat(simulator.faultsInjected()).containsEntry("caida", 2);
    }

    @Test
    void latencyDelaysPortalRequestsButNotTheMockApi() {
        simulator.faults(FaultSettings.off().withLatency(250, 0));

        HttpResponse<String> portal = client.get("/STS/Users/Login/Index");
        MockPortalApi.Response settings = api.get("settings");

        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.headers().firstValue(SeededFaults.DELAY_HEADER)).contains("250");
        assertThat(settings.header(SeededFaults.DELAY_HEADER)).isEmpty();
    }

    @Test
    void clientSideFaultsAreFlagsPortalJsReads() {
        only(FaultKind.SWALLOWED_CLICK);
        assertThat(bodyAttribute(client.page("/STS/Users/Login/Index"), SeededFaults.BODY_ATTRIBUTE))
                .isEqualTo("clic-tragado");
        simulator.faults(FaultSettings.off());
        client.loginJuana();
        String page = client.page(DETAIL + "View?docUniqueIdentifier=CO1.SLCNTR.7784301");
        String mkey = bodyData(page, "mkey");
        assertThat(page).doesNotContain(SeededFaults.BODY_ATTRIBUTE);

        for (FaultKind kind : List.of(FaultKind.REDRAW, FaultKind.ENGLISH_STATE, FaultKind.SWALLOWED_CLICK)) {
            only(kind);
            HttpResponse<String> section = client.ajax(
                    DETAIL + "StepManagerGoToStep?mkey=" + mkey, Map.of("step", "stpContractExecutionStep"));
            assertThat(section.statusCode()).isEqualTo(200);
            assertThat(section.headers().firstValue(SeededFaults.HEADER)).contains(kind.code());
        }
        only(FaultKind.REDRAW);
        String contracts = client.page("/CO1ContractsManagement/Tendering/SalesContractManagement/Index");
        HttpResponse<String> grid = client.ajax(attr(contracts, "divContractsGrid", "data-folder-url"), Map.of());
        assertThat(grid.headers().firstValue(SeededFaults.HEADER)).contains("redibujo");

        only(FaultKind.LATE_WINDOW);
        simulator.faults(simulator.faults().withSlowMs(1800));
        String formUrl = attr(client.section(mkey), "btnCreatePaymentButton", "data-form-url");
        String form = client.page(formUrl);
        assertThat(bodyAttribute(form, SeededFaults.BODY_ATTRIBUTE)).isEqualTo("ventana-tardia");
        assertThat(bodyAttribute(form, "data-simulador-lentitud")).isEqualTo("1800");
        assertThat(bodyData(form, "page")).isEqualTo("paymentRequest");
    }

    @Test
    void theSlowPreloaderHoldsAjaxAnswersAndPages() {
        client.loginJuana();
        String page = client.page(DETAIL + "View?docUniqueIdentifier=CO1.SLCNTR.7784301");
        simulator.faults(
                FaultSettings.of(1, 1).withKinds(FaultKind.SLOW_PRELOADER).withSlowMs(400));
        assertThat(client.ajax(
                                DETAIL + "StepManagerGoToStep?mkey=" + bodyData(page, "mkey"),
                                Map.of("step", "stpContractExecutionStep"))
                        .headers()
                        .firstValue(SeededFaults.DELAY_HEADER))
                .contains("400");
        assertThat(client.get("/CO1Marketplace/Common/Workarea/Index").headers().firstValue(SeededFaults.DELAY_HEADER))
                .as("una página también puede tardar")
                .contains("400");
        assertThat(client.get("/STS/Users/Login/Index").headers().firstValue(SeededFaults.DELAY_HEADER))
                .as("la página de inicio no es elegible")
                .isEmpty();
    }

    // ------------------------------------------------------------------ determinism and integrity

    @Test
    void theSameSeedGivesTheSameFaultsAndAnotherSeedOtherOnes() {
        List<String> first = script(FaultSettings.of(0.4, 42));
        List<String> again = script(FaultSettings.of(0.4, 42));
        List<String> other = script(FaultSettings.of(0.4, 43));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).anyMatch(s -> !s.endsWith(" -"));
    }

    @Test
    void randomFaultsNeverCorruptThePortalData() {
        simulator.faults(FaultSettings.of(0.5, 99)
                .withKinds(EnumSet.complementOf(EnumSet.of(FaultKind.OUTAGE, FaultKind.SLOW_PRELOADER))));
        List<String> numbers = List.of("INTEGRA-1", "INTEGRA-2", "INTEGRA-3", "INTEGRA-4");
        for (String number : numbers) {
            for (int attempt = 0; attempt < 60 && !sent(number); attempt++) {
                try {
                    client = new Client();
                    client.login("contratista.demo", "52345678");
                    String mkey = bodyData(client.page(DETAIL + "View?docUniqueIdentifier=CO1.SLCNTR.7784301"), "mkey");
                    PaymentEntry existing = simulator.state().payments(7784301).stream()
                            .filter(p -> number.equals(p.invoiceNumber()))
                            .findFirst()
                            .orElse(null);
                    if (existing == null) {
                        client.confirm(client.openFilledForm(mkey), number);
                    } else {
                        client.ajax(DETAIL + "SendPayment?mkey=" + mkey, Map.of("paymentId", existing.paymentId()));
                    }
                } catch (AssertionError | RuntimeException e) {
                    // a fault in the middle: start again, as the robot does
                }
            }
        }
        List<PaymentEntry> entries = simulator.state().payments(7784301);
        assertThat(entries).extracting(PaymentEntry::invoiceNumber).containsExactlyElementsOf(numbers);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo(PaymentState.ENVIADO);
            assertThat(e.documents()).hasSize(1);
            assertThat(e.history())
                    .extracting(h -> h.state())
                    .containsExactly(PaymentState.BORRADOR, PaymentState.ENVIADO);
        });
        assertThat(simulator.faultsInjected().keySet()).hasSizeGreaterThanOrEqualTo(5);
    }

    private static boolean sent(String number) {
        return simulator.state().payments(7784301).stream()
                .anyMatch(p -> number.equals(p.invoiceNumber()) && p.state() == PaymentState.ENVIADO);
    }

    /** A fixed sequence of requests; each one's status and fault header, e.g. "GET /x 200 redibujo". */
    private List<String> script(FaultSettings settings) {
        simulator.faults(FaultSettings.off());
        simulator.reset();
        client = new Client();
        client.login("contratista.demo", "52345678");
        String page = client.page(DETAIL + "View?docUniqueIdentifier=CO1.SLCNTR.7784301");
        String mkey = bodyData(page, "mkey");
        simulator.faults(settings.withKinds(EnumSet.complementOf(
                EnumSet.of(FaultKind.OUTAGE, FaultKind.SLOW_PRELOADER, FaultKind.SESSION_EXPIRED))));
        List<String> trace = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            HttpResponse<String> r = i % 3 == 0
                    ? client.get(DETAIL + "View?docUniqueIdentifier=CO1.SLCNTR.7784301")
                    : client.ajax(
                            DETAIL + "StepManagerGoToStep?mkey=" + mkey, Map.of("step", "stpContractExecutionStep"));
            String flag = r.headers()
                    .firstValue(SeededFaults.HEADER)
                    .orElse(r.body().contains(SeededFaults.BODY_ATTRIBUTE) ? "cuerpo" : "-");
            trace.add(r.request().method() + " " + r.statusCode() + " " + flag);
        }
        return trace;
    }

    private static void only(FaultKind kind) {
        simulator.faults(FaultSettings.of(1, 1).withKinds(kind));
    }

    private static PaymentEntry onlyEntryOf(long contractId) {
        List<PaymentEntry> entries = simulator.state().payments(contractId);
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    // ------------------------------------------------------------------ a small HTTP client

    static String bodyData(String html, String name) {
        return bodyAttribute(html, "data-" + name);
    }

    static String bodyAttribute(String html, String attribute) {
        Matcher m = Pattern.compile("<body[^>]*\\b" + Pattern.quote(attribute) + "=\"([^\"]*)\"")
                .matcher(html);
        assertThat(m.find()).as("body sin " + attribute).isTrue();
        return unescape(m.group(1));
    }

    static String attr(String html, String id, String attribute) {
        Matcher tag = Pattern.compile("<[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        assertThat(tag.find()).as("no existe #" + id).isTrue();
        Matcher value = Pattern.compile("\\b" + Pattern.quote(attribute) + "=\"([^\"]*)\"")
                .matcher(tag.group());
        assertThat(value.find()).as("#" + id + " sin " + attribute).isTrue();
        return unescape(value.group(1));
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private final class Client {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        URI uri(String path) {
            return URI.create(simulator.baseUrl() + path);
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET().build());
        }

        String page(String path) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            return r.body();
        }

        HttpResponse<String> ajax(String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("X-Requested-With", "XMLHttpRequest")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
        }

        HttpResponse<String> upload(String path, String fileName, byte[] content) {
            return send(PortalClient.uploadRequest(uri(path), fileName, content));
        }

        JsonNode json(HttpResponse<String> response) {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("no es JSON: " + response.body(), e);
            }
        }

        void loginJuana() {
            login("contratista.demo", "52345678");
        }

        void login(String user, String company) {
            JsonNode auth = json(ajax(
                    "/STS/Users/Login/LoginAuthenticate", Map.of("txtUserName", user, "txtPassword", "Demo2026*")));
            assertThat(auth.path("ok").asBoolean()).as(auth.toString()).isTrue();
            if (!auth.hasNonNull("redirect")) {
                assertThat(json(ajax("/STS/Users/Login/ChooseInformation", Map.of("companyCode", company)))
                                .path("ok")
                                .asBoolean())
                        .isTrue();
            }
        }

        String section(String mkey) {
            HttpResponse<String> r =
                    ajax(DETAIL + "StepManagerGoToStep?mkey=" + mkey, Map.of("step", "stpContractExecutionStep"));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return r.body();
        }

        /** Crear + one uploaded ZIP; returns the form's mkey and its due date. */
        String[] openFilledForm(String pageKey) {
            String form = page(attr(section(pageKey), "btnCreatePaymentButton", "data-form-url"));
            String window = page(attr(form, "btnUploadDocumentGen", "data-upload-url"));
            HttpResponse<String> up =
                    upload(bodyData(window, "upload-url"), "soporte.zip", Zips.bytes("informe.txt", "Informe"));
            assertThat(json(up).path("ok").asBoolean()).as(up.body()).isTrue();
            return new String[] {bodyData(form, "mkey"), attr(form, "dtmbDueDate", "value")};
        }

        HttpResponse<String> confirm(String[] form, String number) {
            return ajax(
                    FORM + "Confirm?mkey=" + form[0],
                    Map.of(
                            "rdbgElectronicInvoice",
                            "false",
                            "txtInvoiceNumber",
                            number,
                            "cbxNetValue",
                            "1.000.000,00",
                            "cbxTotalValue",
                            "1.000.000,00",
                            "dtmbDueDate",
                            form[1],
                            "txaNotes",
                            "Prueba de fallas"));
        }

        /** A "Borrador" entry created without faults; returns its payment id. */
        String confirmedEntry(String pageKey, String number) {
            HttpResponse<String> r = confirm(openFilledForm(pageKey), number);
            JsonNode answer = json(r);
            assertThat(answer.path("ok").asBoolean()).as(r.body()).isTrue();
            return answer.path("paymentId").asText();
        }

        HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private String enc(String text) {
            return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
        }
    }
}
