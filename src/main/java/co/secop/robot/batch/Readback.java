package co.secop.robot.batch;

import co.secop.robot.format.Pesos;
import co.secop.robot.format.PortalDates;
import co.secop.robot.notification.AttachedDocument;
import co.secop.robot.portal.ShownDocument;
import co.secop.robot.portal.ShownPlanilla;
import co.secop.robot.spreadsheet.InvoiceNumbers;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.Planilla;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares what the portal holds with what the sheet says, field by field, the way each field is shown:
 * numbers normalised ({@link InvoiceNumbers}), money as pesos (a page that shows whole pesos is compared
 * rounded), dates to the minute, notes with whitespace collapsed, the document list by names and sizes: it must
 * hold the supports ZIP and nothing else (the portal offers no download of the file, so no SHA-256). A value the
 * robot cannot read (an empty Sí/No, a size or an amount it cannot parse) is a difference, never a match.
 */
final class Readback {

    /** The fields read back, with the label the portal gives them. */
    enum Field {
        NUMBER("Número de factura o pago"),
        ELECTRONIC_INVOICE("¿Está obligado a facturar electrónicamente?"),
        CUFE("CUFE"),
        NET_VALUE("Valor neto"),
        TOTAL_VALUE("Valor total"),
        DUE_DATE("Fecha de vencimiento"),
        NOTES("Notas"),
        DOCUMENTS("Documentos"),
        PLANILLAS("Número de planilla");

        final String label;

        Field(String label) {
            this.label = label;
        }
    }

    /**
     * One field that differs: what the sheet says and what the portal shows, side by side.
     *
     * @param unreadable the robot could not read the portal's value (it is not held as a match)
     */
    record Difference(Field field, String sheet, String portal, boolean unreadable) {
        Difference(Field field, String sheet, String portal) {
            this(field, sheet, portal, false);
        }

        static Difference unreadable(Field field, String sheet, String portal) {
            return new Difference(field, sheet, portal, true);
        }

        String describe() {
            if (unreadable) {
                return "«" + field.label + "»: no se pudo leer en SECOP II (muestra «" + portal + "»; la hoja dice «"
                        + sheet + "»)";
            }
            return "«" + field.label + "»: la hoja dice «" + sheet + "» y SECOP II muestra «" + portal + "»";
        }
    }

    private static final Pattern SIZE =
            Pattern.compile("([0-9]+(?:[.,][0-9]+)?)\\s*(B|BYTES?|KB|MB|GB)\\b", Pattern.CASE_INSENSITIVE);

    private Readback() {}

    static List<Difference> differences(PaymentRow row, AttachedDocument supports, PortalPayment shown) {
        List<Difference> found = new ArrayList<>();
        if (!InvoiceNumbers.key(row.number()).equals(InvoiceNumbers.key(shown.invoiceNumber()))) {
            found.add(new Difference(Field.NUMBER, row.number(), shown.invoiceNumber()));
        }
        if (shown.electronicInvoice().isEmpty()) {
            found.add(Difference.unreadable(
                    Field.ELECTRONIC_INVOICE, yesNo(Optional.of(row.electronicInvoice())), "(sin respuesta)"));
        } else if (shown.electronicInvoice().get() != row.electronicInvoice()) {
            found.add(new Difference(
                    Field.ELECTRONIC_INVOICE,
                    yesNo(Optional.of(row.electronicInvoice())),
                    yesNo(shown.electronicInvoice())));
        }
        if (row.electronicInvoice() && !clean(row.cufe()).equalsIgnoreCase(clean(shown.cufe()))) {
            found.add(new Difference(Field.CUFE, row.cufe(), shown.cufe()));
        }
        money(Field.NET_VALUE, row.netValue(), shown.netValue()).ifPresent(found::add);
        money(Field.TOTAL_VALUE, row.totalValue(), shown.totalValue()).ifPresent(found::add);
        if (row.dueDate().isPresent() && !sameMinute(row.dueDate().get(), shown.dueDate())) {
            String sheetDate = PortalDates.input(row.dueDate().get());
            found.add(
                    PortalDates.parseDisplayed(shown.dueDate()).isEmpty()
                            ? Difference.unreadable(Field.DUE_DATE, sheetDate, shown.dueDate())
                            : new Difference(Field.DUE_DATE, sheetDate, shown.dueDate()));
        }
        if (!clean(row.notes()).equals(clean(shown.notes()))) {
            found.add(new Difference(Field.NOTES, abbreviated(row.notes()), abbreviated(shown.notes())));
        }
        if (!onlyTheSheets(shown.documents(), supports)) {
            boolean hashed =
                    shown.documents().stream().anyMatch(d -> !d.sha256().isEmpty());
            String sheetDocuments = supports.name() + " (" + supports.size() + ")"
                    + (hashed ? " SHA-256 " + supports.sha256().substring(0, 12) + "…" : "");
            boolean sizeUnread =
                    shown.documents().stream().anyMatch(d -> sameName(d, supports) && !readableSize(d.size()));
            String shownDocuments = hashed ? withHashes(shown.documents()) : shown.documentList();
            found.add(
                    sizeUnread
                            ? Difference.unreadable(Field.DOCUMENTS, sheetDocuments, shownDocuments)
                            : new Difference(Field.DOCUMENTS, sheetDocuments, shownDocuments));
        }
        return found;
    }

