package co.secop.robot.batch;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.notification.AttachedDocument;
import co.secop.robot.portal.ShownDocument;
import co.secop.robot.spreadsheet.PaymentRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Comparing what the portal shows with the sheet, field by field, the way the portal shows each one. */
class ReadbackTest {

    private static final AttachedDocument ZIP = new AttachedDocument("noviembre.zip", 12_800, "ab".repeat(32));

    private static final PaymentRow ROW = new PaymentRow(
            2,
            "CPS-2026-0101",
            YearMonth.of(2026, 11),
            "FE 118",
            false,
            null,
            new BigDecimal("3600000.00"),
            new BigDecimal("3600000.00"),
            Optional.of(LocalDateTime.of(2026, 12, 15, 23, 59)),
            "Cuenta de cobro\nnoviembre",
            Path.of("/x/noviembre.zip"),
            Optional.empty(),
            Optional.empty(),
            Map.of());

    @Test
    void whatTheDetailShowsAsTheSheetSaysIsNoDifference() {
        PortalPayment shown = detail(
                "fe  118",
                "3.600.000 COP",
                "Cuenta de cobro noviembre",
                List.of(new ShownDocument("noviembre.zip", "12,5 KB")));

        assertThat(Readback.differences(ROW, ZIP, shown)).isEmpty();
    }

    @Test
    void whereThePortalOffersTheFileTheSameNameAndSizeWithOtherBytesIsADifference() {
        PortalPayment same = detail(
                "FE 118",
                "3.600.000 COP",
                "Cuenta de cobro noviembre",
                List.of(new ShownDocument("noviembre.zip", "12,5 KB", "AB".repeat(32))));
        PortalPayment other = detail(
                "FE 118",
                "3.600.000 COP",
                "Cuenta de cobro noviembre",
                List.of(new ShownDocument("noviembre.zip", "12,5 KB", "cd".repeat(32))));

        assertThat(Readback.differences(ROW, ZIP, same)).isEmpty();
        assertThat(Readback.describe(Readback.differences(ROW, ZIP, other)))
                .isEqualTo("«Documentos»: la hoja dice «noviembre.zip (12,5 KB) SHA-256 abababababab…» y SECOP II"
                        + " muestra «noviembre.zip (12,5 KB) SHA-256 cdcdcdcdcdcd…»");
    }

    @Test
    void anyOtherDocumentBesideTheSheetsZipIsADifference() {
        PortalPayment shown = detail(
                "FE 118",
                "3.600.000 COP",
                "Cuenta de cobro noviembre",
                List.of(new ShownDocument("viejo.zip", "1,0 KB"), new ShownDocument("noviembre.zip", "12,5 KB")));

        assertThat(Readback.describe(Readback.differences(ROW, ZIP, shown)))
                .isEqualTo("«Documentos»: la hoja dice «noviembre.zip (12,5 KB)» y SECOP II muestra"
                        + " «viejo.zip (1,0 KB), noviembre.zip (12,5 KB)»");
        assertThat(Readback.differences(
                        ROW,
                        ZIP,
                        detail(
                                "FE 118",
                                "3.600.000 COP",
                                "Cuenta de cobro noviembre",
                                List.of(
                                        new ShownDocument("noviembre.zip", "12,5 KB"),
                                        new ShownDocument("noviembre.zip", "12,5 KB")))))
                .extracting(Readback.Difference::field)
                .containsExactly(Readback.Field.DOCUMENTS);
    }

