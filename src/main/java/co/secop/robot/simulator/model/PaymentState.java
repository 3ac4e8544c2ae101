package co.secop.robot.simulator.model;

import java.util.Arrays;

/** States of a Plan de pagos entry, with the supplier's and the entity's wording. */
public enum PaymentState {
    PENDIENTE("Pendiente", "Pendiente"),
    BORRADOR("Borrador", "Borrador"),
    EN_EDICION("En edición", "En edición"),
    ENVIADO("Enviado a la entidad estatal", "Enviado por el Proveedor"),
    ACEPTADA("Aceptada", "Aceptada"),
    PAGADO("Pagado", "Pagado"),
    RECHAZADO("Rechazado", "Rechazado");

    private final String label;
    private final String entityLabel;

    PaymentState(String label, String entityLabel) {
        this.label = label;
        this.entityLabel = entityLabel;
    }

    /** The text the supplier sees in {@code span#spnInvoiceStateSpan_i}. */
    public String label() {
        return label;
    }

    /** The text the entity (supervisor) sees. */
    public String entityLabel() {
        return entityLabel;
    }

    /** The supplier may open the form ("Registro"), send and delete. */
    public boolean editableBySupplier() {
        return this == PENDIENTE || this == BORRADOR || this == EN_EDICION;
    }

    public static PaymentState fromLabel(String text) {
        return Arrays.stream(values())
                .filter(s -> s.label.equalsIgnoreCase(text)
                        || s.entityLabel.equalsIgnoreCase(text)
                        || s.name().equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("estado de pago desconocido: " + text));
    }
}