    /**
     * The social-security block against the sheet, line by line: number and payment date as typed, and each one
     * validated («Consulta exitosa» next to it, or the answer read in this form when the portal shows it
     * elsewhere).
     *
     * @param validated the planilla numbers SICOPI answered «Consulta exitosa» for in this form
     */
    static List<Difference> planillas(PaymentRow row, List<ShownPlanilla> shown, java.util.Set<String> validated) {
        List<Difference> found = new ArrayList<>();
        for (int i = 0; i < row.planillas().size(); i++) {
            Planilla wanted = row.planillas().get(i);
            String sheet = wanted.number() + " del " + wanted.paymentDateText();
            if (i >= shown.size()) {
                found.add(new Difference(Field.PLANILLAS, sheet, "(sin línea " + (i + 1) + ")"));
                continue;
            }
            ShownPlanilla line = shown.get(i);
            boolean sameNumber = wanted.number().equals(line.number().strip());
            boolean sameDate =
                    wanted.paymentDateText().equals(line.paymentDate().strip());
            boolean ok = validated.contains(wanted.number());
            if (!sameNumber || !sameDate || !ok) {
                found.add(new Difference(
                        Field.PLANILLAS,
                        sheet + " con «Consulta exitosa»",
                        line.number() + " del " + line.paymentDate()
                                + (line.state().isEmpty() ? " (sin validar)" : " («" + line.state() + "»)")));
            }
        }
        return found;
    }

    /** "a.zip (12,5 KB) SHA-256 3f2a…, b.zip (1 KB)": the same name and size can hide other bytes. */
    private static String withHashes(List<ShownDocument> documents) {
        return documents.stream()
                .map(d -> (d.size().isEmpty() ? d.name() : d.name() + " (" + d.size() + ")")
                        + (d.sha256().length() < 12
                                ? ""
                                : " SHA-256 " + d.sha256().substring(0, 12) + "…"))
                .reduce((a, b) -> a + ", " + b)
                .orElse("(ninguno)");
    }

    /**
     * The social-security block of a request's «Detalle» right before «Enviar»: each of the sheet's planillas on its
     * line with «Consulta exitosa», and no line the sheet does not have.
     *
     * @param validated the numbers whose state the detail shows as «Consulta exitosa»
     */
    static List<Difference> detailPlanillas(
            PaymentRow row, List<ShownPlanilla> shown, java.util.Set<String> validated) {
        List<Difference> found = new ArrayList<>(planillas(row, shown, validated));
        if (row.planillas().isEmpty()) {
            found.add(new Difference(
                    Field.PLANILLAS, "(la hoja no trae planilla)", shown.isEmpty() ? "(bloque vacío)" : list(shown)));
        } else if (shown.size() > row.planillas().size()) {
            found.add(new Difference(
                    Field.PLANILLAS,
                    PlanillaPlanner.describe(row.planillas()),
                    list(shown.subList(row.planillas().size(), shown.size())) + " (línea de más)"));
        }
        return found;
    }

    /** The sheet has planillas and the detail shows no block: whether they were validated is not known. */
    static Difference planillasNotShown(PaymentRow row) {
        return Difference.unreadable(
                Field.PLANILLAS,
                PlanillaPlanner.describe(row.planillas()) + " con «Consulta exitosa»",
                "(el detalle no muestra la planilla)");
    }

    private static String list(List<ShownPlanilla> lines) {
        return String.join(
                "; ",
                lines.stream()
                        .map(l -> l.number() + " del " + l.paymentDate()
                                + (l.state().isEmpty() ? " (sin validar)" : " («" + l.state() + "»)"))
                        .toList());
    }

