package co.secop.robot.batch;

import co.secop.robot.format.OwnerOnly;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code ./secop estado} saw last time, per account (one file beside the journals) and contract: the state of
 * each payment request and the last state the contractor was told by e-mail. A contract read for the first time
 * is the starting point (nothing is «nuevo»); after that, a request whose state differs, or that was not there,
 * is «nuevo» once.
 */
public final class StatusMemory {

    /**
     * @param state  the state read last time
     * @param mailed the last state the contractor was e-mailed about (at first, the state first read)
     */
    public record Seen(String state, String mailed) {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Contract (lower case) → payment id → what was seen. */
    private final Map<String, Map<String, Seen>> contracts;

    private StatusMemory(Map<String, Map<String, Seen>> contracts) {
        this.contracts = contracts;
    }

    public static StatusMemory empty() {
        return new StatusMemory(new TreeMap<>());
    }

    /** The memory in {@code file}; empty when there is none yet. */
    public static StatusMemory load(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            return new StatusMemory(new TreeMap<>(
                    JSON.readValue(file.toFile(), new TypeReference<Map<String, Map<String, Seen>>>() {})));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "No se pudo leer la última lectura de estado «" + file + "»: " + e.getMessage(), e);
        }
    }

    /** Marks what changed since the last reading and remembers this one. */
    public List<RequestState> remember(List<RequestState> now) {
        List<RequestState> marked = new ArrayList<>();
        Map<String, Map<String, Seen>> updates = new TreeMap<>();
        for (RequestState request : now) {
            String contract = key(request.contract());
            Map<String, Seen> before = contracts.get(contract); // null: the contract was never read
            Seen seen = before == null ? null : before.get(request.paymentId());
            boolean news = before != null && (seen == null || !seen.state().equals(request.state()));
            // A first reading is the starting point (nothing to tell); a request that appeared since is news.
            String mailed = seen != null ? seen.mailed() : before == null ? request.state() : "";
            marked.add(request.asNews(news));
            updates.computeIfAbsent(contract, k -> new TreeMap<>())
                    .put(request.paymentId(), new Seen(request.state(), mailed));
        }
        updates.forEach((contract, seen) ->
                contracts.computeIfAbsent(contract, k -> new TreeMap<>()).putAll(seen));
        return marked;
    }

    /** The requests whose state the contractor was not yet e-mailed about. */
    public List<RequestState> notMailed(List<RequestState> now) {
        return now.stream()
                .filter(request -> {
                    Seen seen = contracts
                            .getOrDefault(key(request.contract()), Map.of())
                            .get(request.paymentId());
                    return seen != null && !seen.mailed().equals(request.state());
                })
                .toList();
    }

    /** The contractor was told about these states. */
    public void mailed(List<RequestState> told) {
        for (RequestState request : told) {
            Map<String, Seen> seen = contracts.computeIfAbsent(key(request.contract()), k -> new TreeMap<>());
            seen.put(request.paymentId(), new Seen(request.state(), request.state()));
        }
    }

    /** Writes the memory (only the owner may read it), replacing the previous file in one step. */
    public void save(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".estado-", ".json.tmp");
            OwnerOnly.restrict(Files.write(temp, JSON.writeValueAsBytes(contracts)));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "No se pudo guardar la lectura de estado en «" + file + "»: " + e.getMessage(), e);
        }
    }

    private static String key(String contract) {
        return contract.strip().toLowerCase(Locale.ROOT);
    }
}
