package co.secop.robot.batch;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.portal.PaymentEntry;
import co.secop.robot.spreadsheet.PaymentRow;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a sending leaves in the journal, also when the journal had to be rebuilt from the portal. */
class SendingJournalTest {

    @TempDir
    Path dir;

    private static final PaymentRow ROW = new PaymentRow(
            2,
            "CPS-2026-0101",
            YearMonth.of(2026, 11),
            "011",
            false,
            null,
            new BigDecimal("1000000.00"),
            new BigDecimal("1000000.00"),
            Optional.empty(),
            "",
            Path.of("/x.zip"),
            Optional.of("supervisor@entidad.example"),
            Optional.empty(),
            Map.of());
    private static final PaymentEntry SENT = new PaymentEntry(
            0,
            "PP-7784301-1",
            "Solicitud de pago",
            Optional.empty(),
            "011",
            "1.000.000,00 COP",
            "Enviado a la entidad estatal",
            Set.of(PaymentEntry.DETAIL));

    @Test
    void anInterruptedSendingFoundSentIsTheRobotsAndItsMailIsOwed() {
        Journal journal = Journal.open(dir.resolve("diario.json"));
        SendingJournal sendings = new SendingJournal(journal);
        sendings.aboutToSend(ROW, SENT, false);

        assertThat(sendings.afterFiling(ROW, RowStatus.ALREADY_FILED, SENT)).isEqualTo(RowStatus.SENT);
        assertThat(journal.entry(Journal.key("CPS-2026-0101", "011"))).hasValueSatisfying(e -> {
            assertThat(e.stage()).isEqualTo(Journal.Stage.SENT);
            assertThat(e.mailDone()).isFalse();
        });
    }

    @Test
    void aRebuiltJournalRecordsWhatThePortalShowsSentWithoutOwingAnotherMail() throws Exception {
        Path file = dir.resolve("diario.json");
        Files.writeString(file, "{\"CPS-2026-0101 | 011\": {\"stage\": \"STA");
        Journal journal = Journal.open(file);
        SendingJournal sendings = new SendingJournal(journal);

        assertThat(sendings.afterFiling(ROW, RowStatus.ALREADY_FILED, SENT)).isEqualTo(RowStatus.ALREADY_FILED);
        assertThat(Journal.open(file).entry(Journal.key("CPS-2026-0101", "011")))
                .hasValueSatisfying(e -> {
                    assertThat(e.stage()).isEqualTo(Journal.Stage.SENT);
                    assertThat(e.mailDone()).isTrue();
                    assertThat(e.note()).isEqualTo("Reconstruido desde el portal");
                });
    }
}
