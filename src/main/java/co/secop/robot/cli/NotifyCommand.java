package co.secop.robot.cli;

import co.secop.robot.batch.Journal;
import co.secop.robot.batch.SupervisorNotifications;
import co.secop.robot.notification.NotificationException;
import co.secop.robot.notification.PendingNotices;
import co.secop.robot.notification.SmtpSettings;
import co.secop.robot.notification.SupervisorMailer;
import co.secop.robot.report.Receipt;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./secop notificar --salida DIR}: sends the supervisor e-mails of a run that could not go out. */
@Command(
        name = "notificar",
        description = {
            "Envía los correos al supervisor que quedaron pendientes en una ejecución de «cargar»",
            "(los ya enviados no se repiten)."
        })
public final class NotifyCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--salida",
            required = true,
            paramLabel = "CARPETA",
            description = "La carpeta de resultados de la ejecución.")
    Path output;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(output.resolve(PendingNotices.FILE_NAME))) {
            throw new UserFacingException("La carpeta " + output + " no tiene correos de una ejecución («"
                    + PendingNotices.FILE_NAME + "» no existe).");
        }
        SmtpSettings smtp = config.load().smtp();
        if (!smtp.configured()) {
            throw new UserFacingException("No hay servidor de correo configurado: defina SECOP_SMTP_HOST y"
                    + " SECOP_SMTP_REMITENTE (y SECOP_SMTP_USUARIO / SECOP_SMTP_CLAVE si el servidor los pide).");
        }
        PrintWriter out = spec.commandLine().getOut();
        PendingNotices notices = PendingNotices.in(output);
        List<PendingNotices.Stored> pending =
                notices.all().stream().filter(n -> !n.sent()).toList();
        SupervisorMailer mailer = new SupervisorMailer(smtp);
        int failed = 0;
        int known = 0;
        for (PendingNotices.Stored notice : pending) {
            // The journal is shared by every run of the sheet: an e-mail sent from another results folder, or by
            // «cargar», is not sent again.
            Journal journal = Journal.open(Path.of(notice.journalFile()));
            Optional<Journal.Entry> sending = journal.entry(notice.journalKey());
            String messageId = notice.messageId() != null
                    ? notice.messageId()
                    : sending.map(SupervisorNotifications::messageId).orElse(null);
            if (sending.isPresent()
                    && sending.get().mailDone()
                    && (messageId == null
                            || sending.get().messageId() == null
                            || messageId.equals(sending.get().messageId()))) {
                known++;
                notices.update(notice, true, null);
                out.println("Ya se había enviado (según el diario): " + notice.contract() + " · " + notice.number());
                continue;
            }
            PendingNotices.Stored withId =
                    notice.toResend(messageId, Receipt.find(output, notice.contract(), notice.number()));
            try {
                journal.markMail(notice.journalKey(), Journal.MailStage.SENDING, messageId);
                mailer.send(withId.notice());
                journal.markMail(notice.journalKey(), Journal.MailStage.SENT, messageId);
                notices.update(notice, true, null);
                out.println("Enviado a " + notice.to() + ": " + notice.contract() + " · " + notice.number());
            } catch (NotificationException e) {
                failed++;
                notices.update(notice, false, e.getMessage());
                out.println("Falló: " + e.getMessage());
            }
        }
        out.println((pending.size() - failed - known) + " correos enviados, " + failed + " fallidos, "
                + (notices.all().size() - pending.size() + known) + " ya estaban enviados.");
        return failed == 0 ? SecopCli.OK : SecopCli.SOME_FAILED;
    }
}