    /** True when the list holds exactly the supports ZIP, with its size: no other document, no copy. */
    static boolean onlyTheSheets(List<ShownDocument> documents, AttachedDocument supports) {
        return documents.size() == 1 && isTheSheets(documents.get(0), supports);
    }

    /** The sheet's ZIP: its name and a size that matches (a size the robot cannot read does not). */
    static boolean isTheSheets(ShownDocument document, AttachedDocument supports) {
        return sameName(document, supports)
                && sameSize(document.size(), supports.bytes())
                // Where the portal offers the file: the same bytes, not only the same name and size.
                && (document.sha256().isEmpty() || document.sha256().equalsIgnoreCase(supports.sha256()));
    }

    private static boolean sameName(ShownDocument document, AttachedDocument supports) {
        return document.name().strip().equalsIgnoreCase(supports.name());
    }

    private static boolean readableSize(String shown) {
        return SIZE.matcher(shown == null ? "" : shown).find();
    }

    /**
     * A size as the portal rounds it ("12,5 KB", "683 B", "1,2 MB") against the file's bytes; a page that
     * shows no size, or one the robot cannot read, is not the same size.
     */
    static boolean sameSize(String shown, long bytes) {
        Matcher m = SIZE.matcher(shown == null ? "" : shown);
        if (!m.find()) {
            return false;
        }
        double value = Double.parseDouble(m.group(1).replace(',', '.'));
        String unit = m.group(2).toUpperCase(Locale.ROOT);
        double factor = switch (unit) {
            case "KB" -> 1024;
            case "MB" -> 1024 * 1024;
            case "GB" -> 1024.0 * 1024 * 1024;
            default -> 1;
        };
        String digits = m.group(1);
        int separator = Math.max(digits.indexOf(','), digits.indexOf('.'));
        int places = separator < 0 ? 0 : digits.length() - separator - 1;
        double tolerance = factor * Math.pow(10, -places) / 2 + 1;
        return Math.abs(value * factor - bytes) <= tolerance;
    }

    static String describe(List<Difference> differences) {
        return differences.stream().map(Difference::describe).collect(Collectors.joining("; "));
    }

    private static Optional<Difference> money(Field field, BigDecimal expected, String shown) {
        Optional<BigDecimal> value = parseMoney(shown);
        boolean same = value.isPresent()
                && (value.get().compareTo(expected) == 0
                        || !shown.contains(",")
                                && value.get().compareTo(expected.setScale(0, RoundingMode.HALF_UP)) == 0);
        if (same) {
            return Optional.empty();
        }
        return Optional.of(
                value.isEmpty()
                        ? Difference.unreadable(field, Pesos.input(expected), shown)
                        : new Difference(field, Pesos.input(expected), shown));
    }

    /**
     * The value the portal shows, for the reports and the e-mail. A page that rounds to whole pesos shows the
     * sheet's value when it rounds to it (the same value, with its cents); the sheet's value when nothing is shown.
     */
    static BigDecimal shownValue(String shown, BigDecimal sheet) {
        Optional<BigDecimal> value = parseMoney(shown);
        if (value.isEmpty()) {
            return sheet;
        }
        boolean rounded = !shown.contains(",") && value.get().compareTo(sheet.setScale(0, RoundingMode.HALF_UP)) == 0;
        return rounded ? sheet : value.get();
    }

    static Optional<BigDecimal> parseMoney(String shown) {
        try {
            return Optional.of(Pesos.parse(shown));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean sameMinute(LocalDateTime wanted, String shown) {
        return PortalDates.parseDisplayed(shown)
                .map(v -> v.truncatedTo(ChronoUnit.MINUTES).equals(wanted.truncatedTo(ChronoUnit.MINUTES)))
                .orElse(false);
    }

    private static String yesNo(Optional<Boolean> value) {
        return value.map(v -> v ? "Sí" : "No").orElse("(sin respuesta)");
    }

    /** Whitespace (line breaks included) collapsed: the detail shows notes on one line. */
    private static String clean(String text) {
        return text == null
                ? ""
                : text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String abbreviated(String text) {
        String cleaned = clean(text);
        return cleaned.length() <= 80
                ? cleaned + lengthNote(text)
                : cleaned.substring(0, 40) + "…" + cleaned.substring(cleaned.length() - 30) + lengthNote(text);
    }

    private static String lengthNote(String text) {
        return text == null || text.length() <= 80 ? "" : " (" + text.length() + " caracteres)";
    }
}
