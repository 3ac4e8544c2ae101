package co.secop.robot.notification;

import co.secop.robot.format.Pesos;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The e-mail that tells the supervisor the payment request went through, as the guide asks
 * ("Notificación al Supervisor del Contrato").
 */
public record SupervisorNotice(
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
        Optional<Path> screenshot,
        String messageId,
        Optional<Path> receipt,
        List<String> planillas) {

    public SupervisorNotice {
        screenshot = screenshot == null ? Optional.empty() : screenshot;
        receipt = receipt == null ? Optional.empty() : receipt;
        planillas = planillas == null ? List.of() : List.copyOf(planillas);
    }

    /** Without the «Comprobante de radicación» (the run writes it and adds it with {@link #withReceipt}). */
    public SupervisorNotice(
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
            Optional<Path> screenshot,
            String messageId) {
        this(
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
                screenshot,
                messageId,
                Optional.empty(),
                List.of());
    }

    /** Without a Message-ID of its own (the mail library makes one up). */
    public SupervisorNotice(
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
            Optional<Path> screenshot) {
        this(
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
                screenshot,
                null);
    }

    /** The same e-mail with the PDF «Comprobante de radicación» of this payment attached. */
    public SupervisorNotice withReceipt(Path file) {
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
                screenshot,
                messageId,
                Optional.of(file),
                planillas);
    }

    /** The receipt's name in the e-mail: {@code comprobante-radicacion-CPS-2026-0101-011.pdf}. */
    public String receiptFileName() {
        return "comprobante-radicacion-" + fileNamePart(contract) + "-" + fileNamePart(number) + ".pdf";
    }

    /** The screenshot's name in the e-mail: {@code estado-final-CPS-2026-0101-011.png}. */
    public String screenshotFileName() {
        return "estado-final-" + fileNamePart(contract) + "-" + fileNamePart(number) + ".png";
    }

    /** Letters, digits, dots and dashes only: a contract or number never breaks the attachment's name. */
    private static String fileNamePart(String text) {
        return text == null ? "" : text.strip().replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'a las' HH:mm");

    public String subject() {
        return (correction ? "Corrección de la solicitud de pago " : "Solicitud de pago ") + number
                + " radicada en SECOP II · contrato " + contract + " · " + period;
    }

    public String body() {
        StringBuilder text = new StringBuilder();
        text.append("Buen día.\n\n");
        if (correction) {
            text.append(
                    "Le informo que corregí y envié de nuevo en SECOP II la solicitud de pago que había sido rechazada.\n\n");
        } else {
            text.append("Le informo que cargué en SECOP II la solicitud de pago del periodo ")
                    .append(period)
                    .append(".\n\n");
        }
        text.append("Contrato: ")
                .append(contract)
                .append('\n')
                .append("Periodo: ")
                .append(period)
                .append('\n')
                .append("Número de factura o pago: ")
                .append(number)
                .append('\n')
                .append("Id de pago en SECOP II: ")
                .append(paymentId)
                .append('\n')
                .append("Valor neto: ")
                .append(Pesos.display(netValue))
                .append('\n')
                .append("Valor total: ")
                .append(Pesos.display(totalValue))
                .append('\n')
                .append("Estado en SECOP II: ")
                .append(state)
                .append('\n')
                .append("Fecha y hora: ")
                .append(WHEN.format(sentAt))
                .append('\n');
        for (String planilla : planillas) {
            text.append("Planilla de seguridad social: ").append(planilla).append('\n');
        }
        if (correction) {
            text.append("Tipo: corrección de una solicitud rechazada (mismo id de pago)\n");
        }
        text.append("\nDocumentos anexados:\n");
        for (AttachedDocument document : documents) {
            text.append("- ")
                    .append(document.name())
                    .append(" (")
                    .append(document.size())
                    .append(", SHA-256 ")
                    .append(document.sha256())
                    .append(")\n");
        }
        if (receipt.isPresent()) {
            text.append("\nAdjunto el comprobante de radicación en PDF (")
                    .append(receiptFileName())
                    .append(").\n");
        }
        if (screenshot.isPresent()) {
            text.append(receipt.isPresent() ? "" : "\n")
                    .append("Adjunto la captura de pantalla del estado final en SECOP II.\n");
        }
        text.append("\nQuedo atento(a) a su revisión.\n\n— Mensaje enviado por secop-robot\n");
        return text.toString();
    }
}
