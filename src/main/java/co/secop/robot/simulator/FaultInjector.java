package co.secop.robot.simulator;

import io.javalin.http.Context;

/**
 * Hook for misbehaving on purpose (latency, HTTP 500 "Error inesperado", dropped sessions...). The
 * simulator calls {@link #before(Context)} ahead of every request except the mock API and static files,
 * and {@link #after(Context)} once the portal answered. This default does nothing.
 *
 * <p>A subclass may delay (the only place in src/main where sleeping is allowed), answer the request
 * itself and then call {@code ctx.skipRemainingHandlers()}, or throw to get the "Error inesperado"
 * page ({@link co.secop.robot.simulator.web.ErrorPages#unexpected}). {@link SeededFaults} is the
 * simulator's own implementation ({@code --tasa-fallas}, {@code POST /_mock/api/faults}).
 */
public class FaultInjector {

    /** Injects nothing. */
    public static final FaultInjector NONE = new FaultInjector();

    /** Called before the portal handles {@code ctx}. */
    public void before(Context ctx) throws Exception {
        // no faults by default
    }

    /**
     * Called after the portal handled {@code ctx} (same requests as {@link #before}): may replace or
     * decorate the answer, e.g. an action that was saved but answers "Error inesperado".
     */
    public void after(Context ctx) throws Exception {
        // no faults by default
    }
}
