package co.secop.robot.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SupervisorMailerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void sendsTheNoticeWithTheDocumentsAndTheScreenshot() throws Exception {
        Path zip = Files.write(dir.resolve("soportes.zip"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0});
        Path screenshot = Files.write(dir.resolve("final.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        SupervisorNotice notice = notice(false, List.of(AttachedDocument.of(zip)), Optional.of(screenshot));

        new SupervisorMailer(settings()).send(notice);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("supervisor@entidad.example");
        assertThat(message.getSubject())
                .isEqualTo("Solicitud de pago 011 radicada en SECOP II · contrato CPS-2026-0101 · Noviembre 2026");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        String body = (String) parts.getBodyPart(0).getContent();
        assertThat(body)
                .contains(
                        "Contrato: CPS-2026-0101",
                        "Periodo: Noviembre 2026",
                        "Número de factura o pago: 011",
                        "Valor neto: 3.500.000,00 COP",
                        "Valor total: 3.500.000,00 COP",
                        "Estado en SECOP II: Enviado a la entidad estatal",
                        "Fecha y hora: 24/11/2026 a las 10:15",
                        "soportes.zip (8 bytes, SHA-256 "
                                + AttachedDocument.of(zip).sha256() + ")");
        BodyPart image = parts.getBodyPart(1);
        assertThat(image.getFileName()).isEqualTo("estado-final-CPS-2026-0101-011.png");
        assertThat(image.getInputStream().readAllBytes()).isEqualTo(Files.readAllBytes(screenshot));
    }

    @Test
    void attachesThePaymentsReceiptAsAPdfNamedAfterTheContractAndNumber() throws Exception {
        Path zip = Files.write(dir.resolve("soportes.zip"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0});
        Path screenshot = Files.write(dir.resolve("final.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path receipt = Files.write(dir.resolve("comprobante-fila-2.pdf"), "%PDF-1.7 comprobante".getBytes());
        SupervisorNotice notice = notice(false, List.of(AttachedDocument.of(zip)), Optional.of(screenshot))
                .withReceipt(receipt);

        new SupervisorMailer(settings()).send(notice);

        MimeMultipart parts = (MimeMultipart) smtp.getReceivedMessages()[0].getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat((String) parts.getBodyPart(0).getContent())
                .contains("Adjunto el comprobante de radicación en PDF (comprobante-radicacion-CPS-2026-0101-011.pdf).")
                .contains("Adjunto la captura de pantalla del estado final en SECOP II.");
        BodyPart pdf = parts.getBodyPart(1);
        assertThat(pdf.getFileName()).isEqualTo("comprobante-radicacion-CPS-2026-0101-011.pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(Files.readAllBytes(receipt));
        assertThat(parts.getBodyPart(2).getFileName()).isEqualTo("estado-final-CPS-2026-0101-011.png");
    }

    @Test
    void aContractOrNumberWithSlashesOrSpacesGivesAPlainFileName() {
        SupervisorNotice notice = new SupervisorNotice(
                "supervisor@entidad.example",
                "CPS 2026/0101",
                "Noviembre 2026",
                "FE 11/2",
                "PP-1",
                new BigDecimal("1.00"),
                new BigDecimal("1.00"),
                "Enviado a la entidad estatal",
                LocalDateTime.of(2026, 11, 24, 10, 15),
                false,
                List.of(),
                Optional.empty());
        assertThat(notice.receiptFileName()).isEqualTo("comprobante-radicacion-CPS-2026-0101-FE-11-2.pdf");
        assertThat(notice.screenshotFileName()).isEqualTo("estado-final-CPS-2026-0101-FE-11-2.png");
    }

    @Test
    void refusesToSendAUserAndPasswordWithoutTlsToAnotherMachine() {
        SmtpSettings clear = new SmtpSettings(
                "smtp.example.org",
                25,
                Optional.of("robot"),
                Optional.of("clave".toCharArray()),
                "robot@example.org",
                false);
        assertThatThrownBy(() -> new SupervisorMailer(clear))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sin TLS");
        SmtpSettings loopback = new SmtpSettings(
                "127.0.0.1", 25, Optional.of("robot"), Optional.of("clave".toCharArray()), "robot@example.org", false);
        org.assertj.core.api.Assertions.assertThatCode(() -> new SupervisorMailer(loopback))
                .doesNotThrowAnyException();
    }

    @Test
    void aCorrectionSaysItIsACorrection() throws Exception {
        new SupervisorMailer(settings()).send(notice(true, List.of(), Optional.empty()));

        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).startsWith("Corrección de la solicitud de pago 011");
        String body =
                (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        assertThat(body).contains("corregí y envié de nuevo").contains("mismo id de pago");
    }

    @Test
    void theSha256IsTheFilesOwn() throws IOException {
        Path file = Files.writeString(dir.resolve("a.zip"), "abc");
        assertThat(AttachedDocument.of(file).sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(AttachedDocument.of(file).size()).isEqualTo("3 bytes");
    }

    @Test
    void anUnreachableServerIsANotificationErrorInSpanish() {
        SmtpSettings nowhere =
                new SmtpSettings("127.0.0.1", 1, Optional.empty(), Optional.empty(), "robot@example.org", false);
        assertThatThrownBy(() -> new SupervisorMailer(nowhere).send(notice(false, List.of(), Optional.empty())))
                .isInstanceOf(NotificationException.class)
                .hasMessageStartingWith("No se pudo enviar el correo al supervisor (supervisor@entidad.example)");
    }

    private static SmtpSettings settings() {
        return new SmtpSettings(
                "127.0.0.1",
                smtp.getSmtp().getPort(),
                Optional.empty(),
                Optional.empty(),
                "juana.perez@correo.example",
                false);
    }

    private static SupervisorNotice notice(
            boolean correction, List<AttachedDocument> documents, Optional<Path> screenshot) {
        return new SupervisorNotice(
                "supervisor@entidad.example",
                "CPS-2026-0101",
                "Noviembre 2026",
                "011",
                "PP-7784301-1",
                new BigDecimal("3500000.00"),
                new BigDecimal("3500000.00"),
                "Enviado a la entidad estatal",
                LocalDateTime.of(2026, 11, 24, 10, 15),
                correction,
                documents,
                screenshot);
    }
}
