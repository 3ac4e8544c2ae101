package co.secop.robot.report;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.spreadsheet.Column;
import co.secop.robot.trace.TraceFile;
import co.secop.robot.trace.TraceRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code reporte.html}: one self-contained Spanish page (inline CSS, no scripts, nothing fetched from the
 * network) that tells the contractor what happened to each row, with its steps and evidence.
 * Evidence is linked relative to the page, so the run folder can be copied or zipped whole.
 */
public final class HtmlReport {

    public static final String TITLE = "Reporte de radicación en SECOP II";

    private HtmlReport() {}

    /**
     * Writes the page (replacing an older one). Evidence paths are taken relative to the page's folder.
     *
     * @throws ReportException (Spanish message) when the file cannot be written
     */
    public static void write(Path file, BatchSummary summary) {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            String html = render(summary, folder);
            temp = Files.createTempFile(folder, ".reporte-", ".html.tmp");
            Files.writeString(temp, html, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw new ReportException(
                    "No se pudo escribir el reporte «" + file.toAbsolutePath() + "» (" + RunFolder.reason(e) + ").", e);
        }
    }

    /** The page's HTML; {@code reportFolder} (may be null) turns absolute evidence paths into relative links. */
    public static String render(BatchSummary summary, Path reportFolder) {
        List<RowOutcome> outcomes = summary.outcomes().stream()
                .sorted(Comparator.comparingInt(RowOutcome::rowNumber))
                .toList();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(TITLE)
                .append("</title>\n<style>\n")
                .append(ReportStyle.CSS)
                .append("</style>\n</head>\n<body>\n<main class=\"page\">\n");
        html.append("<header class=\"top\"><h1>")
                .append(TITLE)
                .append("</h1>")
                .append("<p class=\"subtitle\">Lo que hizo el robot con cada fila de su hoja de pagos.</p></header>\n");
        if (summary.dryRun()) {
            html.append(
                            "<div class=\"banner dry\"><strong>Ensayo: no se envió nada.</strong> El robot revisó la hoja y ")
                    .append("recorrió el portal, pero no confirmó ni envió ninguna solicitud de pago.</div>\n");
        }
        verdict(html, summary);
        runInfo(html, summary);
        counters(html, summary);
        rowsTable(html, summary, outcomes, reportFolder);
        details(html, summary, outcomes, reportFolder);
        html.append("<footer>Reporte generado por el robot de radicación en SECOP II. Los archivos de evidencia ")
                .append("están en la carpeta <code>evidencias/</code> junto a este reporte; el detalle técnico, ")
                .append("en <code>robot.log</code>.</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void verdict(StringBuilder html, BatchSummary summary) {
        int total = summary.outcomes().size();
        long notOk = summary.outcomes().stream()
                .filter(o -> o.status() == null || !o.status().ok())
                .count();
        if (total == 0) {
            html.append("<div class=\"verdict neutral\">La hoja no tenía filas de pago para radicar.</div>\n");
        } else if (notOk == 0 && summary.dryRun()) {
            html.append(
                    "<div class=\"verdict good\">Ensayo sin problemas: ninguna fila necesita correcciones.</div>\n");
        } else if (notOk == 0) {
            html.append("<div class=\"verdict good\">Todo salió bien: ")
                    .append(total == 1 ? "la fila quedó" : "las " + total + " filas quedaron")
                    .append(" sin pendientes.</div>\n");
        } else {
            html.append("<div class=\"verdict bad\">")
                    .append(notOk == 1 ? "1 fila necesita" : notOk + " filas necesitan")
                    .append(" su atención (de ")
                    .append(total)
                    .append("). Revise las marcadas como «")
                    .append(esc(RowStatus.FAILED.label()))
                    .append("» o «")
                    .append(esc(RowStatus.INVALID.label()))
                    .append(
                            summary.count(RowStatus.PLANILLA_PENDING) == 0
                                    ? ""
                                    : "» o «" + esc(RowStatus.PLANILLA_PENDING.label()))
                    .append("»: cada una dice qué pasó y, en «Qué hacer», el comando para seguir.</div>\n");
        }
    }

    private static void runInfo(StringBuilder html, BatchSummary summary) {
        html.append("<section class=\"card\"><h2>Datos de la ejecución</h2>\n<dl class=\"info\">\n");
        info(
                html,
                "wide",
                "Archivo",
                summary.inputFile() == null
                        ? ReportText.NONE
                        : summary.inputFile().toString());
        info(html, "wide", "Portal", ReportText.orEmpty(summary.portalUrl()));
        info(html, "Usuario", ReportText.orEmpty(summary.user()));
        info(html, "Inicio", ReportText.dateTime(summary.startedAt()));
        info(html, "Fin", ReportText.dateTime(summary.finishedAt()));
        info(html, "Duración", ReportText.duration(ReportText.between(summary.startedAt(), summary.finishedAt())));
        info(html, "Ensayo", summary.dryRun() ? "Sí: no se envió nada" : "No");
        html.append("</dl></section>\n");
    }

    private static void info(StringBuilder html, String label, String value) {
        info(html, null, label, value);
    }

    private static void info(StringBuilder html, String cssClass, String label, String value) {
        html.append(cssClass == null ? "<div>" : "<div class=\"" + cssClass + "\">")
                .append("<dt>")
                .append(esc(label))
                .append("</dt><dd>")
                .append(esc(value))
                .append("</dd></div>\n");
    }

    private static void counters(StringBuilder html, BatchSummary summary) {
        html.append("<section class=\"counters\" aria-label=\"Filas por estado\">\n");
        for (RowStatus status : RowStatus.values()) {
            long count = summary.count(status);
            html.append("<div class=\"counter ")
                    .append(cssClass(status))
                    .append(count == 0 ? " zero" : "")
                    .append("\"><span class=\"n\">")
                    .append(count)
                    .append("</span><span class=\"l\">")
                    .append(esc(status.label()))
                    .append("</span></div>\n");
        }
        html.append("<div class=\"counter total\"><span class=\"n\">")
                .append(summary.outcomes().size())
                .append("</span><span class=\"l\">Total de filas</span></div>\n");
        html.append("<div class=\"counter total money-total\"><span class=\"n\">")
                .append(esc(RowValues.pesosText(RowValues.totalFiled(summary))))
                .append("</span><span class=\"l\">")
                .append(ResultsWorkbook.TOTAL_FILED)
                .append("</span></div>\n</section>\n");
    }

    private static void rowsTable(StringBuilder html, BatchSummary summary, List<RowOutcome> outcomes, Path folder) {
        html.append("<section class=\"card\"><h2>Filas</h2>\n");
        if (outcomes.isEmpty()) {
            html.append("<p class=\"empty\">No hay filas.</p></section>\n");
            return;
        }
        html.append("<div class=\"table-wrap\"><table class=\"rows\">\n<thead><tr><th>Fila</th><th>Contrato</th>")
                .append("<th>Periodo</th><th>Número</th><th class=\"money\">Valor neto</th>")
                .append("<th class=\"money\">Valor total</th><th>Estado</th><th>Mensaje</th><th>Id de pago</th>")
                .append("<th>Estado en SECOP</th><th>Hora</th></tr></thead>\n<tbody>\n");
        for (RowOutcome o : outcomes) {
            Path receipt = folder == null ? null : Receipt.file(folder, o.rowNumber());
            String receiptLink = receipt != null && Files.isRegularFile(receipt)
                    ? "<br><a class=\"receipt\" href=\"" + esc(ReportText.href(folder, receipt.toAbsolutePath()))
                            + "\" target=\"_blank\">Comprobante (PDF)</a>"
                    : "";
            html.append("<tr class=\"")
                    .append(o.status() != null && o.status().ok() ? "ok" : "attention")
                    .append("\">")
                    .append("<td class=\"num\"><a href=\"#fila-")
                    .append(o.rowNumber())
                    .append("\">")
                    .append(o.rowNumber())
                    .append("</a></td>")
                    .append("<td class=\"nowrap\">")
                    .append(esc(ReportText.orNone(o.contract())))
                    .append("</td>")
                    .append("<td class=\"nowrap\">")
                    .append(esc(ReportText.orNone(RowValues.text(summary, o, Column.PERIOD))))
                    .append("</td>")
                    .append("<td class=\"nowrap\">")
                    .append(esc(ReportText.orNone(o.number())))
                    .append("</td>")
                    .append("<td class=\"money\">")
                    .append(esc(money(summary, o, Column.NET_VALUE)))
                    .append("</td>")
                    .append("<td class=\"money\">")
                    .append(esc(money(summary, o, Column.TOTAL_VALUE)))
                    .append("</td>")
                    .append("<td>")
                    .append(pill(o.status()))
                    .append(receiptLink)
                    .append("</td>")
                    .append("<td class=\"msg\">")
                    .append(esc(o.message()))
                    .append("</td>")
                    .append("<td class=\"nowrap\">")
                    .append(esc(ReportText.orNone(o.paymentId())))
                    .append("</td>")
                    .append("<td>")
                    .append(esc(ReportText.orNone(o.portalState())))
                    .append("</td>")
                    .append("<td class=\"time\">")
                    .append(esc(ReportText.time(o.finishedAt())))
                    .append("</td></tr>\n");
        }
        long filed = summary.outcomes().stream().filter(RowValues::filedNow).count();
        html.append("</tbody>\n<tfoot><tr><th colspan=\"5\">")
                .append(ResultsWorkbook.TOTAL_FILED)
                .append(" (")
                .append(filed)
                .append(filed == 1 ? " fila enviada" : " filas enviadas")
                .append(")</th><td class=\"money total-filed\">")
                .append(esc(RowValues.pesosText(RowValues.totalFiled(summary))))
                .append("</td><td colspan=\"5\"></td></tr>\n");
        if (summary.dryRun()) {
            html.append("<tr><th colspan=\"5\">")
                    .append(ResultsWorkbook.TOTAL_READY)
                    .append("</th><td class=\"money\">")
                    .append(esc(RowValues.pesosText(RowValues.totalReady(summary))))
                    .append("</td><td colspan=\"5\"></td></tr>\n");
        }
        html.append("</tfoot></table></div></section>\n");
    }

    /** The value as the contractor wrote it, tidied to {@code $ 3.500.000} when it reads as pesos. */
    private static String money(BatchSummary summary, RowOutcome o, Column column) {
        String text = RowValues.text(summary, o, column);
        return RowValues.pesos(text).map(RowValues::pesosText).orElse(ReportText.orNone(text));
    }

    private static void details(StringBuilder html, BatchSummary summary, List<RowOutcome> outcomes, Path folder) {
        if (outcomes.isEmpty()) {
            return;
        }
        html.append("<section><h2>Detalle por fila</h2>\n");
        Optional<List<TraceRow>> traced = folder == null ? Optional.empty() : TraceFile.read(folder);
        List<TraceRow> traces = traced.orElse(List.of());
        List<TraceRow> originals = ReplayComparison.originals(folder);
        for (RowOutcome o : outcomes) {
            Optional<TraceRow> trace =
                    traces.stream().filter(t -> t.rowNumber() == o.rowNumber()).findFirst();
            Optional<TraceRow> original = originals.stream()
                    .filter(t -> t.rowNumber() == o.rowNumber())
                    .findFirst();
            Optional<NextStep> next = NextStep.of(o, summary.inputFile(), folder, traced.isPresent());
            RowDetail.append(html, summary, o, folder, trace, original, next);
        }
        html.append("</section>\n");
    }

    static String pill(RowStatus status) {
        if (status == null) {
            return "<span class=\"pill\">" + ReportText.NONE + "</span>";
        }
        return "<span class=\"pill " + cssClass(status) + "\">" + esc(status.label()) + "</span>";
    }

    static String cssClass(RowStatus status) {
        return "st-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String esc(String text) {
        return HtmlText.escape(text);
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the real error is reported by the caller
        }
    }
}
