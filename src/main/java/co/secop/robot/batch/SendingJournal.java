package co.secop.robot.batch;

import co.secop.robot.portal.PaymentEntry;
import co.secop.robot.spreadsheet.PaymentRow;
import java.time.LocalDateTime;

/** Writes each sending to the {@link Journal}: before "Enviar" (started) and once the portal shows it. */
final class SendingJournal implements PaymentFiler.SendHook {

    private final Journal journal;

    SendingJournal(Journal journal) {
        this.journal = journal;
    }

    @Override
    public void aboutToSend(PaymentRow row, PaymentEntry entry, boolean correction) {
        journal.record(key(row), entry(row, entry, Journal.Stage.STARTED, correction));
    }

    /**
     * After filing: a new sending is recorded as sent; an entry the portal shows already sent that the
     * journal saw starting was sent by an interrupted attempt (or run), and is recorded as sent too.
     *
     * @return the status to report: {@code status}, or SENT / CORRECTED for such an interrupted sending
     */
    RowStatus afterFiling(PaymentRow row, RowStatus status, PaymentEntry entry) {
        boolean sentNow = status == RowStatus.SENT || status == RowStatus.CORRECTED;
        boolean interrupted = status == RowStatus.ALREADY_FILED
                && journal.entry(key(row))
                        .filter(e -> e.stage() == Journal.Stage.STARTED)
                        .isPresent();
        boolean correction = status == RowStatus.CORRECTED
                || journal.entry(key(row)).map(Journal.Entry::correction).orElse(false);
        if (sentNow || interrupted) {
            journal.record(key(row), entry(row, entry, Journal.Stage.SENT, correction));
        } else if (status == RowStatus.ALREADY_FILED
                && journal.rebuilt()
                && journal.entry(key(row)).isEmpty()) {
            // The journal was set aside unreadable: what the portal shows sent is recorded as it is; whether its
            // e-mail went out cannot be known, and a second e-mail is worse than none.
            journal.record(
                    key(row),
                    new Journal.Entry(
                            row.rowNumber(),
                            row.contract(),
                            row.number(),
                            Journal.Stage.SENT,
                            entry.paymentId(),
                            false,
                            LocalDateTime.now(),
                            row.supervisorEmail().orElse(null),
                            true,
                            "Reconstruido desde el portal"));
        }
        // The robot pressed "Enviar" and lost the answer (an error page, a kill): it was sent by the robot, not
        // found already filed.
        return interrupted ? (correction ? RowStatus.CORRECTED : RowStatus.SENT) : status;
    }

    @Override
    public void draftLeft(PaymentRow row, PaymentEntry draft) {
        boolean sent = journal.entry(key(row))
                .filter(e -> e.stage() == Journal.Stage.SENT || e.stage() == Journal.Stage.STARTED)
                .isPresent();
        if (!sent) {
            journal.record(key(row), entry(row, draft, Journal.Stage.DRAFT_LEFT, false));
        }
    }

    @Override
    public java.util.Optional<String> draftLeft(PaymentRow row) {
        return journal.entry(key(row))
                .filter(e -> e.stage() == Journal.Stage.DRAFT_LEFT)
                .map(Journal.Entry::paymentId)
                .filter(id -> id != null && !id.isBlank());
    }

    /** The sending of this row the journal recorded at or after {@code since}, if any. */
    java.util.Optional<Journal.Entry> sentSince(PaymentRow row, LocalDateTime since) {
        return journal.entry(key(row))
                .filter(e -> e.stage() == Journal.Stage.SENT)
                .filter(e -> e.sentAt() != null && !e.sentAt().isBefore(since));
    }

    private static Journal.Entry entry(PaymentRow row, PaymentEntry entry, Journal.Stage stage, boolean correction) {
        return new Journal.Entry(
                row.rowNumber(),
                row.contract(),
                row.number(),
                stage,
                entry.paymentId(),
                correction,
                LocalDateTime.now(),
                row.supervisorEmail().orElse(null),
                false,
                null);
    }

    private static String key(PaymentRow row) {
        return Journal.key(row.contract(), row.number());
    }
}
