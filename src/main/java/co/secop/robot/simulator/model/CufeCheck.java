package co.secop.robot.simulator.model;

import java.math.BigDecimal;
import java.util.Locale;

/** A successful "Validar": the CUFE, invoice number and total DIAN confirmed together. */
public record CufeCheck(String cufe, String invoiceNumber, BigDecimal totalValue) {

    public CufeCheck {
        cufe = cufe.strip().toLowerCase(Locale.ROOT);
        invoiceNumber = invoiceNumber.strip();
    }

    public boolean covers(String otherCufe, String otherNumber, BigDecimal otherTotal) {
        return otherCufe != null
                && otherNumber != null
                && otherTotal != null
                && cufe.equalsIgnoreCase(otherCufe.strip())
                && invoiceNumber.equals(otherNumber.strip())
                && totalValue.compareTo(otherTotal) == 0;
    }
}
