package co.secop.robot.portal;

/**
 * The answer of the portal to a check against an outside service (DIAN for a CUFE, SICOPI for a planilla), as a
 * person reads it, and what it means.
 *
 * @param text  what the portal shows, e.g. «Consulta exitosa»
 * @param where where it was read: next to the field, in the messages panel, or a «Validado» label
 */
public record CheckAnswer(String text, Where where, Verdict verdict) {

    /** Where the portal put the answer. */
    public enum Where {
        NEXT_TO_FIELD("junto al campo"),
        MESSAGES_PANEL("en el panel de mensajes"),
        VALIDATED_LABEL("como etiqueta «Validado»");

        private final String label;

        Where(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the answer means for the robot (from the texts of {@code verificacion} in the locators file). */
    public enum Verdict {
        /** «Consulta exitosa», «CUFE validado», «Validado»: go on. */
        SUCCESS,
        /** The service does not know it yet (a planilla takes 2 to 4 business days to reach SICOPI). */
        NOT_FOUND,
        /** The service did not answer: try again later, with a limit. */
        UNAVAILABLE,
        /** Any other answer (a document that does not match, a wrong date...): its text says why. */
        REFUSED
    }

    public boolean success() {
        return verdict == Verdict.SUCCESS;
    }
}
