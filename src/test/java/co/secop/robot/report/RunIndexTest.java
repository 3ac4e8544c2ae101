package co.secop.robot.report;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunIndexTest {

    @Test
    void listsEveryRunNewestFirstWithItsCountsAndALink(@TempDir Path base) throws IOException {
        BatchSummary older = ContractorReportTest.summary();
        RunFolder first = RunFolder.create(null, base, older.startedAt());
        RunIndex.writeRunSummary(first, older);
        BatchSummary newer = new BatchSummary(
                older.inputFile(),
                older.headers(),
                older.portalUrl(),
                older.user(),
                true,
                older.startedAt().plusDays(1),
                older.finishedAt().plusDays(1),
                older.outcomes().subList(0, 1));
        RunFolder second = RunFolder.create(null, base, newer.startedAt());
        RunIndex.writeRunSummary(second, newer);
        Path noSummary = Files.createDirectories(base.resolve("2026-10-01_08-00-00"));
        Files.writeString(noSummary.resolve(RunFolder.HTML_REPORT), "<html></html>");
        Files.createDirectories(base.resolve("diarios"));

        Path index = RunIndex.update(base);

        assertThat(index).isEqualTo(base.resolve("index.html"));
        Document page = Jsoup.parse(Files.readString(index));
        List<Element> rows = page.select("table.runs tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).text()).startsWith("01/12/2026 09:00:00 Ensayo pagos noviembre.xlsx 1 0 0");
        assertThat(rows.get(0).selectFirst("a").attr("href")).isEqualTo("2026-12-01_09-00-00/reporte.html");
        assertThat(rows.get(1).text())
                .startsWith("30/11/2026 09:00:00 pagos noviembre.xlsx 1 1 1 0 2 0 1 1")
                .contains("$ 5.165.000,50");
        assertThat(rows.get(1).hasClass("attention")).isTrue();
        assertThat(rows.get(2).selectFirst("a").attr("href")).isEqualTo("2026-10-01_08-00-00/reporte.html");
        assertThat(page.select("table.runs thead th").eachText())
                .contains("Enviado", "Fallido", "Planilla pendiente", "Total radicado");
    }

    @Test
    void anEmptyFolderSaysSo(@TempDir Path base) throws IOException {
        assertThat(Files.readString(RunIndex.update(base))).contains("Todavía no hay ejecuciones.");
    }
}
