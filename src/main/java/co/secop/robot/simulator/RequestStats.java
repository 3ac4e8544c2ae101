package co.secop.robot.simulator;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the portal requests the browser makes (pages, AJAX, uploads), for {@code ./secop rendimiento}:
 * {@code GET /_mock/api/stats} and {@code POST /_mock/api/stats/reset}. Static files, {@code /favicon.ico}
 * and the mock API itself are not portal requests and are not counted. Routes are grouped with their
 * numbers replaced by {@code {n}} ("POST /CO1ContractsManagement/.../{n}/Send").
 */
public final class RequestStats {

    static final String PATH = "/_mock/api/stats";

    private final LongAdder total = new LongAdder();
    private final Map<String, LongAdder> byRoute = new ConcurrentHashMap<>();

    /** Counts {@code ctx} when it is a portal request. */
    void count(Context ctx) {
        String path = ctx.path();
        if (path.startsWith("/_mock/") || path.startsWith("/StaticContent/") || "/favicon.ico".equals(path)) {
            return;
        }
        total.increment();
        byRoute.computeIfAbsent(ctx.method() + " " + path.replaceAll("\\d+", "{n}"), k -> new LongAdder())
                .increment();
    }

    public long total() {
        return total.sum();
    }

    /** Starts counting from zero. */
    public void reset() {
        total.reset();
        byRoute.clear();
    }

    Map<String, Object> json() {
        Map<String, Long> routes = new TreeMap<>();
        byRoute.forEach((route, count) -> routes.put(route, count.sum()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("requests", total());
        json.put("byRoute", routes);
        return json;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> ctx.json(json()));
        routes.post(PATH + "/reset", ctx -> {
            reset();
            ctx.json(json());
        });
    }
}
