package co.secop.robot.batch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Where a sheet's journal lives: in the user's data folder, never relative to the current directory, so a run
 * started from another folder (or after the sheet was moved) finds what an interrupted run did.
 * <ul>
 *   <li>Windows: {@code %LOCALAPPDATA%\secop-robot\diarios}</li>
 *   <li>macOS: {@code ~/Library/Application Support/secop-robot/diarios}</li>
 *   <li>Linux and others: {@code $XDG_DATA_HOME/secop-robot/diarios}, by default {@code ~/.local/share/secop-robot/diarios}</li>
 * </ul>
 * ({@code lote.diarios} in secop.conf, or {@code SECOP_DIARIOS}, chooses another folder.) The file is named after
 * the sheet and keyed by the portal's host, the account and the sheet's identity: the workbook's file name
 * (not its folder) and the sheet read.
 */
public final class JournalLocation {

    private JournalLocation() {}

    public static Path defaultFolder() {
        return defaultFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path defaultFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.contains("win") && present(env.get("LOCALAPPDATA"))) {
            base = Path.of(env.get("LOCALAPPDATA"));
        } else if (os.contains("mac")) {
            base = Path.of(home, "Library", "Application Support");
        } else if (present(env.get("XDG_DATA_HOME"))) {
            base = Path.of(env.get("XDG_DATA_HOME"));
        } else {
            base = Path.of(home, ".local", "share");
        }
        return base.resolve("secop-robot").resolve("diarios").toAbsolutePath();
    }

    /** {@code <folder>/<sheet stem>-<12 hex of portal host, account, file name and sheet>.json}. */
    public static Path file(Path folder, String portalUrl, String user, Path sheet, String sheetName) {
        String fileName = sheet.getFileName().toString();
        String stem = fileName.replaceFirst("\\.[^.]+$", "").replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        String identity =
                host(portalUrl) + "\n" + (user == null ? "" : user.strip().toLowerCase(Locale.ROOT)) + "\n"
                        + fileName.toLowerCase(Locale.ROOT) + "\n" + (sheetName == null ? "" : sheetName.strip());
        return folder.toAbsolutePath().resolve(stem + "-" + sha256(identity).substring(0, 12) + ".json");
    }

    /** {@code <folder>/estado-<12 hex of portal host and account>.json}: what {@code estado} saw last time. */
    public static Path statusFile(Path folder, String portalUrl, String user) {
        String identity =
                host(portalUrl) + "\n" + (user == null ? "" : user.strip().toLowerCase(Locale.ROOT));
        return folder.toAbsolutePath().resolve("estado-" + sha256(identity).substring(0, 12) + ".json");
    }

    private static String host(String portalUrl) {
        try {
            URI uri = URI.create(portalUrl.strip());
            return uri.getHost() == null
                    ? portalUrl.strip()
                    : uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return portalUrl.strip();
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
