package co.secop.robot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that talks to the simulator through the same endpoints portal.js uses. */
final class PortalClient {

    static final String PASSWORD = "Demo2026*";
    static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, String body, String location, List<String> redirects) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("no es JSON: " + body, e);
            }
        }
    }

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();

    PortalClient(Simulator simulator) {
        this.base = simulator.baseUrl();
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sets a cookie for the simulator's address, as the browser would keep it (e.g. CurrentLanguage=es-CO). */
    void cookie(String name, String value) {
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base + "/"), cookie);
    }

    // ------------------------------------------------------------ raw HTTP

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build(), List.of());
    }

    /** GET following redirects by hand (so the chain is visible). */
    Response follow(String path) {
        List<String> chain = new ArrayList<>();
        Response r = get(path);
        while (r.status() / 100 == 3) {
            chain.add(r.location());
            assertThat(chain).as("demasiadas redirecciones").hasSizeLessThan(10);
            r = get(r.location());
        }
        return new Response(r.status(), r.body(), r.location(), chain);
    }

    Response ajax(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                List.of());
    }

    Response upload(String path, String fileName, byte[] content) {
        return send(uploadRequest(uri(path), fileName, content), List.of());
    }

    /** The multipart POST the upload window's JavaScript sends for one file. */
    static HttpRequest uploadRequest(URI target, String fileName, byte[] content) {
        String boundary = "----secop" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(target)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build();
    }

    private Response send(HttpRequest request, List<String> chain) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(
                    r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null), chain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------ HTML helpers

    /** The attribute of the element with that id (entities decoded). */
    static String attr(String html, String id, String attribute) {
        Matcher tag = Pattern.compile("<[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        assertThat(tag.find()).as("no existe el elemento #" + id).isTrue();
        Matcher value = Pattern.compile("\\b" + Pattern.quote(attribute) + "=\"([^\"]*)\"")
                .matcher(tag.group());
        assertThat(value.find()).as("#" + id + " no tiene " + attribute).isTrue();
        return unescape(value.group(1));
    }

    /** Text of {@code <span id="id">...</span>} (tags stripped). */
    static String text(String html, String id) {
        Matcher m = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("no existe el elemento #" + id).isTrue();
        return unescape(m.group(2).replaceAll("<[^>]+>", "")).strip();
    }

    static boolean has(String html, String id) {
        return html.contains("id=\"" + id + "\"");
    }

    static String bodyData(String html, String name) {
        Matcher m =
                Pattern.compile("<body[^>]*\\bdata-" + name + "=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("body sin data-" + name).isTrue();
        return unescape(m.group(1));
    }

    static String unescape(String text) {
        return text.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    // ------------------------------------------------------------ portal flows

    /** Logs in (choosing {@code companyCode} when the user has several) and returns the work area HTML. */
    String login(String user, String companyCode) {
        Response auth =
                ajax("/STS/Users/Login/LoginAuthenticate", Map.of("txtUserName", user, "txtPassword", PASSWORD));
        assertThat(auth.status()).isEqualTo(200);
        JsonNode json = auth.json();
        assertThat(json.path("ok").asBoolean()).as(auth.body()).isTrue();
        if (!json.hasNonNull("redirect")) {
            ajax("/STS/Users/Login/CompanySelectedIndexChanged", Map.of("companyCode", companyCode));
            Response chosen = ajax("/STS/Users/Login/ChooseInformation", Map.of("companyCode", companyCode));
            assertThat(chosen.json().path("redirect").asText()).isEqualTo("/CO1Marketplace/Common/Workarea/Index");
        }
        Response work = get("/CO1Marketplace/Common/Workarea/Index");
        assertThat(work.status()).isEqualTo(200);
        return work.body();
    }

    String loginJuana() {
        return login("contratista.demo", "52345678");
    }

    /** Opens a contract detail page; returns its HTML. */
    String openContract(long contractId) {
        Response r = get("/CO1ContractsManagement/Tendering/SalesContractEdit/View?docUniqueIdentifier=CO1.SLCNTR."
                + contractId);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    /** The detail page of a contract, as a small handle for its AJAX actions. */
    ContractPage contract(long contractId) {
        return new ContractPage(this, openContract(contractId));
    }

    static final class ContractPage {
        final PortalClient client;
        final String html;
        final String mkey;

        ContractPage(PortalClient client, String html) {
            this.client = client;
            this.html = html;
            this.mkey = bodyData(html, "mkey");
        }

        Response action(String action, Map<String, String> form) {
            return client.ajax("/CO1ContractsManagement/Tendering/SalesContractEdit/" + action + "?mkey=" + mkey, form);
        }

        String executionSection() {
            Response r = action("StepManagerGoToStep", Map.of("step", "stpContractExecutionStep"));
            assertThat(r.status()).isEqualTo(200);
            return r.body();
        }

        String send(String paymentId) {
            return action("SendPayment", Map.of("paymentId", paymentId)).body();
        }

        /** Opens the form behind a button (Crear / Registro) of section 7. */
        PaymentForm openForm(String buttonId) {
            String url = attr(executionSection(), buttonId, "data-form-url");
            Response r = client.get(url);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            return new PaymentForm(client, r.body());
        }
    }

    static final class PaymentForm {
        final PortalClient client;
        final String html;
        final String formKey;
        final Map<String, String> fields = new LinkedHashMap<>();

        PaymentForm(PortalClient client, String html) {
            this.client = client;
            this.html = html;
            this.formKey = bodyData(html, "mkey");
        }

        PaymentForm fill(boolean electronic, String number, String net, String total) {
            fields.put("rdbgElectronicInvoice", String.valueOf(electronic));
            fields.put("txtInvoiceNumber", number);
            fields.put("cbxNetValue", net);
            fields.put("cbxTotalValue", total);
            fields.put("dtmbDueDate", attr(html, "dtmbDueDate", "value"));
            fields.put("txaNotes", "Cuenta de cobro " + number);
            return this;
        }

        PaymentForm set(String field, String value) {
            fields.put(field, value);
            return this;
        }

        /** Uploads through the upload window's endpoint, like "Buscar documento" + "Anexar". */
        Response attach(String fileName, byte[] content) {
            String uploadWindowUrl = attr(html, "btnUploadDocumentGen", "data-upload-url");
            Response window = client.get(uploadWindowUrl);
            assertThat(window.status()).as(window.body()).isEqualTo(200);
            return client.upload(bodyData(window.body(), "upload-url"), fileName, content);
        }

        Response validateCufe(String cufe) {
            fields.put("txtCufe", cufe);
            return client.ajax(
                    PaymentFormUrls.BASE + "ValidateCufe?mkey=" + formKey,
                    Map.of(
                            "txtCufe",
                            cufe,
                            "txtInvoiceNumber",
                            fields.getOrDefault("txtInvoiceNumber", ""),
                            "cbxTotalValue",
                            fields.getOrDefault("cbxTotalValue", "")));
        }

        Response confirm() {
            return client.ajax(PaymentFormUrls.BASE + "Confirm?mkey=" + formKey, fields);
        }
    }

    static final class PaymentFormUrls {
        static final String BASE = "/CO1ContractsManagement/Tendering/PaymentRequestEdit/";
    }
}
