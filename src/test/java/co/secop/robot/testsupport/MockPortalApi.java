package co.secop.robot.testsupport;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The one test client of the simulator's JSON API ({@code /_mock/api/}): java.net.http + Jackson. Paths are
 * relative to {@code /_mock/api/} ("payments", "settings", ...).
 *
 * <p>Two levels: {@link #get}, {@link #post} and {@link #delete} return the raw {@link Response} (status, body,
 * headers) for the tests of the API itself; every other method fails the test ({@link AssertionError}) unless
 * the API answers 2xx. Money comes back as exact {@link BigDecimal}s.
 */
public final class MockPortalApi {

    public static final String SENT = "Enviado a la entidad estatal";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    /** {@code baseUrl}: the simulator's address, e.g. {@code simulator.baseUrl()}. */
    public MockPortalApi(String baseUrl) {
        this.base = baseUrl.replaceAll("/+$", "") + "/_mock/api/";
    }

    /** What the API answered: status, body and headers, whatever the status. */
    public record Response(int status, String body, HttpHeaders headers) {
        public JsonNode json() {
            return parse(body);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /** One payment entry with the API's field names (the Cucumber steps read it as a value). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(
            String contract,
            String paymentId,
            String reference,
            String number,
            Boolean electronicInvoice,
            String cufe,
            BigDecimal netValue,
            BigDecimal totalValue,
            String dueDate,
            String notes,
            String state,
            String rejectionReason,
            List<Document> documents,
            List<History> history) {

        public static Payment of(JsonNode entry) {
            try {
                return JSON.treeToValue(entry, Payment.class);
            } catch (JsonProcessingException e) {
                throw new AssertionError("Pago inesperado en la API del simulador: " + entry, e);
            }
        }

        public List<String> states() {
            return history == null
                    ? List.of()
                    : history.stream().map(History::state).toList();
        }

        public List<String> documentNames() {
            return documents == null
                    ? List.of()
                    : documents.stream().map(Document::name).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String name, long bytes, String sha256) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record History(String state, String at) {}

    // ------------------------------------------------------------------ raw

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** {@code POST} with a JSON body ("" for none). */
    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    // ------------------------------------------------------------------ checked

    /** {@code GET path} as JSON; fails unless 2xx. */
    public JsonNode read(String path) {
        return ok(get(path));
    }

    /** {@code POST path} with a JSON body ("" for none), answer as JSON; fails unless 2xx. */
    public JsonNode write(String path, String json) {
        return ok(post(path, json));
    }

    // ------------------------------------------------------------------ requests

    /**
     * How many requests of {@code route} (as the simulator names it: {@code POST /CO{n}ContractsManagement/…})
     * it served since it started or since {@link #resetStats}.
     */
    public long requests(String route) {
        return stats().path("byRoute").path(route).asLong();
    }

    /** {@code GET stats}: the requests served, by route (static files excluded). */
    public JsonNode stats() {
        return read("stats");
    }

    public void resetStats() {
        write("stats/reset", "");
    }

    // ------------------------------------------------------------------ payments

    /** {@code GET payments}: every entry, plan rows "Pendiente" included. */
    public List<JsonNode> payments() {
        List<JsonNode> list = new ArrayList<>();
        read("payments").forEach(list::add);
        return list;
    }

    /** The entries of one contract (its number, any case). */
    public List<JsonNode> payments(String contract) {
        return payments(p -> contract.equalsIgnoreCase(p.path("contract").asText()));
    }

    public List<JsonNode> payments(Predicate<JsonNode> which) {
        return payments().stream().filter(which).toList();
    }

    /** The entries that match, by invoice/payment number (sorted), e.g. to find a number filed twice. */
    public Map<String, List<JsonNode>> byNumber(Predicate<JsonNode> which) {
        Map<String, List<JsonNode>> byNumber = new TreeMap<>();
        for (JsonNode p : payments(which)) {
            byNumber.computeIfAbsent(p.path("number").asText(), k -> new ArrayList<>())
                    .add(p);
        }
        return byNumber;
    }

    /** The first entry of a contract with this invoice/payment number (any case), if any. */
    public Optional<JsonNode> findPayment(String contract, String number) {
        return payments(contract).stream()
                .filter(p -> number.equalsIgnoreCase(p.path("number").asText()))
                .findFirst();
    }

    /** As {@link #findPayment}, failing the test when there is none. */
    public JsonNode payment(String contract, String number) {
        return findPayment(contract, number)
                .orElseThrow(() -> new AssertionError("No hay pago " + number + " en " + contract));
    }

    /** The entry with this payment id ("PP-..."), failing the test when there is none. */
    public JsonNode payment(String paymentId) {
        return payments().stream()
                .filter(p -> paymentId.equals(p.path("paymentId").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no existe el pago " + paymentId));
    }

    /** {@code POST payments/{id}/reject} with the supervisor's reason; the entry after it. */
    public JsonNode reject(String paymentId, String reason) {
        return write("payments/" + paymentId + "/reject", json(Map.of("reason", reason)));
    }

    /** {@code POST payments/{id}/approve}: the entity accepts it («Aceptada»); the entry after it. */
    public JsonNode approve(String paymentId) {
        return write("payments/" + paymentId + "/approve", "");
    }

    /** {@code POST payments/{id}/pay}: the entity marks it «Pagado»; the entry after it. */
    public JsonNode pay(String paymentId) {
        return write("payments/" + paymentId + "/pay", "");
    }

    // ------------------------------------------------------------------ portal state

    /** {@code POST sessions/expire}: every open session of the portal expires now. */
    public void expireSessions() {
        write("sessions/expire", "{}");
    }

    /** {@code POST settings}, e.g. {@code {"paymentFormMode":"WINDOW"}}. */
    public JsonNode settings(String json) {
        return write("settings", json);
    }

    /** {@code GET faults}: the faults now, with how many were injected by kind. */
    public JsonNode faults() {
        return read("faults");
    }

    /**
     * Registers an electronic invoice with the DIAN registry ({@code POST dian/invoices}) under a CUFE made
     * from the number (always the same for a number); returns the CUFE.
     */
    public String registerCufe(String number, String totalValue) {
        byte[] bytes = new byte[48];
        new Random(number.hashCode()).nextBytes(bytes);
        String cufe = HexFormat.of().formatHex(bytes);
        write(
                "dian/invoices",
                "{\"cufe\":\"" + cufe + "\",\"number\":\"" + number + "\",\"totalValue\":" + totalValue + "}");
        return cufe;
    }

    // ------------------------------------------------------------------ reading an entry

    /** How many times the entry's history holds this state. */
    public static long timesInHistory(JsonNode payment, String state) {
        long times = 0;
        for (JsonNode h : payment.path("history")) {
            if (state.equals(h.path("state").asText())) {
                times++;
            }
        }
        return times;
    }

    /** The name of the entry's last attached document ("" when it has none). */
    public static String lastDocumentName(JsonNode payment) {
        JsonNode documents = payment.path("documents");
        return documents.isEmpty()
                ? ""
                : documents.get(documents.size() - 1).path("name").asText();
    }

    // ------------------------------------------------------------------ plumbing

    private URI uri(String path) {
        return URI.create(base + path.replaceFirst("^/+", ""));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(
                    request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo llamar a la API del simulador " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrumpido llamando a la API del simulador", e);
        }
    }

    private static JsonNode ok(Response response) {
        if (response.status() / 100 != 2) {
            throw new AssertionError("La API del simulador respondió " + response.status() + ": " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : response.json();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("no es JSON: " + body, e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
