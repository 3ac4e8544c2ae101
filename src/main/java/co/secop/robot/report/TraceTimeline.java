package co.secop.robot.report;

import static co.secop.robot.report.HtmlReport.esc;

import co.secop.robot.trace.TraceRow;
import co.secop.robot.trace.TraceStep;
import java.nio.file.Path;

/** The {@code --traza} timeline of a row: each step with its time, duration, screenshot, page and console. */
final class TraceTimeline {

    private TraceTimeline() {}

    static void append(StringBuilder html, TraceRow row, Path folder) {
        html.append("<h4>Traza paso a paso</h4>\n<ol class=\"timeline trace\">\n");
        for (TraceStep step : row.steps()) {
            html.append("<li><div><strong>")
                    .append(esc(ReportText.time(step.at())))
                    .append("</strong> · ")
                    .append(esc(
                            String.format(java.util.Locale.forLanguageTag("es-CO"), "%.1f s", step.took() / 1000.0)))
                    .append(" · ")
                    .append(esc(step.text()))
                    .append("</div>\n");
            html.append("<div class=\"trace-url\">").append(esc(step.url())).append("</div>\n");
            if (step.screenshot() != null) {
                String href = esc(ReportText.href(folder, Path.of(step.screenshot())));
                html.append("<a href=\"")
                        .append(href)
                        .append("\" target=\"_blank\"><img class=\"trace-shot\" src=\"")
                        .append(href)
                        .append("\" alt=\"Paso ")
                        .append(step.index())
                        .append("\" loading=\"lazy\"></a>\n");
            }
            if (step.page() != null) {
                html.append("<a href=\"")
                        .append(esc(ReportText.href(folder, Path.of(step.page()))))
                        .append("\" target=\"_blank\">HTML de la página</a>\n");
            }
            if (!step.console().isEmpty()) {
                html.append("<details><summary>Consola del navegador (")
                        .append(step.console().size())
                        .append(")</summary><pre>");
                step.console().forEach(line -> html.append(esc(line)).append('\n'));
                html.append("</pre></details>\n");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n");
    }
}
