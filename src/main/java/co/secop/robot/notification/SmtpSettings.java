package co.secop.robot.notification;

import co.secop.robot.format.Hosts;
import java.util.Optional;

/**
 * The SMTP server that carries the supervisor's e-mail. The password only ever comes from the
 * environment ({@code SECOP_SMTP_CLAVE}).
 */
public record SmtpSettings(
        String host, int port, Optional<String> user, Optional<char[]> password, String from, boolean startTls) {

    public boolean configured() {
        return host != null && !host.isBlank() && from != null && !from.isBlank();
    }

    /**
     * True when a user and password would travel without TLS to another machine: the robot refuses that
     * (authentication needs STARTTLS, except on this machine's own loopback address).
     */
    public boolean sendsPasswordInClear() {
        return user.isPresent() && !startTls && !Hosts.isLoopback(host);
    }

    /** Why {@link #sendsPasswordInClear()} is refused, in Spanish. */
    public String clearPasswordRefusal() {
        return "El servidor de correo " + host + " pide usuario y clave, y sin TLS la clave viajaría sin cifrar: active"
                + " correo.tls (SECOP_SMTP_TLS=true). Sin TLS solo se acepta un servidor en este equipo (127.0.0.1).";
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user.orElse("") + ", from=" + from
                + ", startTls=" + startTls + "]";
    }
}
