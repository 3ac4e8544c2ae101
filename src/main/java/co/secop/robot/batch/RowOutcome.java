package co.secop.robot.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happened to one spreadsheet row.
 *
 * @param rowNumber    the row number the user sees in the spreadsheet
 * @param inputValues  the row's cells as the user typed them (header → text)
 * @param paymentId    the portal's payment id, when the row reached the portal
 * @param portalState  the state read on the page at the end ("Enviado a la entidad estatal"...)
 * @param evidence     screenshots and page dumps saved for this row (paths relative to the run folder)
 * @param steps        what the robot did, in order, in Spanish
 * @param portal       what SECOP II showed for the payment at the end (read back from its «Detalle»), if read
 */
public record RowOutcome(
        int rowNumber,
        String contract,
        String number,
        Map<String, String> inputValues,
        RowStatus status,
        String message,
        Optional<String> paymentId,
        Optional<String> portalState,
        LocalDateTime finishedAt,
        Duration took,
        List<Path> evidence,
        List<String> steps,
        Optional<PortalPayment> portal) {

    public RowOutcome(
            int rowNumber,
            String contract,
            String number,
            Map<String, String> inputValues,
            RowStatus status,
            String message,
            Optional<String> paymentId,
            Optional<String> portalState,
            LocalDateTime finishedAt,
            Duration took,
            List<Path> evidence,
            List<String> steps) {
        this(
                rowNumber,
                contract,
                number,
                inputValues,
                status,
                message,
                paymentId,
                portalState,
                finishedAt,
                took,
                evidence,
                steps,
                Optional.empty());
    }

    public RowOutcome {
        inputValues = Map.copyOf(inputValues);
        evidence = List.copyOf(evidence);
        steps = List.copyOf(steps);
        portal = portal == null ? Optional.empty() : portal;
    }
}
