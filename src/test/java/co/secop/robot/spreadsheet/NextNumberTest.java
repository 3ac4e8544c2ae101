package co.secop.robot.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NextNumberTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "011|012",
                "CC-07|CC-08",
                "2026-11|2026-12",
                "099|100",
                "9|10",
                "CUENTA DE COBRO No. 1|CUENTA DE COBRO No. 2",
                "CC-2026-07 (informe)|CC-2026-08 (informe)",
                "FE-2026-118|FE-2026-119"
            })
    void followsTheRowsOwnPattern(String number, String expected) {
        assertThat(NextNumber.after(number, YearMonth.of(2026, 11))).contains(expected);
    }

    @Test
    void aNumberThatIsTheMonthMovesToJanuary() {
        assertThat(NextNumber.after("2026-12", YearMonth.of(2026, 12))).contains("2027-01");
    }

    @Test
    void withoutDigitsThereIsNoPattern() {
        assertThat(NextNumber.after("Cuenta de cobro", YearMonth.of(2026, 11))).isEmpty();
    }
}
