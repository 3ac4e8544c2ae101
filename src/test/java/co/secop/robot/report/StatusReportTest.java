package co.secop.robot.report;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.RequestState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusReportTest {

    @Test
    void totalsByStateInThePortalsOrderAndWhatToDoWithARejection() {
        StatusReport report = new StatusReport(
                List.of(
                        request("PP-1", "Pagado", "3.500.000,00 COP", false, null),
                        request("PP-2", "Rechazado", "3.000.000,00 COP", true, "Falta la firma."),
                        request("PP-3", "Pagado", "1.000.000,50 COP", false, null),
                        request("PP-4", "Pendiente", "", false, null)),
                "./secop cargar 'mis pagos.xlsx'");

        assertThat(report.totals())
                .containsExactly(
                        new StatusReport.Total("Pendiente", 1, BigDecimal.ZERO),
                        new StatusReport.Total("Pagado", 2, new BigDecimal("4500000.50")),
                        new StatusReport.Total("Rechazado", 1, new BigDecimal("3000000.00")));
        assertThat(report.text())
                .contains("nuevo: Rechazado")
                .contains("    Motivo de la entidad: Falta la firma.\n")
                .contains("    Qué hacer: Corrija en su hoja la fila del pago 011 según el motivo y ejecute: "
                        + "./secop cargar 'mis pagos.xlsx'")
                .contains("  Pagado: 2 solicitudes, 4.500.000,50 COP")
                .contains("1 solicitud cambió desde la última consulta");
    }

    private static RequestState request(String id, String state, String value, boolean news, String reason) {
        return new RequestState(
                "CPS-2026-0101",
                "",
                id,
                "011",
                "Solicitud de pago",
                value,
                state,
                Optional.empty(),
                Optional.ofNullable(reason),
                Optional.empty(),
                news);
    }
}
