package co.secop.robot.simulator;

import co.secop.robot.simulator.model.CufeCheck;
import co.secop.robot.simulator.model.DianInvoice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The simulator's stand-in for DIAN's electronic invoice catalogue. Thread-safe. */
public final class DianRegistry {

    public static final String VALIDATED = "CUFE validado ante la DIAN.";
    public static final String BAD_FORMAT = "El CUFE debe tener 96 caracteres hexadecimales.";
    public static final String UNKNOWN = "El CUFE no está registrado en la DIAN.";
    public static final String NUMBER_MISMATCH =
            "El número de factura no coincide con el registrado en la DIAN para este CUFE.";
    public static final String TOTAL_MISMATCH =
            "El valor total no coincide con el registrado en la DIAN para este CUFE.";

    private static final Pattern CUFE = Pattern.compile("[0-9a-fA-F]{96}");

    private final Map<String, DianInvoice> invoices = new ConcurrentHashMap<>();

    /** Outcome of "Validar": {@code check} is present only when valid. */
    public record Validation(boolean valid, String message, Optional<CufeCheck> check) {}

    void replaceAll(Collection<DianInvoice> seed) {
        invoices.clear();
        seed.forEach(this::register);
    }

    public DianInvoice register(DianInvoice invoice) {
        String cufe = invoice.cufe() == null || invoice.cufe().isBlank()
                ? co.secop.robot.simulator.model.Document.sha384Hex(invoice.number())
                : invoice.cufe().strip();
        DianInvoice stored = new DianInvoice(
                cufe.toLowerCase(Locale.ROOT),
                invoice.number().strip(),
                invoice.totalValue().setScale(2, RoundingMode.HALF_UP));
        invoices.put(stored.cufe(), stored);
        return stored;
    }

    public Optional<DianInvoice> find(String cufe) {
        return cufe == null
                ? Optional.empty()
                : Optional.ofNullable(invoices.get(cufe.strip().toLowerCase(Locale.ROOT)));
    }

    public List<DianInvoice> all() {
        return List.copyOf(invoices.values());
    }

    /** Checks the CUFE, then that number and total match what DIAN holds. {@code totalText} as typed. */
    public Validation validate(String cufe, String invoiceNumber, String totalText) {
        String trimmed = cufe == null ? "" : cufe.strip();
        if (!CUFE.matcher(trimmed).matches()) {
            return invalid(BAD_FORMAT);
        }
        Optional<DianInvoice> found = find(trimmed);
        if (found.isEmpty()) {
            return invalid(UNKNOWN);
        }
        DianInvoice invoice = found.get();
        String number = invoiceNumber == null ? "" : invoiceNumber.strip();
        if (!invoice.number().equals(number)) {
            return invalid(NUMBER_MISMATCH);
        }
        BigDecimal total = parseOrNull(totalText);
        if (total == null || total.compareTo(invoice.totalValue()) != 0) {
            return invalid(TOTAL_MISMATCH);
        }
        return new Validation(true, VALIDATED, Optional.of(new CufeCheck(trimmed, number, total)));
    }

    private static Validation invalid(String message) {
        return new Validation(false, message, Optional.empty());
    }

    private static BigDecimal parseOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : PortalFormat.parseMoney(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
