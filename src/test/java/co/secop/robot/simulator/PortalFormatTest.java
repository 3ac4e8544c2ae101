package co.secop.robot.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The simulator's own money and date formats, checked against literal strings of docs/portal.md §12. */
class PortalFormatTest {

    @Test
    void moneyIsWrittenWithDotThousandsCommaDecimalsAndCop() {
        assertThat(PortalFormat.money(new BigDecimal("1234567"))).isEqualTo("1.234.567,00 COP");
        assertThat(PortalFormat.money(new BigDecimal("476446290"))).isEqualTo("476.446.290,00 COP");
        assertThat(PortalFormat.money(BigDecimal.ZERO)).isEqualTo("0,00 COP");
        assertThat(PortalFormat.money(new BigDecimal("999.5"))).isEqualTo("999,50 COP");
        assertThat(PortalFormat.moneyInput(new BigDecimal("3500000"))).isEqualTo("3.500.000,00");
        assertThat(PortalFormat.listMoney(new BigDecimal("21251249"))).isEqualTo("21.251.249 COP");
        assertThat(PortalFormat.listMoney(new BigDecimal("1013175000.40"))).isEqualTo("1.013.175.000 COP");
    }

    @Test
    void moneyTypedByAPersonIsRead() {
        assertThat(PortalFormat.parseMoney("3.500.000,00")).isEqualByComparingTo("3500000");
        assertThat(PortalFormat.parseMoney("$ 3.500.000 COP")).isEqualByComparingTo("3500000");
        assertThat(PortalFormat.parseMoney("3500000,5")).isEqualByComparingTo("3500000.5");
        assertThat(PortalFormat.parseMoney("3500000.50")).isEqualByComparingTo("3500000.5");
        assertThatThrownBy(() -> PortalFormat.parseMoney("3,500,000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortalFormat.parseMoney("1,234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortalFormat.parseMoney("-5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortalFormat.parseMoney(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesAreShownAndTypedLikeThePortal() {
        assertThat(PortalFormat.dateTime(LocalDateTime.of(2025, 7, 1, 12, 0))).isEqualTo("1/07/2025 12:00:00 PM");
        assertThat(PortalFormat.dateTime(LocalDateTime.of(2026, 4, 15, 11, 59, 59)))
                .isEqualTo("15/04/2026 11:59:59 AM");
        assertThat(PortalFormat.date(LocalDate.of(2026, 11, 30))).isEqualTo("30/11/2026");
        assertThat(PortalFormat.dateInput(LocalDateTime.of(2026, 11, 30, 23, 59)))
                .isEqualTo("30/11/2026 23:59");
        assertThat(PortalFormat.parseDateInput("01/02/2026 07:05")).isEqualTo(LocalDateTime.of(2026, 2, 1, 7, 5));
        assertThatThrownBy(() -> PortalFormat.parseDateInput("31/02/2026 10:00"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PortalFormat.ZONE_LABEL).isEqualTo("((UTC-05:00) Bogotá, Lima, Quito)");
    }
}
