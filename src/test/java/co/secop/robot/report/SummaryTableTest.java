package co.secop.robot.report;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.PortalPayment;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.portal.ShownPlanilla;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void showsOneLinePerRowInOrderAndTheCounters() {
        String table = SummaryTable.render(Outcomes.sample(false));
        List<String> lines = table.lines().toList();

        assertThat(lines.get(1)).contains("Fila", "Contrato", "Número", "Estado", "Mensaje");
        assertThat(lines.get(3))
                .contains("3", "CPS-2026-0101", "FE-3", "Enviado", "Solicitud enviada a la entidad estatal.");
        assertThat(lines.get(4)).contains("4", "Inválido", "Falta el contrato.");
        assertThat(lines.get(5)).contains("5", "CPS-2026-0202", "Fallido", "El valor total supera");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("Enviados: 1 · Corregidos: 0 · Ya radicados: 0 · Ensayo: 0 · Fallidos: 1 · Inválidos: 1");
    }

    @Test
    void linesOfTheTableAreAligned() {
        List<String> lines = SummaryTable.render(Outcomes.sample(false)).lines().toList();
        List<String> tableLines = lines.subList(0, lines.size() - 1);
        int width = tableLines.get(0).codePointCount(0, tableLines.get(0).length());
        assertThat(tableLines)
                .allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isEqualTo(width));
    }

    @Test
    void truncatesLongMessagesOnOneLine() {
        String table = SummaryTable.render(Outcomes.sample(false), 30);
        assertThat(table).contains("El valor total supera el…").doesNotContain("Revise el valor");
        assertThat(SummaryTable.fit("uno\ndos\tTres", 40)).isEqualTo("uno dos Tres");
        assertThat(SummaryTable.fit("abcdefghijklmnop", 10))
                .isEqualTo("abcdefghi…")
                .hasSize(10);
        assertThat(SummaryTable.fit(null, 10)).isEmpty();
    }

    @Test
    void afterTheTableEachUnfinishedRowsWholeMessageIsPrintedOnceWrappedToTheWidth() {
        BatchSummary summary = new BatchSummary(
                Path.of("x.xlsx"),
                Outcomes.HEADERS,
                "u",
                "p",
                false,
                Outcomes.START,
                Outcomes.START,
                List.of(Outcomes.sent(2), Outcomes.failed(3), Outcomes.failed(4), Outcomes.invalid(5)));

        String messages = SummaryTable.unfinishedMessages(summary, 40);

        assertThat(messages.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
        assertThat(messages.replaceAll("\\s+", " "))
                .isEqualTo("Lo que falta por hacer: - Filas 3, 4: El valor total supera el saldo por pagar del"
                        + " contrato (5.000.000 COP). Revise el valor. - Fila 5: Falta el contrato. ");
        assertThat(messages).doesNotContain("Solicitud enviada");
        assertThat(SummaryTable.unfinishedMessages(
                        new BatchSummary(
                                Path.of("x.xlsx"),
                                Outcomes.HEADERS,
                                "u",
                                "p",
                                false,
                                Outcomes.START,
                                Outcomes.START,
                                List.of(Outcomes.sent(2))),
                        80))
                .isEmpty();
    }

    @Test
    void saysSoWhenThereAreNoRows() {
        BatchSummary empty = new BatchSummary(
                Path.of("x.xlsx"), List.of(), "u", "p", false, Outcomes.START, Outcomes.START, List.of());
        assertThat(SummaryTable.render(empty))
                .contains("(la hoja no tenía filas)")
                .contains("Enviados: 0 · Corregidos: 0");
    }

    @Test
    void listsThePlanillaOfEachRowAsSecopShowedIt() {
        RowOutcome sent = Outcomes.sent(6);
        PortalPayment shown = new PortalPayment(
                        "el detalle de la solicitud",
                        "7784304-1",
                        "011",
                        Optional.of(false),
                        "",
                        "3.500.000,00",
                        "3.500.000,00",
                        "",
                        "",
                        List.of(),
                        "Enviado a la entidad estatal")
                .withPlanillas(
                        List.of(new ShownPlanilla("9523456711", "05/11/2026", "Consulta exitosa", "1.400.000,00 COP")));
        RowOutcome withPlanilla = new RowOutcome(
                sent.rowNumber(),
                "CPS-2026-0104",
                "011",
                sent.inputValues(),
                sent.status(),
                sent.message(),
                sent.paymentId(),
                sent.portalState(),
                sent.finishedAt(),
                sent.took(),
                sent.evidence(),
                sent.steps(),
                Optional.of(shown));
        BatchSummary summary = new BatchSummary(
                Path.of("x.xlsx"),
                Outcomes.HEADERS,
                "u",
                "p",
                false,
                Outcomes.START,
                Outcomes.START,
                List.of(Outcomes.sent(2), withPlanilla));

        assertThat(SummaryTable.planillas(summary, 200))
                .isEqualTo("Planilla de seguridad social en SECOP II:" + System.lineSeparator()
                        + "- Fila 6 · CPS-2026-0104 · 011: 9523456711 del 05/11/2026: Consulta exitosa, IBC"
                        + " 1.400.000,00 COP" + System.lineSeparator());
        assertThat(SummaryTable.planillas(Outcomes.sample(false), 80)).isEmpty();
    }
}
