package co.secop.robot.simulator.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the social-security block: the planilla, its payment date and, once SICOPI answered «Consulta
 * exitosa», the IBC the platform computed ({@code null} while the line is not validated).
 */
public record PlanillaLine(String number, LocalDate paymentDate, BigDecimal ibc) {

    /** SICOPI answered «Consulta exitosa» for this line. */
    public boolean validated() {
        return ibc != null;
    }

    public boolean covers(String otherNumber, LocalDate otherDate) {
        return otherNumber != null && number.equals(otherNumber.strip()) && paymentDate.equals(otherDate);
    }
}
