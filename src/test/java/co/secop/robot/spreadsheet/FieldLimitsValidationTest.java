package co.secop.robot.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code validar} rejects what the portal's form would cut or lose, before anything is typed. */
class FieldLimitsValidationTest {

    @TempDir
    Path dir;

    @BeforeEach
    void supports() {
        SupportFixtures.zip(dir.resolve("soportes.zip"));
    }

    @Test
    void aNumberLongerThanTheFormKeepsIsRejected() throws Exception {
        ValidationReport report =
                validate(FieldLimits.FORM, PaymentCells.valid().with(Column.NUMBER, "N".repeat(60)));

        assertThat(report.validRows()).isEmpty();
        assertThat(report.describe())
                .isEqualTo("Fila 2, columna «Número de factura o pago»: El texto tiene 60 caracteres;"
                        + " el formulario de SECOP II admite máximo 50 y cortaría el resto sin avisar.");
    }

    @Test
    void notesLongerThanTheFormKeepsAreRejectedAndTheLimitsComeFromTheConfiguration() throws Exception {
        PaymentCells row = PaymentCells.valid().with(Column.NOTES, "x".repeat(2500));
        assertThat(validate(FieldLimits.FORM, row).describe())
                .contains("«Notas»", "tiene 2500 caracteres", "máximo 2000");
        assertThat(validate(new FieldLimits(50, 3000, 96), row).problems()).isEmpty();
        assertThat(validate(new FieldLimits(3, 2000, 96), PaymentCells.valid()).problems())
                .isEmpty();
        assertThat(validate(new FieldLimits(2, 2000, 96), PaymentCells.valid()).describe())
                .contains("máximo 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FE\n118", "FE\t118", "FE\u00ad118", "FE\u200b118"})
    void aNumberWithALineBreakATabOrAControlCharacterIsRejected(String number) throws Exception {
        ValidationReport report =
                validate(FieldLimits.FORM, PaymentCells.valid().with(Column.NUMBER, number));

        assertThat(report.validRows()).isEmpty();
        assertThat(report.describe())
                .contains("«Número de factura o pago»")
                .containsAnyOf("salto de línea", "tabulación", "carácter de control");
    }

    @Test
    void notesMayHaveLineBreaksButNotTabs() throws Exception {
        assertThat(validate(FieldLimits.FORM, PaymentCells.valid().with(Column.NOTES, "Pago 2\nde 12"))
                        .problems())
                .isEmpty();
        assertThat(validate(FieldLimits.FORM, PaymentCells.valid().with(Column.NOTES, "Pago 2\tde 12"))
                        .describe())
                .contains("«Notas»", "tabulación", "pasa al siguiente campo");
    }

    @Test
    void numbersThatDifferOnlyInSpacesCaseOrUnicodeFormAreTheSame() throws Exception {
        ValidationReport report = validate(
                FieldLimits.FORM,
                PaymentCells.valid().with(Column.NUMBER, "FE  118"),
                PaymentCells.valid().with(Column.NUMBER, "fe 118"),
                PaymentCells.valid().with(Column.NUMBER, "ＦＥ 118"));

        assertThat(report.validRows()).isEmpty();
        assertThat(report.problems()).hasSize(3).allMatch(p -> p.message().contains("se repite"));
        assertThat(InvoiceNumbers.key(" fe\u00a0 118 ")).isEqualTo("FE 118");
        assertThat(InvoiceNumbers.same("002", "2")).isFalse();
    }

    @Test
    void aPeriodFarFromTodayIsPointedOutWithoutMakingTheRowInvalid() throws Exception {
        SampleWorkbook workbook = SampleWorkbook.xlsx()
                .row(PaymentCells.headers())
                .row(PaymentCells.valid().with(Column.PERIOD, "Noviembre 2062").cells())
                .row(PaymentCells.valid().with(Column.NUMBER, "003").cells());
        Path file = workbook.save(dir.resolve("pagos.xlsx"));
        java.time.Clock november2026 =
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-29T12:00:00Z"), java.time.ZoneOffset.UTC);

        ValidationReport report = new PaymentValidator(
                        SupportsPackager.PORTAL_MAX_BYTES, FieldLimits.FORM, november2026)
                .validate(new PaymentSheetReader().read(file));

        assertThat(report.validRows()).hasSize(2);
        assertThat(report.warnings())
                .extracting(Problem::describe)
                .containsExactly("Fila 2, columna «Periodo»: Aviso: el"
                        + " periodo Noviembre 2062 está lejos de hoy (Noviembre 2026); revise el año. El robot solo lo radica en"
                        + " la fila del plan de pagos de ese periodo (o la de «Referencia del plan»), nunca en otra.");
    }

    private ValidationReport validate(FieldLimits limits, PaymentCells... rows) throws SpreadsheetException {
        SampleWorkbook workbook = SampleWorkbook.xlsx().row(PaymentCells.headers());
        for (PaymentCells row : rows) {
            workbook.row(row.cells());
        }
        Path file = workbook.save(dir.resolve("pagos.xlsx"));
        return new PaymentValidator(SupportsPackager.PORTAL_MAX_BYTES, limits)
                .validate(new PaymentSheetReader().read(file));
    }
}
