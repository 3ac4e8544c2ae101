package co.secop.robot.batch;

import co.secop.robot.format.OwnerOnly;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the robot already did for each payment of one spreadsheet, kept across runs so that an
 * interrupted run can be started again: written whole to a temporary file of its own (a unique name), flushed
 * to disk, then moved over the old one, so a kill at any moment leaves either the old or the new journal. The
 * previous generation is kept beside it ({@code <name>.anterior}); a journal that cannot be read is set aside
 * ({@code <name>.danado-<fecha>}) and the previous generation, or else an empty journal that the portal fills
 * again (entries found sent are recorded as the portal shows them), takes its place: {@link #recovery()} says so.
 * Safe to share between the browsers of {@code --paralelo}: every read and write holds the journal's lock,
 * and the file lists the payments in the sheet's order.
 */
public final class Journal {

    /** How far a payment got. */
    public enum Stage {
        STARTED,
        SENT,
        FAILED,
        /**
         * SECOP II kept a «Borrador» when the robot closed the form without sending (a planilla not yet in SICOPI,
         * on a portal that creates the request at «Crear»): the next run opens that draft instead of creating
         * another one.
         */
        DRAFT_LEFT
    }

    /** The supervisor's e-mail of the last sending: recorded «enviando» before SMTP and «enviado» after. */
    public enum MailStage {
        SENDING,
        SENT
    }

    /** The «Comprobante de radicación» of the last sending: owed from «Enviado» on, written once it is on disk. */
    public enum ReceiptStage {
        OWED,
        WRITTEN
    }

    /**
     * One payment, keyed by contract and number.
     *
     * @param notified  true once the supervisor's e-mail for the last sending went out
     * @param mail      where that e-mail is; {@code SENDING} after a crash during SMTP means «send it again,
     *                  with the same Message-ID»
     * @param messageId the e-mail's Message-ID, derived from the sending
     * @param receipt   {@code OWED} from the sending on until its receipt is written ({@code WRITTEN}); empty in
     *                  journals older than receipts, and for what was rebuilt from the portal
     * @param receiptFile where that receipt was written
     */
    public record Entry(
            int rowNumber,
            String contract,
            String number,
            Stage stage,
            String paymentId,
            boolean correction,
            LocalDateTime sentAt,
            String supervisorEmail,
            boolean notified,
            String note,
            MailStage mail,
            String messageId,
            ReceiptStage receipt,
            String receiptFile) {

        public Entry(
                int rowNumber,
                String contract,
                String number,
                Stage stage,
                String paymentId,
                boolean correction,
                LocalDateTime sentAt,
                String supervisorEmail,
                boolean notified,
                String note,
                MailStage mail,
                String messageId) {
            this(
                    rowNumber,
                    contract,
                    number,
                    stage,
                    paymentId,
                    correction,
                    sentAt,
                    supervisorEmail,
                    notified,
                    note,
                    mail,
                    messageId,
                    stage == Stage.SENT ? ReceiptStage.OWED : null,
                    null);
        }

        public Entry(
                int rowNumber,
                String contract,
                String number,
                Stage stage,
                String paymentId,
                boolean correction,
                LocalDateTime sentAt,
                String supervisorEmail,
                boolean notified,
                String note) {
            this(
                    rowNumber,
                    contract,
                    number,
                    stage,
                    paymentId,
                    correction,
                    sentAt,
                    supervisorEmail,
                    notified,
                    note,
                    notified ? MailStage.SENT : null,
                    null);
        }

        Entry withNotified(boolean value, String newNote) {
            return withMailAndReceipt(
                    value,
                    newNote,
                    value ? MailStage.SENT : mail == MailStage.SENT ? null : mail,
                    messageId,
                    receipt,
                    receiptFile);
        }

        Entry withMail(MailStage stage, String id) {
            return withMailAndReceipt(stage == MailStage.SENT, note, stage, id, receipt, receiptFile);
        }

        Entry withReceipt(String file) {
            return withMailAndReceipt(notified, note, mail, messageId, ReceiptStage.WRITTEN, file);
        }

        /** The same sending (row, stage, payment, date) with what was owed after it updated. */
        private Entry withMailAndReceipt(
                boolean newNotified,
                String newNote,
                MailStage newMail,
                String newMessageId,
                ReceiptStage newReceipt,
                String newReceiptFile) {
            return new Entry(
                    rowNumber,
                    contract,
                    number,
                    stage,
                    paymentId,
                    correction,
                    sentAt,
                    supervisorEmail,
                    newNotified,
                    newNote,
                    newMail,
                    newMessageId,
                    newReceipt,
                    newReceiptFile);
        }

        /** Sent, and its receipt not written yet: the next run of the sheet writes it. */
        public boolean receiptOwed() {
            return stage == Stage.SENT && receipt == ReceiptStage.OWED;
        }

        /** The e-mail of this sending went out (or the journal was rebuilt and nobody can tell it did not). */
        public boolean mailDone() {
            return notified || mail == MailStage.SENT;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<LinkedHashMap<String, Entry>> ENTRIES = new TypeReference<>() {};

    private final Path file;
    private final Map<String, Entry> entries;
    private final Optional<String> recovery;

    private Journal(Path file, Map<String, Entry> entries, Optional<String> recovery) {
        this.file = file;
        this.entries = entries;
        this.recovery = recovery;
    }

    public static Journal open(Path file) {
        if (!exists(file)) {
            Path previous = previous(file);
            if (exists(previous)) {
                // A save was interrupted between keeping the old generation and moving the new one in.
                Optional<LinkedHashMap<String, Entry>> older = read(previous);
                if (older.isPresent()) {
                    return new Journal(file, older.get(), Optional.empty());
                }
            }
            return new Journal(file, new LinkedHashMap<>(), Optional.empty());
        }
        Optional<LinkedHashMap<String, Entry>> current = read(file);
        if (current.isPresent()) {
            return new Journal(file, current.get(), Optional.empty());
        }
        Path aside = file.resolveSibling(file.getFileName() + ".danado-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo apartar el diario dañado " + file, e);
        }
        Optional<LinkedHashMap<String, Entry>> older = read(previous(file));
        String said = "El diario " + file + " no se podía leer; se apartó como " + aside.getFileName()
                + (older.isPresent()
                        ? " y se usa su versión anterior. Lo que falte se toma del portal."
                        : " y se reconstruye con lo que muestra el portal (lo ya enviado no se repite).");
        LOG.warn(said);
        Journal journal = new Journal(file, older.orElseGet(LinkedHashMap::new), Optional.of(said));
        journal.save();
        return journal;
    }

    private static boolean exists(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<LinkedHashMap<String, Entry>> read(Path file) {
        try {
            if (!exists(file)) {
                return Optional.empty();
            }
            LinkedHashMap<String, Entry> read = JSON.readValue(file.toFile(), ENTRIES);
            return Optional.ofNullable(read);
        } catch (IOException | RuntimeException e) {
            LOG.warn("No se pudo leer el diario {}", file, e);
            return Optional.empty();
        }
    }

    static Path previous(Path file) {
        return file.resolveSibling(file.getFileName() + ".anterior");
    }

    public static String key(String contract, String number) {
        return contract.strip().toUpperCase(java.util.Locale.ROOT) + " | "
                + co.secop.robot.spreadsheet.InvoiceNumbers.key(number);
    }

    public Path file() {
        return file;
    }

    /** Said when the journal could not be read and was set aside (Spanish), empty otherwise. */
    public Optional<String> recovery() {
        return recovery;
    }

    /** True when this journal was rebuilt empty: what the portal shows sent is recorded as it is. */
    boolean rebuilt() {
        return recovery.isPresent();
    }

    public synchronized Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public synchronized Map<String, Entry> entries() {
        return Map.copyOf(entries);
    }

    public synchronized void record(String key, Entry entry) {
        entries.put(key, entry);
        save();
    }

    public synchronized void markNotified(String key, boolean notified, String note) {
        Entry entry = entries.get(key);
        if (entry != null) {
            entries.put(key, entry.withNotified(notified, note));
            save();
        }
    }

    /** Records that the receipt of the entry's last sending is written, and where. */
    public synchronized void markReceipt(String key, Path receipt) {
        Entry entry = entries.get(key);
        if (entry != null && entry.stage() == Stage.SENT) {
            entries.put(key, entry.withReceipt(receipt.toAbsolutePath().toString()));
            save();
        }
    }

    /** Records where the e-mail of the entry's last sending is, before and after SMTP. */
    public synchronized void markMail(String key, MailStage stage, String messageId) {
        Entry entry = entries.get(key);
        if (entry != null) {
            entries.put(key, entry.withMail(stage, messageId));
            save();
        }
    }

    private void save() {
        Path folder = file.toAbsolutePath().getParent();
        Path partial = null;
        try {
            OwnerOnly.folder(folder);
            partial = OwnerOnly.restrict(
                    Files.createTempFile(folder, file.getFileName().toString() + ".", ".tmp"));
            // Several browsers record in the order rows finish; the file lists them in the sheet's order.
            Map<String, Entry> ordered = new LinkedHashMap<>();
            entries.entrySet().stream()
                    .sorted(java.util.Comparator.comparingInt(e -> e.getValue().rowNumber()))
                    .forEach(e -> ordered.put(e.getKey(), e.getValue()));
            byte[] bytes = JSON.writeValueAsBytes(ordered);
            try (FileChannel channel =
                    FileChannel.open(partial, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            if (exists(file)) {
                // The previous generation: a copy, so the journal itself is never missing.
                // Through a temporary file of its own: another writer may be copying its generation too.
                Path copy = OwnerOnly.restrict(
                        Files.createTempFile(folder, file.getFileName().toString() + ".", ".anterior.tmp"));
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                move(copy, previous(file));
            }
            move(partial, file);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir el diario " + file, e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
