package co.secop.robot.batch;

import co.secop.robot.notification.AttachedDocument;
import co.secop.robot.notification.MessageIds;
import co.secop.robot.notification.NoticeSender;
import co.secop.robot.notification.NotificationException;
import co.secop.robot.notification.PendingNotices;
import co.secop.robot.notification.SupervisorNotice;
import co.secop.robot.portal.PaymentEntry;
import co.secop.robot.spreadsheet.PaymentRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Notificación al Supervisor del Contrato": one e-mail per sending, never two. The journal remembers
 * which sendings were announced; a failed e-mail leaves the upload as it is and waits in
 * {@code correos.json} for {@code ./secop notificar}.
 */
public final class SupervisorNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisorNotifications.class);

    private final Optional<NoticeSender> sender;
    private final String disabledReason;
    private final Journal journal;
    private final PendingNotices pending;

    /**
     * @param sender         empty when no SMTP server is configured: the e-mails wait in correos.json
     * @param disabledReason why they wait, in Spanish
     */
    public SupervisorNotifications(
            Optional<NoticeSender> sender, String disabledReason, Journal journal, PendingNotices pending) {
        this.sender = sender;
        this.disabledReason = disabledReason;
        this.journal = journal;
        this.pending = pending;
    }

    /** The Message-ID of this sending's e-mail: the one recorded, else derived from the sending. */
    public static String messageId(Journal.Entry sending) {
        return sending.messageId() != null
                ? sending.messageId()
                : MessageIds.of(sending.contract(), sending.number(), sending.paymentId(), sending.sentAt());
    }

    /** Sends the e-mail still owed for this row, if any; returns what to tell the contractor. */
    Optional<String> notifyIfOwed(
            PaymentRow row,
            PaymentEntry entry,
            Optional<PortalPayment> portal,
            Path supportsZip,
            Optional<Path> screenshot,
            StepLog steps) {
        String key = Journal.key(row.contract(), row.number());
        Optional<Journal.Entry> sending =
                journal.entry(key).filter(e -> e.stage() == Journal.Stage.SENT && !e.mailDone());
        if (sending.isEmpty() || row.supervisorEmail().isEmpty()) {
            return Optional.empty();
        }
        // What the portal shows after sending, not the sheet's figures.
        String number = portal.map(PortalPayment::invoiceNumber)
                .filter(n -> !n.isBlank())
                .orElse(row.number());
        java.math.BigDecimal net = portal.map(p -> Readback.shownValue(p.netValue(), row.netValue()))
                .orElse(row.netValue());
        java.math.BigDecimal total = portal.map(p -> Readback.shownValue(p.totalValue(), row.totalValue()))
                .orElse(row.totalValue());
        SupervisorNotice notice = new SupervisorNotice(
                row.supervisorEmail().get(),
                row.contract(),
                row.periodLabel(),
                number,
                entry.paymentId(),
                net,
                total,
                entry.state(),
                sending.get().sentAt(),
                sending.get().correction(),
                List.of(AttachedDocument.of(supportsZip)),
                screenshot,
                messageId(sending.get()),
                Optional.empty(),
                portal.map(PortalPayment::planillaLines).orElse(List.of()));
        if (sender.isEmpty()) {
            pending.add(journal.file(), key, notice, false, disabledReason);
            journal.markNotified(key, false, disabledReason);
            steps.add("Correo al supervisor pendiente: " + disabledReason);
            return Optional.of("Correo al supervisor pendiente (" + disabledReason + ").");
        }
        try {
            // «enviando» before SMTP: a crash before «enviado» sends the same message (same Message-ID) again.
            journal.markMail(key, Journal.MailStage.SENDING, notice.messageId());
            pending.add(journal.file(), key, notice, false, "enviando");
            sender.get().send(notice);
            journal.markMail(key, Journal.MailStage.SENT, notice.messageId());
            pending.add(journal.file(), key, notice, true, null);
            steps.add("Envió el correo al supervisor " + notice.to());
            return Optional.of("Correo enviado al supervisor " + notice.to() + ".");
        } catch (NotificationException e) {
            LOG.warn("{}: {}", row.describe(), e.getMessage(), e);
            pending.add(journal.file(), key, notice, false, e.getMessage());
            journal.markNotified(key, false, e.getMessage());
            steps.add("No se pudo enviar el correo al supervisor: " + e.getMessage());
            return Optional.of("El pago quedó enviado, pero el correo al supervisor falló; reintente con"
                    + " «./secop notificar --salida <carpeta>».");
        }
    }
}
