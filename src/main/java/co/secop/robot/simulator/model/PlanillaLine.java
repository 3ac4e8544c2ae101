package co.secop.robot.simulator.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the social-security block once SICOPI answered «Consulta exitosa»: the planilla, its payment
 * date and the IBC the platform computed.
 */
public record PlanillaLine(String number, LocalDate paymentDate, BigDecimal ibc) {

    public boolean covers(String otherNumber, LocalDate otherDate) {
        return otherNumber != null && number.equals(otherNumber.strip()) && paymentDate.equals(otherDate);
    }
}
