package co.secop.robot.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal: atomic, with its previous generation, and never an obstacle when it cannot be read. */
class JournalTest {

    @TempDir
    Path dir;

    @Test
    void keepsThePreviousGenerationBesideIt() {
        Path file = dir.resolve("diario.json");
        Journal journal = Journal.open(file);
        journal.record("A", entry("011", Journal.Stage.STARTED));
        journal.record("A", entry("011", Journal.Stage.SENT));

        assertThat(Journal.open(file).entry("A"))
                .hasValueSatisfying(e -> assertThat(e.stage()).isEqualTo(Journal.Stage.SENT));
        assertThat(Journal.open(Journal.previous(file)).entry("A"))
                .hasValueSatisfying(e -> assertThat(e.stage()).isEqualTo(Journal.Stage.STARTED));
    }

    @Test
    void aTruncatedJournalIsSetAsideAndThePreviousGenerationTakesItsPlaceSayingSo() throws Exception {
        Path file = dir.resolve("diario.json");
        Journal journal = Journal.open(file);
        journal.record("A", entry("011", Journal.Stage.SENT));
        journal.record("B", entry("012", Journal.Stage.SENT));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

        Journal reopened = Journal.open(file);

        assertThat(reopened.recovery())
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("no se podía leer", "se apartó como diario.json.danado-", "versión anterior"));
        assertThat(reopened.entry("A")).isPresent();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("diario.json.danado-"));
        }
        // The journal is whole again on disk.
        assertThat(Journal.open(file).recovery()).isEmpty();
    }

    @Test
    void withNoGenerationLeftItStartsEmptyToBeRebuiltFromThePortal() throws Exception {
        Path file = dir.resolve("diario.json");
        Files.writeString(file, "{\"CPS-2026-0101 | 011\": {\"rowNumber\": 2, \"contr", StandardCharsets.UTF_8);

        Journal reopened = Journal.open(file);

        assertThat(reopened.entries()).isEmpty();
        assertThat(reopened.rebuilt()).isTrue();
        assertThat(reopened.recovery())
                .hasValueSatisfying(
                        text -> assertThat(text).contains("se reconstruye con lo que" + " muestra el portal"));
    }

    @Test
    void twoWritersAtOnceNeverLeaveAHalfWrittenJournal() throws Exception {
        Path file = dir.resolve("diario.json");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (String who : List.of("A", "B")) {
            writers.add(pool.submit(() -> {
                Journal own = Journal.open(file);
                go.await();
                for (int i = 0; i < 40; i++) {
                    own.record(who + i, entry(who + i, Journal.Stage.SENT));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();

        Journal after = Journal.open(file);
        assertThat(after.recovery()).isEmpty();
        assertThat(after.entries()).isNotEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void numbersAreKeyedAfterNormalisation() {
        assertThat(Journal.key("cps-2026-0101 ", "fe  118")).isEqualTo(Journal.key("CPS-2026-0101", "FE 118"));
    }

    private static Journal.Entry entry(String number, Journal.Stage stage) {
        return new Journal.Entry(
                2,
                "CPS-2026-0101",
                number,
                stage,
                "PP-1",
                false,
                LocalDateTime.of(2026, 11, 24, 10, 0),
                null,
                false,
                null);
    }
}
