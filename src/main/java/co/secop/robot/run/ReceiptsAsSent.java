package co.secop.robot.run;

import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.Journal;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.report.Receipt;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follows the batch row by row: keeps each row's outcome as it finishes (what ends the process later cannot
 * take it back), and writes the «Comprobante de radicación» of a sending right after it, not at the end of the
 * run. A receipt the journal still owes — a run killed between «Enviar» and its receipt — is written when the
 * next run of the same sheet meets that payment again («Ya radicado»), with the time of the sending. The journal
 * records each receipt written.
 */
final class ReceiptsAsSent implements BatchRunner.Listener {

    private final BatchJob.Request request;
    private final Journal journal;
    private final MailedReceipts mailed;
    private final BatchRunner.Listener next;
    private final Map<Integer, RowOutcome> finished = new LinkedHashMap<>();
    private final Set<Integer> written = new HashSet<>();

    ReceiptsAsSent(BatchJob.Request request, Journal journal, MailedReceipts mailed, BatchRunner.Listener next) {
        this.request = request;
        this.journal = journal;
        this.mailed = mailed;
        this.next = next;
    }

    @Override
    public void rowStarted(co.secop.robot.spreadsheet.PaymentRow row) {
        next.rowStarted(row);
    }

    @Override
    public void notice(String text) {
        next.notice(text);
    }

    @Override
    public void rowFinished(RowOutcome outcome) {
        synchronized (this) {
            finished.put(outcome.rowNumber(), outcome);
        }
        writeOwed(outcome);
        next.rowFinished(outcome);
    }

    /** The outcomes of the rows that finished, by row number. */
    synchronized Map<Integer, RowOutcome> finished() {
        return Map.copyOf(finished);
    }

    /** The rows whose receipt this run wrote as they finished. */
    synchronized Set<Integer> written() {
        Set<Integer> all = new HashSet<>(written);
        all.addAll(mailed.written());
        return all;
    }

    /** Records in the journal the receipts written at the end of the run. */
    void recordWritten(BatchSummary summary, List<Path> receipts) {
        for (RowOutcome row : summary.outcomes()) {
            Path file = Receipt.file(request.folder().root(), row.rowNumber());
            if (receipts.contains(file)) {
                journal.markReceipt(Journal.key(row.contract(), row.number()), file);
            }
        }
    }

    /** What the journal still owes for the rows of this sheet (Spanish), one sentence; empty when nothing. */
    Optional<String> stillOwed() {
        List<String> receipts = new ArrayList<>();
        List<String> mails = new ArrayList<>();
        for (var row : request.validation().validRows()) {
            Optional<Journal.Entry> entry = journal.entry(Journal.key(row.contract(), row.number()));
            if (entry.isEmpty() || entry.get().stage() != Journal.Stage.SENT) {
                continue;
            }
            if (entry.get().receiptOwed()) {
                receipts.add(String.valueOf(row.rowNumber()));
            }
            if (request.mail().on()
                    && entry.get().supervisorEmail() != null
                    && !entry.get().mailDone()) {
                mails.add(String.valueOf(row.rowNumber()));
            }
        }
        List<String> owed = new ArrayList<>();
        if (!receipts.isEmpty()) {
            owed.add("el comprobante de " + rows(receipts)
                    + " (lo escribe la próxima ejecución de esta misma hoja: lo ya radicado no se repite)");
        }
        if (!mails.isEmpty()) {
            owed.add("el correo al supervisor de " + rows(mails)
                    + " (lo envía ./secop notificar o la próxima ejecución de esta misma hoja)");
        }
        return owed.isEmpty() ? Optional.empty() : Optional.of("Queda pendiente " + String.join("; y ", owed) + ".");
    }

    private static String rows(List<String> rows) {
        return rows.size() == 1 ? "la fila " + rows.get(0) : "las filas " + String.join(", ", rows);
    }

    private void writeOwed(RowOutcome outcome) {
        String key = Journal.key(outcome.contract(), outcome.number());
        Optional<Journal.Entry> sending = journal.entry(key).filter(Journal.Entry::receiptOwed);
        if (sending.isEmpty() || written().contains(outcome.rowNumber())) {
            sending.ifPresent(
                    s -> journal.markReceipt(key, Receipt.file(request.folder().root(), s.rowNumber())));
            return;
        }
        if (!(outcome.status() == RowStatus.SENT
                || outcome.status() == RowStatus.CORRECTED
                || outcome.status() == RowStatus.ALREADY_FILED)) {
            return;
        }
        // «Ya radicado» in this run, sent by an earlier one: the receipt says «Enviado» at the time it was sent.
        RowOutcome asSent = outcome.status() == RowStatus.ALREADY_FILED ? asSent(outcome, sending.get()) : outcome;
        List<Path> files = Receipt.writeAll(request.folder().root(), summaryOf(asSent));
        if (!files.isEmpty()) {
            synchronized (this) {
                written.add(outcome.rowNumber());
            }
            journal.markReceipt(key, files.get(0));
        }
    }

    private static RowOutcome asSent(RowOutcome outcome, Journal.Entry sending) {
        return new RowOutcome(
                outcome.rowNumber(),
                outcome.contract(),
                outcome.number(),
                outcome.inputValues(),
                sending.correction() ? RowStatus.CORRECTED : RowStatus.SENT,
                outcome.message(),
                outcome.paymentId().or(() -> Optional.ofNullable(sending.paymentId())),
                outcome.portalState(),
                sending.sentAt() == null ? outcome.finishedAt() : sending.sentAt(),
                outcome.took() == null ? Duration.ZERO : outcome.took(),
                outcome.evidence(),
                outcome.steps(),
                outcome.portal());
    }

    private BatchSummary summaryOf(RowOutcome row) {
        return new BatchSummary(
                request.sheet().file(),
                request.sheet().headers(),
                request.batch().loginUrl(),
                request.validation().validRows().stream()
                        .filter(r -> r.rowNumber() == row.rowNumber())
                        .findFirst()
                        .map(r -> request.accounts().userOf(request.sheet(), r))
                        .orElse(request.batch().user()),
                request.batch().dryRun(),
                LocalDateTime.now(),
                LocalDateTime.now(),
                List.of(row));
    }
}
