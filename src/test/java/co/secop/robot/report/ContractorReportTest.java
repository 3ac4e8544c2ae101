package co.secop.robot.report;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** reporte.html as the contractor reads it: the money, the state of each row, and what to do about failures. */
class ContractorReportTest {

    static final LocalDateTime START = LocalDateTime.of(2026, 11, 30, 9, 0);
    static final List<String> HEADERS =
            List.of("Contrato", "PERIODO", "Número de factura o pago", "valor neto", "Valor Total", "Soportes");
    static final Path SHEET = Path.of("/home/juana/pagos noviembre.xlsx");

    static RowOutcome row(int n, RowStatus status, String message, String net, String total) {
        return new RowOutcome(
                n,
                "CPS-2026-0101",
                "00" + n,
                Map.of(
                        "Contrato",
                        "CPS-2026-0101",
                        "PERIODO",
                        "Noviembre 2026",
                        "Número de factura o pago",
                        "00" + n,
                        "valor neto",
                        net,
                        "Valor Total",
                        total,
                        "Soportes",
                        "soportes.zip"),
                status,
                message,
                status.ok() ? Optional.of("PP-" + n) : Optional.empty(),
                Optional.of("Enviado a la entidad estatal"),
                START.plusMinutes(n),
                Duration.ofSeconds(20),
                List.of(Path.of("evidencias/fila-" + n + ".png")),
                List.of("Abrió el contrato"));
    }

    static BatchSummary summary() {
        return new BatchSummary(
                SHEET,
                HEADERS,
                "http://127.0.0.1:8080/STS/Users/Login/Index",
                "contratista.demo",
                false,
                START,
                START.plusMinutes(10),
                List.of(
                        row(2, RowStatus.SENT, "Enviado.", "$ 3.500.000", "4.165.000"),
                        row(3, RowStatus.CORRECTED, "Corrección enviada.", "1000000", "1.000.000,50"),
                        row(4, RowStatus.ALREADY_FILED, "Ya estaba enviado.", "2000000", "2000000"),
                        row(5, RowStatus.INVALID, "Fila 5, columna «CUFE»: falta el CUFE.", "1", "1"),
                        row(6, RowStatus.FAILED, "SECOP II siguió fallando durante 5 min.", "1", "1"),
                        row(
                                7,
                                RowStatus.FAILED,
                                "No se encontró el contrato CPS-2026-0999 en «Mis contratos».",
                                "1",
                                "1"),
                        row(8, RowStatus.INTERRUPTED, "Detenido con Ctrl+C.", "1", "1")));
    }

    private static Document render() {
        return Jsoup.parse(HtmlReport.render(summary(), null));
    }

    @Test
    void eachRowShowsPeriodValuesAndState() {
        Document page = render();
        List<String> titles = page.select("table.rows thead th").eachText();
        assertThat(titles)
                .containsSubsequence("Fila", "Contrato", "Periodo", "Número", "Valor neto", "Valor total", "Estado");
        Element sent = page.select("table.rows tbody tr").first();
        assertThat(sent.select("td").eachText())
                .containsSubsequence(
                        "2", "CPS-2026-0101", "Noviembre 2026", "002", "$ 3.500.000", "$ 4.165.000", "Enviado");
    }

    @Test
    void theRunShowsTheTotalFiledFromTheRowsItSent() {
        Element foot = render().selectFirst("table.rows tfoot");
        assertThat(foot.text()).contains("Total radicado (2 filas enviadas)");
        // 4.165.000 + 1.000.000,50: the row already filed before and the failures do not count.
        assertThat(foot.selectFirst("td.total-filed").text()).isEqualTo("$ 5.165.000,50");
        // Also at the top, next to the counters, where a phone shows it without scrolling sideways.
        assertThat(render().selectFirst(".counters .money-total .n").text()).isEqualTo("$ 5.165.000,50");
    }

    @Test
    void everyRowThatNeedsTheContractorSaysWhatToDoWithACommandThatFits() {
        Document page = render();
        assertThat(page.select("#fila-2 .todo, #fila-3 .todo, #fila-4 .todo")).isEmpty();
        assertThat(commands(page, 5)).containsExactly("./secop validar '/home/juana/pagos noviembre.xlsx'");
        assertThat(commands(page, 6))
                .containsExactly(
                        "./secop estado '/home/juana/pagos noviembre.xlsx'",
                        "./secop cargar '/home/juana/pagos noviembre.xlsx'");
        assertThat(page.selectFirst("#fila-7 .todo").text()).contains("Qué hacer:", "número del contrato");
        assertThat(commands(page, 7)).containsExactly("./secop validar '/home/juana/pagos noviembre.xlsx'");
        assertThat(commands(page, 8)).containsExactly("./secop cargar '/home/juana/pagos noviembre.xlsx'");
    }

    @Test
    void aTracedRunAlsoOffersTheReplayForSupport() {
        RowOutcome failed = row(6, RowStatus.FAILED, "Error inesperado del portal.", "1", "1");
        NextStep step = NextStep.of(failed, SHEET, Path.of("/home/juana/resultados/2026-11-30_09-00-00"), true)
                .orElseThrow();
        assertThat(step.commands())
                .last()
                .isEqualTo("./secop reproducir /home/juana/resultados/2026-11-30_09-00-00 --fila 6");
    }

    @Test
    void theCommandsNameTheLauncherInUse() {
        System.setProperty(NextStep.LAUNCHER_PROPERTY, "secop.cmd");
        try {
            assertThat(commands(render(), 5)).containsExactly("secop.cmd validar \"/home/juana/pagos noviembre.xlsx\"");
        } finally {
            System.clearProperty(NextStep.LAUNCHER_PROPERTY);
        }
    }

    @Test
    void screenshotsOpenFullSizeAndThePageFitsAPhone() {
        Document page = render();
        Element full = page.selectFirst("#fila-2 figcaption a.full");
        assertThat(full.attr("href")).isEqualTo("evidencias/fila-2.png");
        assertThat(full.text()).isEqualTo("Ver en tamaño completo");
        assertThat(page.selectFirst("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(page.selectFirst("table.rows").parent().hasClass("table-wrap"))
                .isTrue();
        String css = page.selectFirst("style").data();
        assertThat(css)
                .contains(
                        ".table-wrap { overflow-x: auto; }",
                        "@media (max-width: 640px)",
                        ".info { grid-template-columns: 1fr; }");
    }

    private static List<String> commands(Document page, int row) {
        return page.select("#fila-" + row + " .todo pre.cmd").eachText();
    }
}
