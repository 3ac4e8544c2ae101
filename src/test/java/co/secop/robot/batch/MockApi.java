package co.secop.robot.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The simulator's JSON API, as a QA team uses it. */
public record MockApi(String baseUrl) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    public List<JsonNode> payments() {
        List<JsonNode> list = new ArrayList<>();
        get("/_mock/api/payments").forEach(list::add);
        return list;
    }

    public JsonNode payment(String contract, String number) {
        return payments().stream()
                .filter(p -> contract.equals(p.path("contract").asText())
                        && number.equals(p.path("number").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No hay pago " + number + " en " + contract));
    }

    public void post(String path, String json) {
        send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    private static JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new AssertionError(request.uri() + " → " + response.statusCode() + " " + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
