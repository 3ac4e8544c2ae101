package co.secop.robot.batch;

/** How a spreadsheet row ended, with the word the contractor reads in the reports. */
public enum RowStatus {
    SENT("Enviado", true),
    CORRECTED("Corregido y reenviado", true),
    ALREADY_FILED("Ya radicado (sin cambios)", true),
    DRY_RUN("Ensayo: listo para enviar", true),
    FAILED("Fallido", false),
    /** SICOPI does not know the planilla yet (2 to 4 business days): nothing sent, the next run finishes it. */
    PLANILLA_PENDING("Planilla pendiente", false),
    INTERRUPTED("Interrumpido (se retoma en la próxima ejecución)", false),
    INVALID("Inválido", false);

    private final String label;
    private final boolean ok;

    RowStatus(String label, boolean ok) {
        this.label = label;
        this.ok = ok;
    }

    public String label() {
        return label;
    }

    /** The row needs nothing more from the contractor. */
    public boolean ok() {
        return ok;
    }
}
