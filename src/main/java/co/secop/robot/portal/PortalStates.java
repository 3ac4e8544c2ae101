package co.secop.robot.portal;

import co.secop.robot.portal.locate.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * State texts. The portal translates on the client, so a state may first show in English or as an
 * internal code ("Sent", "InEdition") and a moment later in Spanish; the robot always speaks Spanish.
 */
public final class PortalStates {

    public static final String PENDING = "Pendiente";
    public static final String DRAFT = "Borrador";
    public static final String IN_EDITION = "En edición";
    public static final String SENT = "Enviado a la entidad estatal";
    public static final String ACCEPTED = "Aceptada";
    public static final String PAID = "Pagado";
    public static final String REJECTED = "Rechazado";

    /** Every payment state the supplier can see, in Spanish. */
    public static final List<String> PAYMENT_STATES =
            List.of(PENDING, DRAFT, IN_EDITION, SENT, ACCEPTED, PAID, REJECTED);

    private static final Map<String, String> PAYMENT = new LinkedHashMap<>();
    private static final Map<String, String> PAYMENT_SPANISH = new LinkedHashMap<>();
    private static final Map<String, String> CONTRACT = new LinkedHashMap<>();
    private static final Map<String, String> CONTRACT_SPANISH = new LinkedHashMap<>();

    static {
        for (String state : PAYMENT_STATES) {
            PAYMENT_SPANISH.put(key(state), state);
        }
        // Spellings the portal uses elsewhere for the same states.
        PAYMENT_SPANISH.put(key("Rechazada"), REJECTED);
        PAYMENT_SPANISH.put(key("Pagada"), PAID);
        PAYMENT_SPANISH.put(key("Aprobada"), ACCEPTED);
        PAYMENT_SPANISH.put(key("Enviado por el Proveedor"), SENT);
        PAYMENT_SPANISH.put(key("Enviada a la entidad estatal"), SENT);
        PAYMENT_SPANISH.put(key("Vencida"), "Vencida");
        PAYMENT_SPANISH.put(key("Cancelada"), "Cancelada");

        english(PAYMENT, PENDING, "Pending");
        english(PAYMENT, DRAFT, "Draft");
        english(PAYMENT, IN_EDITION, "InEdition", "In edition", "Editing", "Edition");
        english(PAYMENT, SENT, "Sent", "SentToBuyer", "Sent to the state entity", "Sent to buyer", "Submitted");
        english(PAYMENT, ACCEPTED, "Accepted", "Approved");
        english(PAYMENT, PAID, "Paid");
        english(PAYMENT, REJECTED, "Rejected");
        english(PAYMENT, "Vencida", "Expired");
        english(PAYMENT, "Cancelada", "Cancelled", "Canceled");

        for (String state : List.of(
                "En ejecución",
                "Terminado",
                "Firmado",
                "Liquidado",
                "Cerrado",
                "Borrador",
                "Cancelado",
                "Suspendido",
                "Modificado",
                "En aprobación",
                "Pendiente",
                "Activo")) {
            CONTRACT_SPANISH.put(key(state), state);
        }
        english(CONTRACT, "En ejecución", "InExecution", "In execution", "Executing", "Active");
        english(CONTRACT, "Terminado", "Terminated", "Finished", "Ended");
        english(CONTRACT, "Firmado", "Signed");
        english(CONTRACT, "Liquidado", "Liquidated");
        english(CONTRACT, "Cerrado", "Closed");
        english(CONTRACT, "Borrador", "Draft");
        english(CONTRACT, "Cancelado", "Cancelled", "Canceled");
        english(CONTRACT, "Suspendido", "Suspended");
        english(CONTRACT, "Modificado", "Modified");
    }

    private PortalStates() {}

    private static void english(Map<String, String> map, String spanish, String... others) {
        for (String other : others) {
            map.put(key(other), spanish);
        }
    }

    private static String key(String text) {
        return Texts.normalize(text).replaceAll("[\\s_-]", "");
    }

    /** The Spanish payment state for {@code text} (Spanish, English or code), if known. */
    public static Optional<String> payment(String text) {
        String k = key(text);
        return Optional.ofNullable(PAYMENT_SPANISH.getOrDefault(k, PAYMENT.get(k)));
    }

    /** True when {@code text} is already a known payment state written in Spanish. */
    public static boolean isSpanishPayment(String text) {
        return PAYMENT_SPANISH.containsKey(key(text));
    }

    /** The payment state to show: Spanish when known, else the text as the portal wrote it. */
    public static String normalizePayment(String text) {
        return payment(text).orElse(Texts.clean(text));
    }

    public static Optional<String> contract(String text) {
        String k = key(text);
        return Optional.ofNullable(CONTRACT_SPANISH.getOrDefault(k, CONTRACT.get(k)));
    }

    /** True when {@code text} is an English/code contract state that the translator will still replace. */
    public static boolean isUntranslatedContract(String text) {
        String k = key(text);
        return CONTRACT.containsKey(k) && !CONTRACT_SPANISH.containsKey(k);
    }

    public static String normalizeContract(String text) {
        return contract(text).orElse(Texts.clean(text));
    }
}
