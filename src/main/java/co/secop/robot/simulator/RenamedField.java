package co.secop.robot.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One field of the payment request form that the portal "renamed" ({@code --renombrar-campo CAMPO}): its label
 * text, id and name change together, to names none of the robot's locator alternatives for that field expect,
 * as when SECOP II changes a screen. The page's script follows the new id; the posted value still reaches the
 * simulator under the old parameter name, so a person (or a robot that finds the field) can still file.
 */
public enum RenamedField {

    /** «Valor neto» / {@code cbxNetValue}: the case of issue 11. */
    NET_VALUE("valor-neto", "cbxNetValue", "Valor neto", "txtNetValueX", "Valor neto del pago"),
    TOTAL_VALUE("valor-total", "cbxTotalValue", "Valor total", "txtGrossValueX", "Valor total del pago"),
    INVOICE_NUMBER(
            "numero-factura", "txtInvoiceNumber", "Número de factura o pago", "txtPaymentNumberX", "Número del pago"),
    NOTES("notas", "txaNotes", "Notas", "txaRemarksX", "Observaciones");

    private final String code;
    private final String id;
    private final String label;
    private final String newId;
    private final String newLabel;

    RenamedField(String code, String id, String label, String newId, String newLabel) {
        this.code = code;
        this.id = id;
        this.label = label;
        this.newId = newId;
        this.newLabel = newLabel;
    }

    /** The Spanish name used by {@code --renombrar-campo} (the last part of the robot's locator key). */
    public String code() {
        return code;
    }

    /** The simulator's own id and name of the field. */
    public String id() {
        return id;
    }

    /** The label text the form shows without the rename. */
    public String label() {
        return label;
    }

    /** The id and name served instead of {@link #id()}. */
    public String newId() {
        return newId;
    }

    /** The label text served instead of {@link #label()}. */
    public String newLabel() {
        return newLabel;
    }

    /** "valor-neto" (spaces and case ignored); null or blank = no field renamed. */
    public static RenamedField parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("el campo «" + text.strip() + "» no existe; use "
                        + Arrays.stream(values()).map(RenamedField::code).collect(Collectors.joining(", "))));
    }
}
