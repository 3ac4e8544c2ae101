package co.secop.robot.spreadsheet;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * «Número de planilla» and «Fecha de pago de la planilla»: one planilla, or several separated by {@code ;} and
 * paired in order (a payment that covers several months). Both cells empty: no planilla, the row stays valid
 * (whether the portal asks is known only at the portal).
 */
final class PlanillaParser {

    /** How far before the period a payment date may be before {@code validar} points it out. */
    static final int MONTHS_BEFORE_PERIOD = 3;

    private static final Pattern NUMBER = Pattern.compile("\\d{6,}");

    /** A problem of one of the two cells. */
    record Complaint(Column column, String message) {}

    private final List<Complaint> complaints = new ArrayList<>();
    private final List<Complaint> warnings = new ArrayList<>();

    List<Complaint> complaints() {
        return List.copyOf(complaints);
    }

    /** What is pointed out without making the row invalid (a payment date long before the period). */
    List<Complaint> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * @param today  the day the sheet is checked (no payment date may be later)
     * @param period the month the row is for, when it was read; null when it could not be
     */
    List<Planilla> parse(SheetCell numbers, SheetCell dates, LocalDate today, YearMonth period) {
        if (numbers.isBlank() && dates.isBlank()) {
            return List.of();
        }
        if (numbers.isBlank()) {
            complaints.add(new Complaint(
                    Column.PLANILLA_NUMBER,
                    "falta el número de planilla; hay fecha de pago en «" + Column.PLANILLA_PAYMENT_DATE.header()
                            + "»"));
            return List.of();
        }
        if (dates.isBlank()) {
            complaints.add(new Complaint(
                    Column.PLANILLA_PAYMENT_DATE,
                    "falta la fecha de pago de la planilla; hay número en «" + Column.PLANILLA_NUMBER.header() + "»"));
            return List.of();
        }
        List<String> numberParts = split(numbers.plainText());
        List<LocalDate> datesRead = dates(dates);
        if (!complaints.isEmpty()) {
            return List.of();
        }
        for (String number : numberParts) {
            if (!NUMBER.matcher(number).matches()) {
                complaints.add(new Complaint(
                        Column.PLANILLA_NUMBER,
                        "«" + number + "» no es un número de planilla: solo dígitos, 6 o más (varias planillas se"
                                + " separan con ;)"));
            }
        }
        if (numberParts.size() != datesRead.size()) {
            complaints.add(new Complaint(
                    Column.PLANILLA_PAYMENT_DATE,
                    "hay " + numberParts.size() + " número(s) de planilla y " + datesRead.size()
                            + " fecha(s) de pago; escriba una fecha por planilla, en el mismo orden, separadas con ;"));
        }
        for (LocalDate date : datesRead) {
            if (date.isAfter(today)) {
                complaints.add(new Complaint(
                        Column.PLANILLA_PAYMENT_DATE,
                        "la fecha de pago " + new Planilla("0", date).paymentDateText()
                                + " es posterior a hoy; escriba el día en que pagó la planilla"));
            } else if (period != null && date.isBefore(period.atDay(1).minusMonths(MONTHS_BEFORE_PERIOD))) {
                warnings.add(new Complaint(
                        Column.PLANILLA_PAYMENT_DATE,
                        "aviso: la planilla pagada el " + new Planilla("0", date).paymentDateText()
                                + " es de más de " + MONTHS_BEFORE_PERIOD + " meses antes del periodo "
                                + PeriodParser.label(period)
                                + "; revise la fecha (SECOP II la comprueba ante SICOPI)"));
            }
        }
        if (!complaints.isEmpty()) {
            return List.of();
        }
        List<Planilla> planillas = new ArrayList<>();
        for (int i = 0; i < numberParts.size(); i++) {
            planillas.add(new Planilla(numberParts.get(i), datesRead.get(i)));
        }
        return planillas;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(";"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    private List<LocalDate> dates(SheetCell cell) {
        if (cell.kind() == SheetCell.Kind.DATE) {
            return List.of(cell.dateTime().toLocalDate());
        }
        List<LocalDate> found = new ArrayList<>();
        for (String part : split(cell.text())) {
            Optional<LocalDate> date = date(part);
            if (date.isEmpty()) {
                return found;
            }
            found.add(date.get());
        }
        return found;
    }

    private Optional<LocalDate> date(String text) {
        try {
            return Optional.of(DueDateParser.parse(SheetCell.text(text)).toLocalDate());
        } catch (IllegalArgumentException e) {
            complaints.add(new Complaint(
                    Column.PLANILLA_PAYMENT_DATE,
                    "«" + text + "» no es una fecha de pago válida; escriba dd/mm/aaaa, por ejemplo «02/11/2026»"
                            + " (varias fechas se separan con ;)"));
            return Optional.empty();
        }
    }
}
