package co.secop.robot.format;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hides registered secrets (the SECOP password...) in text that leaves the robot: the run log, page HTML
 * dumps, trace files. Each occurrence becomes {@value #MASK}.
 *
 * <p>Besides the secret as typed, the forms it takes in a page dump or a request body are hidden too:
 * HTML-escaped, URL-encoded and JSON-escaped. Thread-safe; secrets can be registered at any time.
 */
public final class SecretMasker {

    public static final String MASK = "••••••";

    private final Set<String> variants = ConcurrentHashMap.newKeySet();
    private volatile List<String> longestFirst = List.of();

    /** Registers a secret; null or blank values are ignored. */
    public SecretMasker register(String secret) {
        if (secret == null || secret.isBlank()) {
            return this;
        }
        synchronized (this) {
            variants.add(secret);
            variants.add(secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\"", "&quot;").replace("'", "&#39;"));
            // how browsers serialize it: text nodes escape & < >, attributes & and "
            variants.add(secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            variants.add(secret.replace("&", "&amp;").replace("\"", "&quot;"));
            variants.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            variants.add(secret.replace("\\", "\\\\").replace("\"", "\\\""));
            longestFirst = variants.stream()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .toList();
        }
        return this;
    }

    public SecretMasker register(char[] secret) {
        return secret == null ? this : register(new String(secret));
    }

    public boolean hasSecrets() {
        return !longestFirst.isEmpty();
    }

    /** The text with every occurrence of every registered secret replaced by {@value #MASK}; null stays null. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : longestFirst) {
            if (masked.contains(secret)) {
                masked = masked.replace(secret, MASK);
            }
        }
        return masked;
    }

    /** Rewrites a UTF-8 text file (page dump, trace) with its secrets masked; untouched when it has none. */
    public void maskFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String masked = mask(text);
            if (!masked.equals(text)) {
                Files.writeString(file, masked, StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            throw new java.io.UncheckedIOException("No se pudo ocultar la contraseña en «" + file.getFileName() + "» ("
                    + e.getMessage() + ").", e instanceof IOException io ? io : new IOException(e));
        }
    }

    @Override
    public String toString() {
        return "SecretMasker[" + longestFirst.size() + " variantes registradas]";
    }
}
