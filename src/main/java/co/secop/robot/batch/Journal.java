package co.secop.robot.batch;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the robot already did for each payment of one spreadsheet, kept across runs so that an
 * interrupted run can be started again: written whole to a temporary file, flushed to disk, then
 * moved over the old one, so a kill at any moment leaves either the old or the new journal. Safe to
 * share between the browsers of {@code --paralelo}: every read and write holds the journal's lock, and
 * the file lists the payments in the sheet's order.
 */
public final class Journal {

    /** How far a payment got. */
    public enum Stage { STARTED, SENT, FAILED }

    /**
     * One payment, keyed by contract and number.
     *
     * @param notified true once the supervisor's e-mail for the last sending went out
     */
    public record Entry(int rowNumber, String contract, String number, Stage stage, String paymentId,
                        boolean correction, LocalDateTime sentAt, String supervisorEmail, boolean notified,
                        String note) {

        Entry withNotified(boolean value, String newNote) {
            return new Entry(rowNumber, contract, number, stage, paymentId, correction, sentAt, supervisorEmail, value,
                    newNote);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, Entry> entries;

    private Journal(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    public static Journal open(Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > 0) {
                return new Journal(file, JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Entry>>() {
                }));
            }
            return new Journal(file, new LinkedHashMap<>());
        } catch (IOException e) {
            throw new RowFailure("No se pudo leer el diario de la carga " + file + ": " + e.getMessage(), e);
        }
    }

    public static String key(String contract, String number) {
        return contract.strip().toUpperCase(java.util.Locale.ROOT) + " | " + number.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public Path file() {
        return file;
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

    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".tmp");
            // Several browsers record in the order rows finish; the file lists them in the sheet's order.
            Map<String, Entry> ordered = new LinkedHashMap<>();
            entries.entrySet().stream().sorted(java.util.Comparator.comparingInt(e -> e.getValue().rowNumber()))
                    .forEach(e -> ordered.put(e.getKey(), e.getValue()));
            byte[] bytes = JSON.writeValueAsBytes(ordered);
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir el diario " + file, e);
        }
    }
}
