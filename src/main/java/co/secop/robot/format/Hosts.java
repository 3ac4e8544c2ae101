package co.secop.robot.format;

import java.util.Locale;

/** What the robot needs to know about a host name without asking DNS. */
public final class Hosts {

    private Hosts() {}

    /**
     * True for this machine's own addresses ({@code localhost}, {@code 127.x.x.x}, {@code ::1}): traffic to
     * them never leaves the computer, so plain http or SMTP without TLS cannot be overheard on a network.
     */
    public static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.equals("localhost")
                || h.endsWith(".localhost")
                || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    }
}
