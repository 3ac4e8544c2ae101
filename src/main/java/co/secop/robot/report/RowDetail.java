package co.secop.robot.report;

import static co.secop.robot.report.HtmlReport.esc;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.spreadsheet.Column;
import co.secop.robot.trace.TraceRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One row's section of {@code reporte.html}: message, steps as a timeline, evidence and the row's input. */
final class RowDetail {

    private RowDetail() {}

    static void append(
            StringBuilder html,
            BatchSummary summary,
            RowOutcome o,
            Path folder,
            Optional<TraceRow> trace,
            Optional<TraceRow> original,
            Optional<NextStep> next) {
        List<String> headers = summary.headers();
        html.append("<article class=\"row-detail ")
                .append(o.status() != null && o.status().ok() ? "ok" : "attention")
                .append("\" id=\"fila-")
                .append(o.rowNumber())
                .append("\">\n<header><h3>Fila ")
                .append(o.rowNumber());
        if (o.contract() != null && !o.contract().isBlank()) {
            html.append(" · Contrato ").append(esc(o.contract()));
        }
        if (o.number() != null && !o.number().isBlank()) {
            html.append(" · Número ").append(esc(o.number()));
        }
        html.append("</h3>").append(HtmlReport.pill(o.status())).append("</header>\n");
        if (o.message() != null && !o.message().isBlank()) {
            html.append("<p class=\"message\">").append(esc(o.message())).append("</p>\n");
        }
        next.ifPresent(step -> nextStep(html, step));
        if (folder != null && Files.isRegularFile(Receipt.file(folder, o.rowNumber()))) {
            html.append("<p class=\"receipt\"><a href=\"")
                    .append(esc(ReportText.href(
                            folder, Receipt.file(folder, o.rowNumber()).toAbsolutePath())))
                    .append("\" target=\"_blank\">")
                    .append(Receipt.TITLE)
                    .append(" (PDF)</a></p>\n");
        }
        html.append("<dl class=\"meta\">")
                .append(meta("Periodo", ReportText.orNone(RowValues.text(summary, o, Column.PERIOD))))
                .append(meta("Valor neto", pesos(summary, o, Column.NET_VALUE)))
                .append(meta("Valor total", pesos(summary, o, Column.TOTAL_VALUE)))
                .append(meta("Id de pago", ReportText.orNone(o.paymentId())))
                .append(meta("Estado en SECOP", ReportText.orNone(o.portalState())))
                .append(
                        o.portal().filter(p -> !p.planillas().isEmpty()).isPresent()
                                ? meta("Planilla en SECOP", o.portal().get().planillaList())
                                : "")
                .append(meta("Terminó", ReportText.dateTime(o.finishedAt())))
                .append(meta("Tardó", ReportText.duration(o.took())))
                .append("</dl>\n");
        if (trace.isPresent() && original.isPresent()) {
            ReplayComparison.append(html, original.get(), trace.get(), folder);
        } else if (trace.isPresent() && !trace.get().steps().isEmpty()) {
            TraceTimeline.append(html, trace.get(), folder);
        } else {
            steps(html, o.steps());
        }
        evidence(html, o.evidence(), folder);
        input(html, headers, o);
        html.append("</article>\n");
    }

    private static String pesos(BatchSummary summary, RowOutcome o, Column column) {
        String text = RowValues.text(summary, o, column);
        return RowValues.pesos(text).map(RowValues::pesosText).orElse(ReportText.orNone(text));
    }

    /** «Qué hacer»: the advice and each command in its own block, ready to copy. */
    private static void nextStep(StringBuilder html, NextStep step) {
        html.append("<div class=\"todo\"><p><strong>Qué hacer:</strong> ")
                .append(esc(step.advice()))
                .append("</p>\n");
        for (String command : step.commands()) {
            html.append("<pre class=\"cmd\"><code>").append(esc(command)).append("</code></pre>\n");
        }
        html.append("</div>\n");
    }

    private static String meta(String label, String value) {
        return "<div><dt>" + esc(label) + "</dt><dd>" + esc(value) + "</dd></div>";
    }

    private static void steps(StringBuilder html, List<String> steps) {
        if (steps.isEmpty()) {
            return;
        }
        html.append("<h4>Pasos</h4>\n<ol class=\"timeline\">\n");
        for (String step : steps) {
            html.append("<li>").append(esc(step)).append("</li>\n");
        }
        html.append("</ol>\n");
    }

    private static void evidence(StringBuilder html, List<Path> evidence, Path folder) {
        List<Path> images = evidence.stream().filter(ReportText::isImage).toList();
        List<Path> dumps = evidence.stream().filter(ReportText::isPageDump).toList();
        List<Path> others = evidence.stream()
                .filter(p -> !ReportText.isImage(p) && !ReportText.isPageDump(p))
                .toList();
        if (!images.isEmpty()) {
            html.append("<h4>Capturas de pantalla</h4>\n<div class=\"gallery\">\n");
            for (Path image : images) {
                String href = esc(ReportText.href(folder, image));
                String name = esc(ReportText.fileName(image));
                html.append("<figure><a href=\"")
                        .append(href)
                        .append("\" target=\"_blank\" title=\"Abrir ")
                        .append(name)
                        .append(" en tamaño completo\"><img src=\"")
                        .append(href)
                        .append("\" alt=\"Captura ")
                        .append(name)
                        .append("\" loading=\"lazy\"></a><figcaption>")
                        .append(name)
                        .append(" · <a class=\"full\" href=\"")
                        .append(href)
                        .append("\" target=\"_blank\">Ver en tamaño completo</a></figcaption></figure>\n");
            }
            html.append("</div>\n");
        }
        links(html, "Copias de la página", dumps, folder);
        links(html, "Otros archivos", others, folder);
    }

    private static void links(StringBuilder html, String title, List<Path> files, Path folder) {
        if (files.isEmpty()) {
            return;
        }
        html.append("<h4>").append(esc(title)).append("</h4>\n<ul class=\"files\">\n");
        for (Path file : files) {
            html.append("<li><a href=\"")
                    .append(esc(ReportText.href(folder, file)))
                    .append("\" target=\"_blank\">")
                    .append(esc(ReportText.fileName(file)))
                    .append("</a></li>\n");
        }
        html.append("</ul>\n");
    }

    private static void input(StringBuilder html, List<String> headers, RowOutcome o) {
        if (headers.isEmpty() || o.inputValues().isEmpty()) {
            return;
        }
        html.append("<details><summary>Datos de la fila en la hoja</summary>\n<table class=\"input\">\n");
        for (String header : headers) {
            html.append("<tr><th>")
                    .append(esc(header))
                    .append("</th><td>")
                    .append(esc(o.inputValues().getOrDefault(header, "")))
                    .append("</td></tr>\n");
        }
        html.append("</table></details>\n");
    }
}
