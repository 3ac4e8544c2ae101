package co.secop.robot.notification;

import co.secop.robot.format.OwnerOnly;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code correos.json} in a run's folder: every supervisor e-mail of the run and whether it went out,
 * so {@code ./secop notificar --salida DIR} can send the ones that failed, and only those.
 */
public final class PendingNotices {

    /** One e-mail as stored; paths are absolute. */
    public record Stored(
            String journalFile,
            String journalKey,
            String to,
            String contract,
            String period,
            String number,
            String paymentId,
            BigDecimal netValue,
            BigDecimal totalValue,
            String state,
            LocalDateTime sentAt,
            boolean correction,
            List<AttachedDocument> documents,
            String screenshot,
            boolean sent,
            String error,
            String messageId,
            String receipt,
            List<String> planillas) {

        public SupervisorNotice notice() {
            return notice(messageId, Optional.ofNullable(receipt).map(Path::of));
        }

        /**
         * The e-mail to send again: not sent yet, under this Message-ID, with the receipt stored or else the
         * one found now.
         */
        public Stored toResend(String id, Optional<Path> foundReceipt) {
            Optional<Path> attached = receipt != null ? Optional.of(Path.of(receipt)) : foundReceipt;
            return of(Path.of(journalFile), journalKey, notice(id, attached), false, error);
        }

        private SupervisorNotice notice(String id, Optional<Path> attached) {
            return new SupervisorNotice(
                    to,
                    contract,
                    period,
                    number,
                    paymentId,
                    netValue,
                    totalValue,
                    state,
                    sentAt,
                    correction,
                    documents,
                    Optional.ofNullable(screenshot).map(Path::of),
                    id,
                    attached,
                    planillas);
        }

        static Stored of(Path journalFile, String journalKey, SupervisorNotice n, boolean sent, String error) {
            return new Stored(
                    journalFile.toAbsolutePath().toString(),
                    journalKey,
                    n.to(),
                    n.contract(),
                    n.period(),
                    n.number(),
                    n.paymentId(),
                    n.netValue(),
                    n.totalValue(),
                    n.state(),
                    n.sentAt(),
                    n.correction(),
                    n.documents(),
                    n.screenshot().map(p -> p.toAbsolutePath().toString()).orElse(null),
                    sent,
                    error,
                    n.messageId(),
                    n.receipt().map(p -> p.toAbsolutePath().toString()).orElse(null),
                    n.planillas());
        }

        Stored markSent(boolean value, String newError) {
            return of(Path.of(journalFile), journalKey, notice(), value, newError);
        }

        Stored withReceipt(Path file) {
            return of(Path.of(journalFile), journalKey, notice().withReceipt(file), sent, error);
        }
    }

    public static final String FILE_NAME = "correos.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final List<Stored> notices;

    private PendingNotices(Path file, List<Stored> notices) {
        this.file = file;
        this.notices = notices;
    }

    public static PendingNotices in(Path runFolder) {
        Path file = runFolder.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                return new PendingNotices(
                        file, new ArrayList<>(JSON.readValue(file.toFile(), new TypeReference<List<Stored>>() {})));
            }
            return new PendingNotices(file, new ArrayList<>());
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer " + file + ": " + e.getMessage(), e);
        }
    }

    /** Adds the e-mail, or replaces the one stored for the same sending (same Message-ID). */
    public synchronized void add(
            Path journalFile, String journalKey, SupervisorNotice notice, boolean sent, String error) {
        Stored stored = Stored.of(journalFile, journalKey, notice, sent, error);
        for (int i = 0; i < notices.size(); i++) {
            Stored old = notices.get(i);
            if (notice.messageId() != null
                    && notice.messageId().equals(old.messageId())
                    && old.journalKey().equals(journalKey)) {
                notices.set(i, stored);
                save();
                return;
            }
        }
        notices.add(stored);
        save();
    }

    public synchronized List<Stored> all() {
        return List.copyOf(notices);
    }

    /**
     * Attaches the receipt written at the end of the run to the e-mails of that sending still waiting for
     * {@code ./secop notificar} (no SMTP server, or it failed); saves only when something changed.
     */
    public synchronized void attachReceipt(String journalKey, Path receipt) {
        boolean changed = false;
        for (int i = 0; i < notices.size(); i++) {
            Stored stored = notices.get(i);
            if (stored.journalKey().equals(journalKey) && !stored.sent() && stored.receipt() == null) {
                notices.set(i, stored.withReceipt(receipt));
                changed = true;
            }
        }
        if (changed) {
            save();
        }
    }

    public synchronized void update(Stored notice, boolean sent, String error) {
        int index = notices.indexOf(notice);
        if (index >= 0) {
            notices.set(index, notice.markSent(sent, error));
            save();
        }
    }

    private void save() {
        try {
            Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME + ".", ".tmp");
            Files.write(partial, JSON.writeValueAsBytes(notices));
            OwnerOnly.restrict(partial);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir " + file + ": " + e.getMessage(), e);
        }
    }
}
