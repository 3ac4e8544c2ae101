package co.secop.robot.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PortalDatesTest {

    @Test
    void showsDatesLikeThePortal() {
        assertThat(PortalDates.display(LocalDateTime.of(2025, 7, 1, 12, 0)))
                .isEqualTo("1/07/2025 12:00:00 PM ((UTC-05:00) Bogotá, Lima, Quito)");
        assertThat(PortalDates.displayDate(LocalDate.of(2026, 11, 30)))
                .isEqualTo("30/11/2026 ((UTC-05:00) Bogotá, Lima, Quito)");
        assertThat(PortalDates.input(LocalDateTime.of(2026, 11, 30, 23, 59))).isEqualTo("30/11/2026 23:59");
    }

    @Test
    void readsShownDatesWithZoneLabelsAndRelativePrefixes() {
        assertThat(PortalDates.parseDisplayed("15/04/2026 11:59:59 AM(UTC-05:00) Bogotá, Lima, Quito"))
                .contains(LocalDateTime.of(2026, 4, 15, 11, 59, 59));
        assertThat(PortalDates.parseDisplayed("6 días para terminar\n(1/07/2025 12:30:00 PM ((UTC-05:00) Bogotá)"))
                .contains(LocalDateTime.of(2025, 7, 1, 12, 30));
        assertThat(PortalDates.parseDisplayed("12/01/2026 12:05:00 AM")).contains(LocalDateTime.of(2026, 1, 12, 0, 5));
        assertThat(PortalDates.parseDisplayed("-")).isEmpty();
        assertThat(PortalDates.parseDisplayed("31/02/2026")).isEmpty();
    }

    @Test
    void inputIsStrict() {
        assertThat(PortalDates.parseInput("30/11/2026 23:59")).isEqualTo(LocalDateTime.of(2026, 11, 30, 23, 59));
        assertThatThrownBy(() -> PortalDates.parseInput("31/11/2026 10:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no es una fecha");
    }
}
