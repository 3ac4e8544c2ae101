package co.secop.robot.qa;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The simulator's JSON API ({@code /_mock/api/}) seen from the tests: java.net.http + Jackson. */
public final class MockApi {

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

    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public MockApi(String baseUrl) {
        this.base = baseUrl.replaceAll("/+$", "") + "/_mock/api/";
    }

    /** {@code GET payments}: every entry, plan rows "Pendiente" included. */
    public List<Payment> payments() {
        return read(send(HttpRequest.newBuilder(uri("payments")).GET()), new TypeReference<>() {});
    }

    public List<Payment> payments(String contract) {
        return payments().stream()
                .filter(p -> contract.equalsIgnoreCase(p.contract()))
                .toList();
    }

    /** The entry of a contract with this invoice/payment number, if any. */
    public Optional<Payment> payment(String contract, String number) {
        return payments(contract).stream()
                .filter(p -> p.number() != null && p.number().equalsIgnoreCase(number))
                .findFirst();
    }

    /** {@code POST payments/{id}/reject} with the supervisor's reason. */
    public Payment reject(String paymentId, String reason) {
        return read(post("payments/" + paymentId + "/reject", Map.of("reason", reason)), new TypeReference<>() {});
    }

    /** {@code POST sessions/expire}: every open session of the portal expires now. */
    public void expireSessions() {
        post("sessions/expire", Map.of());
    }

    private String post(String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(
                    request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("La API del simulador respondió " + response.statusCode() + " a "
                        + response.request().method() + " " + response.uri() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo llamar a la API del simulador " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrumpido llamando a la API del simulador", e);
        }
    }

    private static <T> T read(String body, TypeReference<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Respuesta inesperada de la API del simulador: " + body, e);
        }
    }
}
