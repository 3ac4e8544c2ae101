package co.secop.robot.spreadsheet;

/**
 * The longest text each field of the portal's «Solicitud de pago» form keeps ({@code maxlength}); the form
 * silently cuts what is longer, so {@code validar} rejects it before anything is typed.
 * Configured in {@code config/secop.conf}, block {@code portal.limites}.
 */
public record FieldLimits(int number, int notes, int cufe) {

    /** The form's own limits: number 50, notes 2000, CUFE 96. */
    public static final FieldLimits FORM = new FieldLimits(50, 2000, 96);

    public FieldLimits {
        if (number <= 0 || notes <= 0 || cufe <= 0) {
            throw new IllegalArgumentException("los límites de los campos deben ser positivos");
        }
    }
}
