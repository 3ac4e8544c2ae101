package co.secop.robot.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthTextTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Noviembre 2026|Diciembre 2026",
                "noviembre de 2026|diciembre de 2026",
                "NOVIEMBRE DEL 2026|DICIEMBRE DEL 2026",
                "nov-2026|dic-2026",
                "11/2026|12/2026",
                "2026-11|2026-12",
                "01/11/2026|01/12/2026",
                "soportes/2026-11/informe.pdf|soportes/2026-12/informe.pdf",
                "soportes/cps-2026-0101-noviembre.zip|soportes/cps-2026-0101-diciembre.zip",
                "soportes/2026/noviembre|soportes/2026/diciembre",
                "Cuenta de cobro 011, noviembre de 2026|Cuenta de cobro 011, diciembre de 2026",
                "pago_202611.zip|pago_202612.zip"
            })
    void movesTheMonthWrittenAsItWas(String text, String expected) {
        assertThat(MonthText.shift(text, NOVEMBER)).contains(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Diciembre 2026|Enero 2027",
                "12/2026|01/2027",
                "2026-12|2027-01",
                "soportes/2026/diciembre|soportes/2027/enero",
                "DIC-2026|ENE-2027"
            })
    void decemberMovesToJanuaryOfTheNextYear(String text, String expected) {
        assertThat(MonthText.shift(text, DECEMBER)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "soportes/cps-2026-0103-pago-002",
                "FE-2026-118",
                "octubre de 2026",
                "noviembre de 2025",
                "2025-11",
                "CPS-2026-0111",
                "Pago 11 de 12",
                "novela"
            })
    void leavesAloneWhatDoesNotMentionTheMonth(String text) {
        assertThat(MonthText.shift(text, NOVEMBER)).isEmpty();
    }
}
