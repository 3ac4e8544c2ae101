package co.secop.robot.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The Message-ID of the supervisor's e-mail, derived from the sending it announces (contract, number, payment
 * id and when it was sent): the same sending always gives the same id, so an e-mail sent again after a crash
 * is merged by mail clients with the first one.
 */
public final class MessageIds {

    private MessageIds() {}

    public static String of(String contract, String number, String paymentId, LocalDateTime sentAt) {
        String sending = String.join(
                "\n",
                contract.strip().toUpperCase(Locale.ROOT),
                number.strip(),
                paymentId == null ? "" : paymentId.strip(),
                sentAt == null ? "" : sentAt.withNano(0).toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sending.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + ".envio@secop-robot>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