    @Test
    void aValueTheRobotCannotReadIsAMismatchNeverAMatch() {
        PortalPayment shown = new PortalPayment(
                "el detalle de la solicitud",
                "PP-7784301-1",
                "FE 118",
                Optional.empty(),
                "",
                "",
                "3.600.000 COP",
                "15/12/2026 11:59 PM",
                "Cuenta de cobro noviembre",
                List.of(new ShownDocument("noviembre.zip", "")),
                "Borrador");

        List<Readback.Difference> differences = Readback.differences(ROW, ZIP, shown);

        assertThat(differences)
                .extracting(Readback.Difference::field)
                .containsExactly(Readback.Field.ELECTRONIC_INVOICE, Readback.Field.NET_VALUE, Readback.Field.DOCUMENTS);
        assertThat(differences).allMatch(Readback.Difference::unreadable);
        assertThat(Readback.describe(differences))
                .contains(
                        "«¿Está obligado a facturar electrónicamente?»: no se pudo leer en SECOP II",
                        "«Valor neto»: no se pudo leer",
                        "«Documentos»: no se pudo leer");
    }

    @Test
    void aWrongYesNoInTheDetailIsADifference() {
        PortalPayment shown = new PortalPayment(
                "el detalle de la solicitud",
                "PP-7784301-1",
                "FE 118",
                Optional.of(true),
                "",
                "3.600.000 COP",
                "3.600.000 COP",
                "15/12/2026 11:59 PM",
                "Cuenta de cobro noviembre",
                List.of(new ShownDocument("noviembre.zip", "12,5 KB")),
                "Borrador");

        assertThat(Readback.describe(Readback.differences(ROW, ZIP, shown)))
                .isEqualTo("«¿Está obligado a facturar electrónicamente?»: la hoja dice «No» y SECOP II muestra «Sí»");
    }

    @Test
    void eachDifferenceNamesTheFieldAndBothValues() {
        PortalPayment shown = detail(
                "FE 118", "3.500.000 COP", "Cuenta de cobro", List.of(new ShownDocument("noviembre.zip", "3,0 KB")));

        List<Readback.Difference> differences = Readback.differences(ROW, ZIP, shown);

        assertThat(differences)
                .extracting(Readback.Difference::field)
                .containsExactly(
                        Readback.Field.NET_VALUE,
                        Readback.Field.TOTAL_VALUE,
                        Readback.Field.NOTES,
                        Readback.Field.DOCUMENTS);
        assertThat(Readback.describe(differences))
                .contains(
                        "«Valor neto»: la hoja dice «3.600.000,00» y SECOP II muestra «3.500.000 COP»",
                        "«Documentos»: la hoja dice «noviembre.zip (12,5 KB)» y SECOP II muestra «noviembre.zip (3,0 KB)»");
    }

    @Test
    void sizesAreComparedAsThePortalRoundsThem() {
        assertThat(Readback.sameSize("12,5 KB", 12_800)).isTrue();
        assertThat(Readback.sameSize("683 B", 683)).isTrue();
        assertThat(Readback.sameSize("1,2 MB", 1_250_000)).isTrue();
        assertThat(Readback.sameSize("1,2 MB", 2_000_000)).isFalse();
        assertThat(Readback.sameSize("", 5)).isFalse();
        assertThat(Readback.sameSize("(sin tamaño)", 5)).isFalse();
    }

    @Test
    void theReportedValueIsThePortalsOneWithTheSheetsCentsWhenThePortalRoundsToWholePesos() {
        assertThat(Readback.shownValue("3.500.000 COP", new BigDecimal("3500000.40")))
                .isEqualByComparingTo("3500000.40");
        assertThat(Readback.shownValue("3.500.000 COP", new BigDecimal("3600000.00")))
                .isEqualByComparingTo("3500000");
        assertThat(Readback.shownValue("3.500.000,50", new BigDecimal("3600000.00")))
                .isEqualByComparingTo("3500000.50");
    }

    private static PortalPayment detail(String number, String money, String notes, List<ShownDocument> documents) {
        return new PortalPayment(
                "el detalle de la solicitud",
                "PP-7784301-1",
                number,
                Optional.of(false),
                "",
                money,
                money,
                "15/12/2026 11:59 PM ((UTC-05:00) Bogotá, Lima, Quito)",
                notes,
                documents,
                "Borrador");
    }
}
