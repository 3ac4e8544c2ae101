package co.secop.robot.spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns the robot understands. A sheet may put them in any order, spell them with any case,
 * accents, spaces or punctuation, and add columns of its own (they are kept for the results file).
 */
public enum Column {
    CONTRACT("Contrato", true, "Número de contrato", "No. contrato", "Contrato número"),
    PERIOD("Periodo", true, "Mes", "Mes del pago"),
    NUMBER(
            "Número de factura o pago",
            true,
            "Número de factura",
            "Número de pago",
            "Factura o pago",
            "No. factura",
            "No. pago"),
    ELECTRONIC_INVOICE(
            "Factura electrónica",
            true,
            "¿Está obligado a facturar electrónicamente?",
            "Obligado a facturar electrónicamente",
            "Facturación electrónica"),
    CUFE("CUFE", false),
    NET_VALUE("Valor neto", true),
    TOTAL_VALUE("Valor total", true),
    DUE_DATE("Fecha de vencimiento", false, "Fecha vencimiento", "Vencimiento"),
    NOTES("Notas", false, "Nota", "Observaciones"),
    SUPPORTS("Soportes", true, "Soporte", "Anexos", "Documentos"),
    SUPERVISOR_EMAIL(
            "Correo supervisor",
            false,
            "Correo del supervisor",
            "Correo electrónico del supervisor",
            "Email supervisor"),
    COMPANY("Empresa", false, "Compañía"),
    PLAN_REFERENCE("Referencia del plan", false, "Referencia de pago", "Fila del plan", "Referencia plan de pagos"),
    /** The SECOP II account that files the row; empty = the one from {@code SECOP_USUARIO}. */
    USER("Usuario", false, "Usuario SECOP", "Usuario de SECOP II", "Cuenta"),
    /** The social-security planilla (PILA) of the period; several separated by {@code ;}. */
    PLANILLA_NUMBER(
            "Número de planilla",
            false,
            "Planilla",
            "Planilla PILA",
            "Número de planilla PILA",
            "No. planilla",
            "Número de la planilla"),
    /** The day each planilla of {@link #PLANILLA_NUMBER} was paid, in the same order. */
    PLANILLA_PAYMENT_DATE(
            "Fecha de pago de la planilla",
            false,
            "Fecha de pago planilla",
            "Fecha pago planilla",
            "Fecha de pago de planilla",
            "Fecha de pago PILA");

    private final String header;
    private final boolean required;
    private final List<String> keys;

    Column(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.keys = Stream.concat(Stream.of(header), Arrays.stream(aliases))
                .map(HeaderText::key)
                .toList();
    }

    /** The title the template writes, e.g. {@code "Número de factura o pago"}. */
    public String header() {
        return header;
    }

    /** Whether the sheet must have this column (CUFE is required per row when the invoice is electronic). */
    public boolean required() {
        return required;
    }

    /** The column a title names, if any: {@code "VALOR_NETO"} → {@link #NET_VALUE}. */
    public static Optional<Column> forHeader(String title) {
        String key = HeaderText.key(title);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.keys.contains(key)).findFirst();
    }

    public static List<Column> requiredColumns() {
        return Arrays.stream(values()).filter(Column::required).toList();
    }
}
