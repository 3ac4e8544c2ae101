package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalStatesTest {

    @Test
    void englishAndCodesBecomeSpanish() {
        assertThat(PortalStates.normalizePayment("Sent")).isEqualTo("Enviado a la entidad estatal");
        assertThat(PortalStates.normalizePayment("Rejected")).isEqualTo("Rechazado");
        assertThat(PortalStates.normalizePayment("Accepted")).isEqualTo("Aceptada");
        assertThat(PortalStates.normalizePayment("Paid")).isEqualTo("Pagado");
        assertThat(PortalStates.normalizePayment("Draft")).isEqualTo("Borrador");
        assertThat(PortalStates.normalizePayment("InEdition")).isEqualTo("En edición");
        assertThat(PortalStates.normalizePayment("Pending")).isEqualTo("Pendiente");
    }

    @Test
    void spanishIsKeptAndCanonicalised() {
        assertThat(PortalStates.normalizePayment("  Enviado a la entidad  estatal "))
                .isEqualTo("Enviado a la entidad estatal");
        assertThat(PortalStates.normalizePayment("En edicion")).isEqualTo("En edición");
        assertThat(PortalStates.normalizePayment("Enviado por el Proveedor")).isEqualTo("Enviado a la entidad estatal");
        assertThat(PortalStates.isSpanishPayment("Borrador")).isTrue();
        assertThat(PortalStates.isSpanishPayment("Draft")).isFalse();
        assertThat(PortalStates.normalizePayment("Algo nuevo")).isEqualTo("Algo nuevo");
    }

    @Test
    void contractStates() {
        assertThat(PortalStates.normalizeContract("Terminated")).isEqualTo("Terminado");
        assertThat(PortalStates.normalizeContract("En ejecución")).isEqualTo("En ejecución");
        assertThat(PortalStates.isUntranslatedContract("InExecution")).isTrue();
        assertThat(PortalStates.isUntranslatedContract("Terminado")).isFalse();
    }

    @Test
    void sectionsMatchByLabelIgnoringNumbersAndCase() {
        assertThat(ContractDetailPage.sameSection("7 Ejecución del Contrato", "Ejecución del Contrato"))
                .isTrue();
        assertThat(ContractDetailPage.sameSection("Ejecución del contrato", "Ejecución del Contrato"))
                .isTrue();
        assertThat(ContractDetailPage.sameSection("Modificaciones del Contrato", "Ejecución del Contrato"))
                .isFalse();
    }
}
