package co.secop.robot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path dir;

    private String writeAndRead(boolean dryRun) throws Exception {
        Path file = dir.resolve("reporte.html");
        HtmlReport.write(file, Outcomes.sample(dryRun));
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void isASelfContainedSpanishPage() throws Exception {
        String html = writeAndRead(false);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains(
                        "<html lang=\"es\">",
                        "<meta charset=\"utf-8\">",
                        "<title>Reporte de radicación en SECOP II</title>",
                        "<style>");
        assertThat(html).doesNotContain("<link", "<script", "http://cdn", "https://", "@import");
    }

    @Test
    void showsRunInfoAndCounters() throws Exception {
        String html = writeAndRead(false);
        assertThat(html)
                .contains(
                        "pagos marzo.xlsx",
                        "http://127.0.0.1:8080/STS/Users/Login/Index",
                        "contratista.demo",
                        "15/03/2026 10:00:00",
                        "15/03/2026 10:03:12",
                        "3 min 12 s");
        assertThat(html)
                .contains(
                        "<span class=\"n\">1</span><span class=\"l\">Enviado</span>",
                        "<span class=\"n\">1</span><span class=\"l\">Fallido</span>",
                        "<span class=\"n\">0</span><span class=\"l\">Corregido y reenviado</span>",
                        "<span class=\"n\">3</span><span class=\"l\">Total de filas</span>");
        assertThat(html).contains("2 filas necesitan su atención").doesNotContain("Ensayo: no se envió nada");
    }

    @Test
    void listsTheRowsInOrderWithSpanishStatuses() throws Exception {
        String html = writeAndRead(false);
        assertThat(html)
                .contains(
                        "<span class=\"pill st-sent\">Enviado</span>",
                        "<span class=\"pill st-failed\">Fallido</span>",
                        "<span class=\"pill st-invalid\">Inválido</span>",
                        "CPS-2026-0101",
                        "FE-3",
                        "PP-7784301-3",
                        "Enviado a la entidad estatal",
                        "10:01:00",
                        "El valor total supera el saldo por pagar del contrato (5.000.000 COP).");
        assertThat(html.indexOf("href=\"#fila-3\"")).isLessThan(html.indexOf("href=\"#fila-4\""));
        assertThat(html.indexOf("href=\"#fila-4\"")).isLessThan(html.indexOf("href=\"#fila-5\""));
        assertThat(html).contains("id=\"fila-3\"", "id=\"fila-4\"", "id=\"fila-5\"");
    }

    @Test
    void showsStepsAsATimelineAndEvidenceRelatively() throws Exception {
        String html = writeAndRead(false);
        assertThat(html)
                .contains(
                        "<ol class=\"timeline\">",
                        "<li>Abrió el contrato CPS-2026-0101</li>",
                        "<li>Envió la solicitud</li>");
        assertThat(html)
                .contains(
                        "<a href=\"evidencias/fila-3%20enviada.png\" target=\"_blank\"",
                        "<img src=\"evidencias/fila-3%20enviada.png\"",
                        "<img src=\"evidencias/fila-5-error.png\"",
                        "<a href=\"evidencias/fila-3.html\" target=\"_blank\">fila-3.html</a>");
        assertThat(html).doesNotContain(dir.toString());
    }

    @Test
    void escapesWhatTheUserTyped() throws Exception {
        String html = writeAndRead(false);
        assertThat(html)
                .doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;comillas&quot;");
    }

    @Test
    void dryRunHasABanner() throws Exception {
        assertThat(writeAndRead(true)).contains("Ensayo: no se envió nada");
    }

    @Test
    void escapeHandlesTheFiveSpecialCharacters() {
        assertThat(HtmlText.escape("a & b < c > d \" e ' f")).isEqualTo("a &amp; b &lt; c &gt; d &quot; e &#39; f");
        assertThat(HtmlText.escape(null)).isEmpty();
    }

    @Test
    void refusesInSpanishWhenTheFolderIsMissing() {
        assertThatThrownBy(() -> HtmlReport.write(dir.resolve("no/reporte.html"), Outcomes.sample(false)))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("No se pudo escribir el reporte");
    }
}
