package co.secop.robot.notification;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends {@link SupervisorNotice}s over SMTP (Jakarta Mail, Angus implementation). */
public final class SupervisorMailer implements NoticeSender {

    private final SmtpSettings settings;
    private final Session session;

    public SupervisorMailer(SmtpSettings settings) {
        if (settings.sendsPasswordInClear()) {
            throw new IllegalArgumentException(settings.clearPasswordRefusal());
        }
        this.settings = settings;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        // a certificate that does not match the server is an error, never ignored
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        properties.put("mail.smtp.connectiontimeout", "20000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        Authenticator authenticator = settings.user().isEmpty()
                ? null
                : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(
                                settings.user().get(),
                                new String(settings.password().orElse(new char[0])));
                    }
                };
        this.session = Session.getInstance(properties, authenticator);
    }

    @Override
    public void send(SupervisorNotice notice) throws NotificationException {
        try {
            MimeMessage message = notice.messageId() == null
                    ? new MimeMessage(session)
                    : new MimeMessage(session) {
                        @Override
                        protected void updateMessageID() throws MessagingException {
                            // Derived from the sending: sent again after a crash, it is the same message.
                            setHeader("Message-ID", notice.messageId());
                        }
                    };
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(notice.to(), true));
            message.setSubject(notice.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(notice.body(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            if (notice.receipt().isPresent()) {
                MimeBodyPart receipt = new MimeBodyPart();
                receipt.attachFile(notice.receipt().get().toFile(), "application/pdf", null);
                receipt.setFileName(notice.receiptFileName());
                parts.addBodyPart(receipt);
            }
            if (notice.screenshot().isPresent()) {
                MimeBodyPart image = new MimeBodyPart();
                image.attachFile(notice.screenshot().get().toFile(), "image/png", null);
                image.setFileName(notice.screenshotFileName());
                parts.addBodyPart(image);
            }
            message.setContent(parts);
            Transport.send(message);
        } catch (MessagingException | IOException e) {
            throw new NotificationException(
                    "No se pudo enviar el correo al supervisor (" + notice.to() + ") por " + settings.host() + ":"
                            + settings.port() + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * A plain-text e-mail through the same server (the contractor's summary of {@code ./secop estado --correo}).
     *
     * @param messageId derived from what it tells, so that the same news sent twice is the same message
     */
    public void sendText(String to, String subject, String body, String messageId) throws NotificationException {
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new NotificationException(
                    "No se pudo enviar el correo a " + to + " por " + settings.host() + ":" + settings.port() + ": "
                            + e.getMessage(),
                    e);
        }
    }
}
