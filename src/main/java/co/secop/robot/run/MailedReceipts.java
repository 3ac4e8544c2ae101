package co.secop.robot.run;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.Journal;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.notification.NoticeSender;
import co.secop.robot.notification.NotificationException;
import co.secop.robot.notification.PendingNotices;
import co.secop.robot.notification.SupervisorNotice;
import co.secop.robot.report.Receipt;
import co.secop.robot.spreadsheet.PaymentRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The «Comprobante de radicación» of each payment goes with the supervisor's e-mail: written in
 * {@code comprobantes/} when the e-mail leaves (with the values SECOP II showed, the state after «Enviar») and attached
 * to it; the e-mails left waiting for {@code ./secop notificar} get the receipt written at the end of the run.
 */
final class MailedReceipts {

    private static final Logger LOG = LoggerFactory.getLogger(MailedReceipts.class);

    private final BatchJob.Request request;
    private final Set<Integer> written = ConcurrentHashMap.newKeySet();

    MailedReceipts(BatchJob.Request request) {
        this.request = request;
    }

    /** {@code sender}, but each e-mail first gets its payment's receipt written and attached. */
    NoticeSender attachingTo(NoticeSender sender) {
        return notice -> sender.send(withReceipt(notice));
    }

    /** The rows whose receipt is already written (and mailed): the end of the run keeps those files. */
    Set<Integer> written() {
        return Set.copyOf(written);
    }

    /**
     * The e-mails of this run still waiting in {@code correos.json} take the receipt of their payment, so
     * {@code ./secop notificar} sends it too.
     */
    void attachToWaiting(BatchSummary summary, List<Path> receipts) {
        Path notices = request.folder().root().resolve(PendingNotices.FILE_NAME);
        if (!Files.isRegularFile(notices)) {
            return;
        }
        try {
            PendingNotices pending = PendingNotices.in(request.folder().root());
            for (RowOutcome row : summary.outcomes()) {
                Path receipt = Receipt.file(request.folder().root(), row.rowNumber());
                if (receipts.contains(receipt)) {
                    pending.attachReceipt(Journal.key(row.contract(), row.number()), receipt);
                }
            }
        } catch (RuntimeException e) {
            // The reports must still be written; «notificar» finds the receipt by its title anyway.
            LOG.warn("No se pudo anotar los comprobantes en {} ({})", notices, e.getMessage(), e);
        }
    }

    private SupervisorNotice withReceipt(SupervisorNotice notice) throws NotificationException {
        Optional<PaymentRow> row = rowOf(notice);
        if (row.isEmpty()) {
            LOG.warn(
                    "No se encontró en la hoja la fila de {} · {}: el correo sale sin comprobante",
                    notice.contract(),
                    notice.number());
            return notice;
        }
        try {
            Path file = Receipt.writeFor(
                    notice,
                    row.get(),
                    request.folder().root(),
                    request.sheet().file(),
                    request.accounts().userOf(request.sheet(), row.get()));
            written.add(row.get().rowNumber());
            return notice.withReceipt(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "No se pudo escribir el comprobante de la fila {}: el correo sale sin él ({})",
                    row.get().rowNumber(),
                    e.getMessage(),
                    e);
            return notice;
        }
    }

    /** The sheet's row of the payment: same contract and number (the number as SECOP II shows it). */
    private Optional<PaymentRow> rowOf(SupervisorNotice notice) {
        String key = Journal.key(notice.contract(), notice.number());
        List<PaymentRow> rows = request.validation().validRows();
        Optional<PaymentRow> same = rows.stream()
                .filter(r -> Journal.key(r.contract(), r.number()).equals(key))
                .findFirst();
        if (same.isPresent()) {
            return same;
        }
        List<PaymentRow> samePeriod = rows.stream()
                .filter(r ->
                        r.contract().strip().equalsIgnoreCase(notice.contract().strip())
                                && r.periodLabel().equals(notice.period()))
                .toList();
        return samePeriod.size() == 1 ? Optional.of(samePeriod.get(0)) : Optional.empty();
    }
}
