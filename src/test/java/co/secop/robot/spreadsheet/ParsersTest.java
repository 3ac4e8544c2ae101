package co.secop.robot.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParsersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Noviembre 2026|2026-11",
                "noviembre de 2026|2026-11",
                "NOVIEMBRE DEL 2026|2026-11",
                "nov. 2026|2026-11",
                "Nov-2026|2026-11",
                "noviembre/2026|2026-11",
                "11/2026|2026-11",
                "1/2027|2027-01",
                "2026-11|2026-11",
                "2026/1|2026-01",
                "11-2026|2026-11",
                "Septiembre 2026|2026-09",
                "setiembre 2026|2026-09",
                "sep 2026|2026-09",
                "Diciembre  2026 |2026-12",
                "01/11/2026|2026-11",
                "Febrero de 2027|2027-02"
            })
    void periods(String text, String expected) {
        assertThat(PeriodParser.parse(SheetCell.text(text))).isEqualTo(YearMonth.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Noviembre", "2026", "13/2026", "0/2026", "Brumario 2026", "11/26", "noviembre 26"})
    void invalidPeriods(String text) {
        assertThatThrownBy(() -> PeriodParser.parse(SheetCell.text(text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no es un periodo válido");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Sí|true", "si|true", "S|true", "SÍ|true", "VERDADERO|true", "No|false", "n|false", "FALSO|false"})
    void yesNo(String text, boolean expected) {
        assertThat(YesNoParser.parse(SheetCell.text(text))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "30/11/2026|2026-11-30T23:59",
                "1/2/2027|2027-02-01T23:59",
                "30/11/2026 23:59|2026-11-30T23:59",
                "30/11/2026 7:05|2026-11-30T07:05",
                "30/11/2026 00:00|2026-11-30T00:00",
                "2026-11-30|2026-11-30T23:59",
                "2026-11-30T10:15|2026-11-30T10:15"
            })
    void dueDates(String text, String expected) {
        assertThat(DueDateParser.parse(SheetCell.text(text))).isEqualTo(java.time.LocalDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"29/02/2026", "31/04/2026", "0/11/2026"})
    void dueDatesThatDoNotExist(String text) {
        assertThatThrownBy(() -> DueDateParser.parse(SheetCell.text(text)))
                .hasMessage("la fecha «" + text + "» no existe en el calendario");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Contrato|CONTRACT",
                "CONTRATO|CONTRACT",
                "Período|PERIOD",
                "NUMERO DE FACTURA O PAGO|NUMBER",
                "Número de factura|NUMBER",
                "¿Está obligado a facturar electrónicamente?|ELECTRONIC_INVOICE",
                "valor_neto|NET_VALUE",
                "Valor-Total|TOTAL_VALUE",
                "Fecha de Vencimiento|DUE_DATE",
                "cufe|CUFE",
                "Soportes (.zip o carpeta)|SUPPORTS",
                "Valor neto ($)|NET_VALUE",
                "correo_supervisor|SUPERVISOR_EMAIL",
                "EMPRESA|COMPANY",
                "Valor|"
            })
    void columnTitles(String title, Column expected) {
        assertThat(Column.forHeader(title)).isEqualTo(Optional.ofNullable(expected));
    }
}
