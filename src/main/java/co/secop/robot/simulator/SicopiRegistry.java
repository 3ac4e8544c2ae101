package co.secop.robot.simulator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulator's stand-in for the Ministry of Health's SICOPI (SISPRO): the social-security payments (planillas
 * PILA) it knows, per contributor document. A payment answers «Consulta exitosa» only once it has arrived,
 * 2 to 4 business days (Monday to Friday; holidays are not modelled) after its payment date, by the simulator's
 * clock. Thread-safe.
 */
public final class SicopiRegistry {

    public static final String SUCCESS = "Consulta exitosa";
    public static final String NOT_FOUND = "La planilla no se encuentra en SICOPI. Los pagos tardan de 2 a 4 días"
            + " hábiles en llegar; intente de nuevo más tarde.";
    public static final String DOCUMENT_MISMATCH = "El tipo y número de documento de la planilla no coinciden con"
            + " los del contratista registrado en SECOP II.";
    public static final String DATE_MISMATCH =
            "La fecha de pago no coincide con la registrada en SICOPI para" + " la planilla.";
    public static final String BAD_NUMBER = "El número de planilla debe tener 6 o más dígitos.";
    public static final String BAD_DATE = "La fecha de pago no es válida (formato dd/MM/aaaa).";
    public static final String UNAVAILABLE =
            "El servicio de consulta a SICOPI no está disponible en este momento." + " Intente más tarde.";

    /** Business days a payment takes to reach SICOPI when the seed does not say. */
    public static final int DEFAULT_BUSINESS_DAYS = 3;

    /** A payment SICOPI will know: {@code businessDays} after {@code paymentDate}. */
    public record Payment(String document, String number, LocalDate paymentDate, int businessDays) {
        public Payment {
            if (businessDays < 2 || businessDays > 4) {
                throw new IllegalArgumentException("un pago llega a SICOPI de 2 a 4 días hábiles después");
            }
        }

        public LocalDate arrival() {
            return addBusinessDays(paymentDate, businessDays);
        }
    }

    /** The answer to one check. */
    public enum Outcome {
        SUCCESS,
        NOT_FOUND,
        DOCUMENT_MISMATCH,
        DATE_MISMATCH,
        INVALID,
        UNAVAILABLE
    }

    public record Answer(Outcome outcome, String message) {
        public boolean success() {
            return outcome == Outcome.SUCCESS;
        }
    }

    private final Map<String, Payment> byNumber = new ConcurrentHashMap<>();
    private final AtomicInteger failNext = new AtomicInteger();

    void replaceAll(Collection<Payment> seed) {
        byNumber.clear();
        failNext.set(0);
        seed.forEach(this::register);
    }

    public Payment register(Payment payment) {
        byNumber.put(payment.number().strip(), payment);
        return payment;
    }

    public List<Payment> all() {
        return List.copyOf(byNumber.values());
    }

    /** The next {@code checks} checks answer that the service is down (the link «has been down at times»). */
    public void failNext(int checks) {
        failNext.set(Math.max(0, checks));
    }

    /** Checks a planilla typed in the form against the contractor's document, on {@code today}. */
    public Answer check(String document, String number, String dateText, LocalDate today) {
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new Answer(Outcome.UNAVAILABLE, UNAVAILABLE);
        }
        String typed = number == null ? "" : number.strip();
        if (!typed.matches("\\d{6,}")) {
            return new Answer(Outcome.INVALID, BAD_NUMBER);
        }
        Optional<LocalDate> date = parseDate(dateText);
        if (date.isEmpty()) {
            return new Answer(Outcome.INVALID, BAD_DATE);
        }
        Payment payment = byNumber.get(typed);
        if (payment == null || today.isBefore(payment.arrival())) {
            return new Answer(Outcome.NOT_FOUND, NOT_FOUND);
        }
        if (!payment.document().equals(document)) {
            return new Answer(Outcome.DOCUMENT_MISMATCH, DOCUMENT_MISMATCH);
        }
        if (!payment.paymentDate().equals(date.get())) {
            return new Answer(Outcome.DATE_MISMATCH, DATE_MISMATCH);
        }
        return new Answer(Outcome.SUCCESS, SUCCESS);
    }

    static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(PortalFormat.parseDay(text == null ? "" : text.strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static LocalDate addBusinessDays(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
