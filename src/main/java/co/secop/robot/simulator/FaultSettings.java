package co.secop.robot.simulator;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How the simulator misbehaves ({@code ./secop simulador --latencia-ms --tasa-fallas --semilla --fallas},
 * {@code POST /_mock/api/faults}).
 *
 * @param latencyMs fixed delay added to every portal request (pages, AJAX, uploads; never static files
 *                  nor the mock API)
 * @param jitterMs  up to this much more delay, drawn per request from the seed
 * @param rate      probability (0..1) that an eligible request gets a fault; 0 = no faults
 * @param seed      the seed of {@link java.util.Random}: the same seed and the same requests give the
 *                  same faults
 * @param kinds     which faults may happen (each request picks one among the kinds it is eligible for)
 * @param slowMs    how long "precargador-lento" keeps the preloader and "ventana-tardia" delays the window
 * @param outageMs  how long the server stays down after a "caida"
 */
public record FaultSettings(
        long latencyMs, long jitterMs, double rate, long seed, Set<FaultKind> kinds, long slowMs, long outageMs) {

    public static final long DEFAULT_SLOW_MS = 2_500;
    public static final long DEFAULT_OUTAGE_MS = 4_000;
    public static final long DEFAULT_SEED = 2026;

    public FaultSettings {
        if (latencyMs < 0 || jitterMs < 0 || slowMs < 0 || outageMs < 0) {
            throw new IllegalArgumentException("los tiempos de las fallas no pueden ser negativos");
        }
        if (latencyMs > 60_000 || jitterMs > 60_000 || slowMs > 120_000 || outageMs > 3_600_000) {
            throw new IllegalArgumentException("los tiempos de las fallas son demasiado grandes");
        }
        if (Double.isNaN(rate) || rate < 0 || rate > 1) {
            throw new IllegalArgumentException("la tasa de fallas debe estar entre 0 y 1 (por ejemplo 0.2)");
        }
        kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(FaultKind.class) : EnumSet.copyOf(kinds);
        kinds = Collections.unmodifiableSet(kinds);
    }

    /** No latency, no faults. */
    public static FaultSettings off() {
        return new FaultSettings(
                0, 0, 0, DEFAULT_SEED, EnumSet.allOf(FaultKind.class), DEFAULT_SLOW_MS, DEFAULT_OUTAGE_MS);
    }

    /** {@code rate} of faults of every kind with this seed; no latency. */
    public static FaultSettings of(double rate, long seed) {
        return off().withRate(rate).withSeed(seed);
    }

    /** True when nothing is injected at all. */
    public boolean isOff() {
        return rate == 0 && latencyMs == 0 && jitterMs == 0;
    }

    public FaultSettings withLatency(long fixedMs, long jitter) {
        return new FaultSettings(fixedMs, jitter, rate, seed, kinds, slowMs, outageMs);
    }

    public FaultSettings withRate(double value) {
        return new FaultSettings(latencyMs, jitterMs, value, seed, kinds, slowMs, outageMs);
    }

    public FaultSettings withSeed(long value) {
        return new FaultSettings(latencyMs, jitterMs, rate, value, kinds, slowMs, outageMs);
    }

    public FaultSettings withKinds(Set<FaultKind> value) {
        return new FaultSettings(latencyMs, jitterMs, rate, seed, value, slowMs, outageMs);
    }

    public FaultSettings withKinds(FaultKind first, FaultKind... more) {
        return withKinds(EnumSet.of(first, more));
    }

    public FaultSettings withSlowMs(long value) {
        return new FaultSettings(latencyMs, jitterMs, rate, seed, kinds, value, outageMs);
    }

    public FaultSettings withOutageMs(long value) {
        return new FaultSettings(latencyMs, jitterMs, rate, seed, kinds, slowMs, value);
    }

    /** As {@code GET /_mock/api/faults} shows it (kinds by their Spanish names). */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("latencyMs", latencyMs);
        json.put("jitterMs", jitterMs);
        json.put("rate", rate);
        json.put("seed", seed);
        json.put("kinds", kinds.stream().map(FaultKind::code).toList());
        json.put("slowMs", slowMs);
        json.put("outageMs", outageMs);
        json.put("active", !isOff());
        return json;
    }

    @Override
    public String toString() {
        return "latencia " + latencyMs + " ms (+ hasta " + jitterMs + " ms), tasa " + rate + ", semilla " + seed
                + ", fallas "
                + String.join(",", kinds.stream().map(FaultKind::code).toList());
    }
}
