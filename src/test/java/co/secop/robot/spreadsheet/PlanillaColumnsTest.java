package co.secop.robot.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** «Número de planilla» and «Fecha de pago de la planilla»: what {@code validar} accepts, refuses and flags. */
class PlanillaColumnsTest {

    private static final Clock DECEMBER_6 = Clock.fixed(
            LocalDate.of(2026, 12, 6)
                    .atTime(10, 0)
                    .atZone(ZoneId.of("America/Bogota"))
                    .toInstant(),
            ZoneId.of("America/Bogota"));

    @TempDir
    Path dir;

    @BeforeEach
    void supports() {
        SupportFixtures.zip(dir.resolve("soportes.zip"));
    }

    @Test
    void aPlanillaIsTypedAndSeveralArePairedInOrder() throws Exception {
        ValidationReport report = validate(
                PaymentCells.valid()
                        .with(Column.NUMBER, "1")
                        .with(Column.PLANILLA_NUMBER, 8503294417L)
                        .with(Column.PLANILLA_PAYMENT_DATE, "02/11/2026"),
                PaymentCells.valid()
                        .with(Column.NUMBER, "2")
                        .with(Column.PLANILLA_NUMBER, "8503294417 ; 8503312209")
                        .with(Column.PLANILLA_PAYMENT_DATE, "02/11/2026; 1/12/2026"),
                PaymentCells.valid().with(Column.NUMBER, "3"),
                PaymentCells.valid()
                        .with(Column.NUMBER, "4")
                        .with(Column.PLANILLA_NUMBER, "008503294")
                        .with(Column.PLANILLA_PAYMENT_DATE, LocalDate.of(2026, 11, 3)));

        assertThat(report.problems()).isEmpty();
        assertThat(report.validRows().get(3).planillas())
                .containsExactly(new Planilla("008503294", LocalDate.of(2026, 11, 3)));
        assertThat(report.validRows().get(0).planillas())
                .containsExactly(new Planilla("8503294417", LocalDate.of(2026, 11, 2)));
        assertThat(report.validRows().get(1).planillas())
                .containsExactly(
                        new Planilla("8503294417", LocalDate.of(2026, 11, 2)),
                        new Planilla("8503312209", LocalDate.of(2026, 12, 1)));
        assertThat(report.validRows().get(2).planillas()).isEmpty();
    }

    @Test
    void badPlanillasAreNamedByColumn() throws Exception {
        ValidationReport report = validate(
                PaymentCells.valid()
                        .with(Column.NUMBER, "1")
                        .with(Column.PLANILLA_NUMBER, "12345")
                        .with(Column.PLANILLA_PAYMENT_DATE, "02/11/2026"),
                PaymentCells.valid()
                        .with(Column.NUMBER, "2")
                        .with(Column.PLANILLA_NUMBER, "8503294417")
                        .with(Column.PLANILLA_PAYMENT_DATE, "31/11/2026"),
                PaymentCells.valid()
                        .with(Column.NUMBER, "3")
                        .with(Column.PLANILLA_NUMBER, "8503294417")
                        .with(Column.PLANILLA_PAYMENT_DATE, "20/12/2026"),
                PaymentCells.valid().with(Column.NUMBER, "4").with(Column.PLANILLA_NUMBER, "8503294417"),
                PaymentCells.valid()
                        .with(Column.NUMBER, "5")
                        .with(Column.PLANILLA_NUMBER, "8503294417; 8503312209")
                        .with(Column.PLANILLA_PAYMENT_DATE, "02/11/2026"),
                PaymentCells.valid().with(Column.NUMBER, "6").with(Column.PLANILLA_PAYMENT_DATE, "02/11/2026"));

        assertThat(report.validRows()).isEmpty();
        assertThat(report.problems())
                .extracting(p -> p.row() + " " + p.column() + ": " + p.message())
                .containsExactly(
                        "2 Número de planilla: «12345» no es un número de planilla: solo dígitos, 6 o más (varias"
                                + " planillas se separan con ;).",
                        "3 Fecha de pago de la planilla: «31/11/2026» no es una fecha de pago válida; escriba"
                                + " dd/mm/aaaa, por ejemplo «02/11/2026» (varias fechas se separan con ;).",
                        "4 Fecha de pago de la planilla: La fecha de pago 20/12/2026 es posterior a hoy; escriba el"
                                + " día en que pagó la planilla.",
                        "5 Fecha de pago de la planilla: Falta la fecha de pago de la planilla; hay número en"
                                + " «Número de planilla».",
                        "6 Fecha de pago de la planilla: Hay 2 número(s) de planilla y 1 fecha(s) de pago; escriba"
                                + " una fecha por planilla, en el mismo orden, separadas con ;.",
                        "7 Número de planilla: Falta el número de planilla; hay fecha de pago en «Fecha de pago de"
                                + " la planilla».");
    }

    @Test
    void aPaymentDateLongBeforeThePeriodIsFlaggedNotRefused() throws Exception {
        ValidationReport report = validate(PaymentCells.valid()
                .with(Column.PLANILLA_NUMBER, "8503294417")
                .with(Column.PLANILLA_PAYMENT_DATE, "02/05/2026"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.validRows()).hasSize(1);
        assertThat(report.warnings())
                .extracting(Problem::message)
                .containsExactly("Aviso: la planilla pagada el 02/05/2026 es de más de 3 meses antes del periodo"
                        + " Noviembre 2026; revise la fecha (SECOP II la comprueba ante SICOPI).");
    }

    private ValidationReport validate(PaymentCells... rows) throws SpreadsheetException {
        SampleWorkbook workbook = SampleWorkbook.xlsx().row(PaymentCells.headers());
        for (PaymentCells row : rows) {
            workbook.row(row.cells());
        }
        Path file = workbook.save(dir.resolve("pagos.xlsx"));
        return new PaymentValidator(SupportsPackager.PORTAL_MAX_BYTES, FieldLimits.FORM, DECEMBER_6)
                .validate(new PaymentSheetReader().read(file));
    }
}
