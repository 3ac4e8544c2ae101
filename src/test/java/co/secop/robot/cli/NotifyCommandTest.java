package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.Journal;
import co.secop.robot.notification.AttachedDocument;
import co.secop.robot.notification.PendingNotices;
import co.secop.robot.notification.SupervisorNotice;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./secop notificar}: sends what is pending, once, and remembers it in the journal. */
class NotifyCommandTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void sendsThePendingMailsOnceAndMarksThemInTheJournal() throws Exception {
        Path run = Files.createDirectories(dir.resolve("ejecucion"));
        Path journalFile = dir.resolve("diario.json");
        String key = sentWithoutMail(journalFile);
        pendingIn(run, journalFile, key);
        Path config = smtpConfig();

        CliRun first = CliRun.of("notificar", "--salida", run.toString(), "--config", config.toString());
        CliRun second = CliRun.of("notificar", "--salida", run.toString(), "--config", config.toString());

        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out())
                .contains("Enviado a supervisor@entidad.example: CPS-2026-0101 · 011")
                .contains("1 correos enviados, 0 fallidos, 0 ya estaban enviados.");
        assertThat(second.out()).contains("0 correos enviados, 0 fallidos, 1 ya estaban enviados.");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(Journal.open(journalFile).entry(key))
                .hasValueSatisfying(e -> assertThat(e.notified()).isTrue());
    }

    @Test
    void twoResultFoldersOfTheSameSendingMailTheSupervisorOnce() throws Exception {
        Path journalFile = dir.resolve("diario.json");
        String key = sentWithoutMail(journalFile);
        Path first = Files.createDirectories(dir.resolve("primera"));
        Path second = Files.createDirectories(dir.resolve("segunda"));
        pendingIn(first, journalFile, key);
        pendingIn(second, journalFile, key);
        Path config = smtpConfig();

        CliRun one = CliRun.of("notificar", "--salida", first.toString(), "--config", config.toString());
        CliRun two = CliRun.of("notificar", "--salida", second.toString(), "--config", config.toString());

        assertThat(one.out()).contains("1 correos enviados");
        assertThat(two.exitCode()).isZero();
        assertThat(two.out())
                .contains("Ya se había enviado (según el diario): CPS-2026-0101 · 011")
                .contains("0 correos enviados, 0 fallidos, 1 ya estaban enviados.");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aCrashBetweenEnviandoAndEnviadoSendsTheSameMessageAgain() throws Exception {
        Path journalFile = dir.resolve("diario.json");
        String key = sentWithoutMail(journalFile);
        Journal.Entry entry = Journal.open(journalFile).entry(key).orElseThrow();
        String messageId = co.secop.robot.batch.SupervisorNotifications.messageId(entry);
        // As if the robot died after «enviando» and after SMTP accepted the message, before «enviado».
        Journal.open(journalFile).markMail(key, Journal.MailStage.SENDING, messageId);
        Path run = Files.createDirectories(dir.resolve("ejecucion"));
        pendingIn(run, journalFile, key);

        CliRun result = CliRun.of(
                "notificar",
                "--salida",
                run.toString(),
                "--config",
                smtpConfig().toString());

        assertThat(result.out()).contains("1 correos enviados");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getMessageID())
                .isEqualTo(messageId)
                .isEqualTo(co.secop.robot.notification.MessageIds.of(
                        "CPS-2026-0101", "011", "PP-7784301-1", LocalDateTime.of(2026, 11, 24, 10, 0)));
        assertThat(Journal.open(journalFile).entry(key)).hasValueSatisfying(e -> {
            assertThat(e.mail()).isEqualTo(Journal.MailStage.SENT);
            assertThat(e.messageId()).isEqualTo(messageId);
        });
    }

    private static String sentWithoutMail(Path journalFile) {
        String key = Journal.key("CPS-2026-0101", "011");
        Journal.open(journalFile)
                .record(
                        key,
                        new Journal.Entry(
                                2,
                                "CPS-2026-0101",
                                "011",
                                Journal.Stage.SENT,
                                "PP-7784301-1",
                                false,
                                LocalDateTime.of(2026, 11, 24, 10, 0),
                                "supervisor@entidad.example",
                                false,
                                "sin servidor"));
        return key;
    }

    private void pendingIn(Path run, Path journalFile, String key) throws Exception {
        Path zip = Files.writeString(dir.resolve("soportes.zip"), "PK");
        PendingNotices.in(run)
                .add(
                        journalFile,
                        key,
                        new SupervisorNotice(
                                "supervisor@entidad.example",
                                "CPS-2026-0101",
                                "Noviembre 2026",
                                "011",
                                "PP-7784301-1",
                                new BigDecimal("3500000.00"),
                                new BigDecimal("3500000.00"),
                                "Enviado a la entidad estatal",
                                LocalDateTime.of(2026, 11, 24, 10, 0),
                                false,
                                List.of(AttachedDocument.of(zip)),
                                Optional.empty()),
                        false,
                        "sin servidor");
    }

    private Path smtpConfig() throws Exception {
        return Files.writeString(
                dir.resolve("secop.conf"),
                "correo { servidor = \"127.0.0.1\", puerto = " + smtp.getSmtp().getPort()
                        + ", remitente = \"juana@correo.example\", tls = false }\n");
    }

    @Test
    void withoutAServerSaysWhatToConfigure() throws Exception {
        Path run = Files.createDirectories(dir.resolve("ejecucion"));
        Files.writeString(run.resolve(PendingNotices.FILE_NAME), "[]");

        CliRun result = CliRun.of("notificar", "--salida", run.toString());

        assertThat(result.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(result.err()).contains("SECOP_SMTP_HOST").contains("SECOP_SMTP_REMITENTE");
    }
}
