package co.secop.robot.simulator.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code /StaticContent/...}: portal.js, portal.css and images from {@code simulator/static/} on the classpath. */
public final class StaticAssets {

    private static final Map<String, String> TYPES = Map.of(
            "js", "application/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public void register(RoutesConfig routes) {
        routes.get("/StaticContent/<path>", this::serve);
        routes.get("/favicon.ico", ctx -> ctx.status(204));
    }

    private void serve(Context ctx) throws IOException {
        String path = ctx.pathParam("path");
        String ext = path.substring(path.lastIndexOf('.') + 1);
        if (path.contains("..") || !TYPES.containsKey(ext)) {
            throw new Outcome.NotFound("El recurso solicitado no existe.");
        }
        byte[] bytes = cache.computeIfAbsent(path, StaticAssets::read);
        if (bytes.length == 0) {
            throw new Outcome.NotFound("El recurso solicitado no existe.");
        }
        ctx.contentType(TYPES.get(ext)).header("Cache-Control", "no-cache").result(bytes);
    }

    private static byte[] read(String path) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream("simulator/static/" + path)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
