package co.secop.robot.report;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sample results for the report tests. */
final class Outcomes {

    static final LocalDateTime START = LocalDateTime.of(2026, 3, 15, 10, 0, 0);
    static final List<String> HEADERS = List.of("Contrato", "Número de factura", "Valor total", "Notas");
    static final String SCRIPT_NOTE = "<script>alert('x')</script> & \"comillas\"";

    private Outcomes() {}

    static BatchSummary sample(boolean dryRun) {
        return new BatchSummary(
                Path.of("pagos marzo.xlsx"),
                HEADERS,
                "http://127.0.0.1:8080/STS/Users/Login/Index",
                "contratista.demo",
                dryRun,
                START,
                START.plusMinutes(3).plusSeconds(12),
                List.of(failed(5), sent(3), invalid(4)));
    }

    static RowOutcome sent(int row) {
        return new RowOutcome(
                row,
                "CPS-2026-0101",
                "FE-" + row,
                Map.of(
                        "Contrato",
                        "CPS-2026-0101",
                        "Número de factura",
                        "FE-" + row,
                        "Valor total",
                        "3.500.000",
                        "Notas",
                        SCRIPT_NOTE),
                RowStatus.SENT,
                "Solicitud enviada a la entidad estatal.",
                Optional.of("PP-7784301-" + row),
                Optional.of("Enviado a la entidad estatal"),
                START.plusMinutes(1),
                Duration.ofSeconds(42),
                List.of(
                        Path.of("evidencias/fila-" + row + " enviada.png"),
                        Path.of("evidencias/fila-" + row + ".html")),
                List.of("Abrió el contrato CPS-2026-0101", "Llenó el formulario", "Envió la solicitud"));
    }

    static RowOutcome failed(int row) {
        return new RowOutcome(
                row,
                "CPS-2026-0202",
                "FE-" + row,
                Map.of("Contrato", "CPS-2026-0202", "Número de factura", "FE-" + row, "Valor total", "9.000.000"),
                RowStatus.FAILED,
                "El valor total supera el saldo por pagar del contrato (5.000.000 COP).\nRevise el valor.",
                Optional.empty(),
                Optional.of("Borrador"),
                START.plusMinutes(2),
                Duration.ofMillis(65_300),
                List.of(Path.of("evidencias/fila-" + row + "-error.png")),
                List.of("Abrió el contrato CPS-2026-0202", "El portal rechazó el formulario"));
    }

    static RowOutcome invalid(int row) {
        return new RowOutcome(
                row,
                "",
                "",
                Map.of("Contrato", "", "Número de factura", ""),
                RowStatus.INVALID,
                "Falta el contrato.",
                Optional.empty(),
                Optional.empty(),
                START.plusMinutes(3),
                Duration.ZERO,
                List.of(),
                List.of());
    }
}
