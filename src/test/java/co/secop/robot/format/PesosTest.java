package co.secop.robot.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PesosTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "$ 3.500.000        | 3500000.00",
                "3.500.000,00       | 3500000.00",
                "3500000            | 3500000.00",
                "3500000,5          | 3500000.50",
                "3500000.50         | 3500000.50",
                "42.000.000 COP     | 42000000.00",
                "3.500.000 cop      | 3500000.00",
                "1.234.567,89 COP   | 1234567.89",
                "'  $3.000.000  '   | 3000000.00"
            })
    void readsWhatContractorsWrite(String text, BigDecimal expected) {
        assertThat(Pesos.parse(text)).isEqualByComparingTo(expected).hasScaleOf(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "3,500,000", "3.500.00", "12,345.6", "-3.000", "3.5.0", "1,234"})
    void refusesWhatIsNotAPesoAmount(String text) {
        assertThatThrownBy(() -> Pesos.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void explainsEmptyAndNegativeValuesInSpanish() {
        assertThatThrownBy(() -> Pesos.parse(" ")).hasMessage("el valor está vacío");
        assertThatThrownBy(() -> Pesos.parse("-5")).hasMessageContaining("es negativo");
    }

    @Test
    void formatsAsThePortalShowsMoney() {
        BigDecimal value = new BigDecimal("1234567.5");
        assertThat(Pesos.input(value)).isEqualTo("1.234.567,50");
        assertThat(Pesos.display(value)).isEqualTo("1.234.567,50 COP");
        assertThat(Pesos.list(new BigDecimal("42000000"))).isEqualTo("42.000.000 COP");
        assertThat(Pesos.input(BigDecimal.ZERO)).isEqualTo("0,00");
    }
}
