package co.secop.robot.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A document attached in SECOP II, described so the supervisor can check it is the same file. */
public record AttachedDocument(String name, long bytes, String sha256) {

    public static AttachedDocument of(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            String digest = HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
            return new AttachedDocument(file.getFileName().toString(), Files.size(file), digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code 1,2 MB}, {@code 683 bytes}. */
    public String size() {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.forLanguageTag("es-CO"), "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.forLanguageTag("es-CO"), "%.1f MB", bytes / (1024.0 * 1024));
    }
}
