package co.secop.robot.notification;

import java.util.Optional;

/**
 * The SMTP server that carries the supervisor's e-mail. The password only ever comes from the
 * environment ({@code SECOP_SMTP_CLAVE}).
 */
public record SmtpSettings(String host, int port, Optional<String> user, Optional<char[]> password, String from,
                           boolean startTls) {

    public boolean configured() {
        return host != null && !host.isBlank() && from != null && !from.isBlank();
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user.orElse("") + ", from=" + from
                + ", startTls=" + startTls + "]";
    }
}
