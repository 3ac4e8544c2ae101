package co.secop.robot.format;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One argument of a command offered to copy (the resume line, «Qué hacer» in the report, an e-mail), written
 * so that pasting it into the shell of the launcher in use gives the program exactly that text. For
 * {@code ./secop} (bash, zsh, sh): as it is when it is plain, else between single quotes, a {@code '} inside
 * written {@code '\''} — nothing is expanded between single quotes ({@code $()}, backticks, {@code $1}).
 * For {@code secop.cmd} (cmd.exe): between double quotes, a {@code "} doubled; {@code %} is written {@code "^%"}
 * (outside the quotes, where {@code ^} keeps cmd from expanding a variable). Windows names cannot hold {@code "}.
 */
public final class ShellQuote {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+,=-]+");
    private static final Pattern PLAIN_WINDOWS = Pattern.compile("[A-Za-z0-9_./:@+,=\\\\-]+");

    private ShellQuote() {}

    /** {@code text} for the launcher {@code launcher} ({@code ./secop} or {@code secop.cmd}). */
    public static String forLauncher(String launcher, String text) {
        return windows(launcher) ? cmd(text) : posix(text);
    }

    public static String forLauncher(String launcher, Path path) {
        return forLauncher(launcher, path.toString());
    }

    /** True for {@code secop.cmd} (Windows' cmd.exe). */
    public static boolean windows(String launcher) {
        return launcher != null && launcher.strip().toLowerCase(Locale.ROOT).endsWith(".cmd");
    }

    /** For bash and every POSIX shell. */
    public static String posix(String text) {
        if (!text.isEmpty() && PLAIN.matcher(text).matches()) {
            return text;
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** For cmd.exe. */
    public static String cmd(String text) {
        if (!text.isEmpty() && PLAIN_WINDOWS.matcher(text).matches()) {
            return text;
        }
        return "\"" + text.replace("\"", "\"\"").replace("%", "\"^%\"") + "\"";
    }
}
