package co.secop.robot.report;

import static co.secop.robot.report.HtmlReport.esc;

import co.secop.robot.trace.TraceFile;
import co.secop.robot.trace.TraceRow;
import co.secop.robot.trace.TraceStep;
import java.nio.file.Path;
import java.util.List;

/**
 * In a replay's report: the original run's steps of the row and the replay's, side by side, step by step,
 * so support sees where the two runs parted. The original's files live in {@code original/}.
 */
final class ReplayComparison {

    private ReplayComparison() {}

    static void append(StringBuilder html, TraceRow original, TraceRow replay, Path folder) {
        html.append("<h4>Ejecución original y reproducción, paso a paso</h4>\n<div class=\"table-wrap\">")
                .append(
                        "<table class=\"rows compare\">\n<thead><tr><th>Paso</th><th>Original</th><th>Reproducción</th>")
                .append("</tr></thead>\n<tbody>\n");
        int steps = Math.max(original.steps().size(), replay.steps().size());
        for (int i = 0; i < steps; i++) {
            TraceStep before = i < original.steps().size() ? original.steps().get(i) : null;
            TraceStep now = i < replay.steps().size() ? replay.steps().get(i) : null;
            boolean same = before != null && now != null && before.text().equals(now.text());
            html.append("<tr class=\"")
                    .append(same ? "ok" : "attention")
                    .append("\"><td class=\"num\">")
                    .append(i + 1)
                    .append("</td><td>");
            cell(html, before, folder, TraceFile.ORIGINAL + "/");
            html.append("</td><td>");
            cell(html, now, folder, "");
            html.append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n");
    }

    private static void cell(StringBuilder html, TraceStep step, Path folder, String prefix) {
        if (step == null) {
            html.append("<span class=\"empty\">(sin este paso)</span>");
            return;
        }
        html.append("<div><strong>")
                .append(esc(ReportText.time(step.at())))
                .append("</strong> · ")
                .append(esc(step.text()))
                .append("</div>");
        html.append("<div class=\"trace-url\">").append(esc(step.url())).append("</div>");
        if (step.screenshot() != null) {
            String href = esc(ReportText.href(folder, Path.of(prefix + step.screenshot())));
            html.append("<a href=\"").append(href).append("\" target=\"_blank\">Captura</a>");
        }
        if (step.page() != null) {
            html.append(" · <a href=\"")
                    .append(esc(ReportText.href(folder, Path.of(prefix + step.page()))))
                    .append("\" target=\"_blank\">HTML</a>");
        }
    }

    static List<TraceRow> originals(Path folder) {
        return folder == null
                ? List.of()
                : TraceFile.read(folder.resolve(TraceFile.ORIGINAL)).orElse(List.of());
    }
}
