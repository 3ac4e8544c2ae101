package co.secop.robot.report;

import static co.secop.robot.report.HtmlReport.esc;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.format.OwnerOnly;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code resultados/index.html}: every run in the results folder, newest first, with its counts and a
 * link to its report. Each run leaves {@value #RUN_SUMMARY} in its folder; the index is rebuilt from those
 * after every run, so deleting a run folder removes it from the index the next time.
 */
public final class RunIndex {

    public static final String FILE_NAME = "index.html";
    public static final String RUN_SUMMARY = "resumen.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** What the index shows of one run. */
    public record RunEntry(
            String folder,
            String sheet,
            boolean dryRun,
            LocalDateTime startedAt,
            LocalDateTime finishedAt,
            Map<String, Long> counts,
            BigDecimal totalFiled,
            String report) {

        /** The page the index links to: {@code reporte.html}, or {@code estado.html} of an {@code estado}. */
        String reportOrDefault() {
            return report == null || report.isBlank() ? RunFolder.HTML_REPORT : report;
        }
    }

    private RunIndex() {}

    /** Writes {@value #RUN_SUMMARY} in the run folder. */
    public static void writeRunSummary(RunFolder folder, BatchSummary summary) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RowStatus status : RowStatus.values()) {
            counts.put(status.name(), summary.count(status));
        }
        RunEntry entry = new RunEntry(
                folder.root().getFileName().toString(),
                summary.inputFile() == null
                        ? ""
                        : String.valueOf(summary.inputFile().getFileName()),
                summary.dryRun(),
                summary.startedAt(),
                summary.finishedAt(),
                counts,
                RowValues.totalFiled(summary),
                RunFolder.HTML_REPORT);
        try {
            OwnerOnly.restrict(Files.write(folder.root().resolve(RUN_SUMMARY), JSON.writeValueAsBytes(entry)));
        } catch (IOException e) {
            throw new ReportException(
                    "No se pudo escribir " + RUN_SUMMARY + " en «" + folder.root() + "» (" + RunFolder.reason(e) + ").",
                    e);
        }
    }

    /** Writes {@value #RUN_SUMMARY} of an {@code estado} (no rows filed; the index links to its estado.html). */
    public static void writeStatusSummary(Path folder, String what, LocalDateTime startedAt, LocalDateTime finishedAt) {
        RunEntry entry = new RunEntry(
                folder.getFileName().toString(), what, false, startedAt, finishedAt, Map.of(), null, StatusReport.HTML);
        try {
            OwnerOnly.restrict(Files.write(folder.resolve(RUN_SUMMARY), JSON.writeValueAsBytes(entry)));
        } catch (IOException e) {
            throw new ReportException(
                    "No se pudo escribir " + RUN_SUMMARY + " en «" + folder + "» (" + RunFolder.reason(e) + ").", e);
        }
    }

    /** Rebuilds {@code base/index.html} from the runs in {@code base}; returns the file. */
    public static Path update(Path base) {
        List<RunEntry> runs = read(base);
        Path file = base.resolve(FILE_NAME);
        try {
            Path temp = Files.createTempFile(base, ".index-", ".html.tmp");
            OwnerOnly.restrict(Files.writeString(temp, render(runs), StandardCharsets.UTF_8));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ReportException(
                    "No se pudo escribir el índice de ejecuciones «" + file.toAbsolutePath() + "» ("
                            + RunFolder.reason(e) + ").",
                    e);
        }
        return file;
    }

    static List<RunEntry> read(Path base) {
        List<RunEntry> runs = new ArrayList<>();
        try (Stream<Path> children = Files.list(base)) {
            for (Path dir : children.filter(Files::isDirectory).toList()) {
                entry(dir).ifPresent(runs::add);
            }
        } catch (IOException e) {
            throw new ReportException(
                    "No se pudo leer la carpeta de resultados «" + base.toAbsolutePath() + "» (" + RunFolder.reason(e)
                            + ").",
                    e);
        }
        runs.sort(Comparator.comparing((RunEntry r) -> r.startedAt() == null ? LocalDateTime.MIN : r.startedAt())
                .thenComparing(RunEntry::folder)
                .reversed());
        return runs;
    }

    private static Optional<RunEntry> entry(Path dir) {
        Path summary = dir.resolve(RUN_SUMMARY);
        if (Files.isRegularFile(summary)) {
            try {
                return Optional.of(JSON.readValue(summary.toFile(), RunEntry.class));
            } catch (IOException unreadable) {
                // listed below like a run without summary
            }
        }
        if (Files.isRegularFile(dir.resolve(RunFolder.HTML_REPORT))) {
            return Optional.of(new RunEntry(dir.getFileName().toString(), "", false, null, null, Map.of(), null, null));
        }
        return Optional.empty();
    }

    static String render(List<RunEntry> runs) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Ejecuciones del robot de SECOP II</title>\n<style>\n")
                .append(ReportStyle.CSS)
                .append(
                        "</style>\n</head>\n<body>\n<main class=\"page\">\n<header class=\"top\"><h1>Ejecuciones del robot")
                .append("</h1><p class=\"subtitle\">Cada vez que se radicó esta carpeta, la más reciente primero.</p>")
                .append("</header>\n<section class=\"card\">\n");
        if (runs.isEmpty()) {
            html.append("<p class=\"empty\">Todavía no hay ejecuciones.</p>\n");
        } else {
            html.append(
                    "<div class=\"table-wrap\"><table class=\"rows runs\">\n<thead><tr><th>Inicio</th><th>Hoja</th>");
            for (RowStatus status : RowStatus.values()) {
                html.append("<th class=\"money\">").append(esc(status.label())).append("</th>");
            }
            html.append("<th class=\"money\">")
                    .append(ResultsWorkbook.TOTAL_FILED)
                    .append("</th><th>Reporte</th>")
                    .append("</tr></thead>\n<tbody>\n");
            for (RunEntry run : runs) {
                boolean attention = run.counts().entrySet().stream()
                        .anyMatch(e -> e.getValue() > 0
                                && !RowStatus.valueOf(e.getKey()).ok());
                html.append("<tr class=\"")
                        .append(attention ? "attention" : "ok")
                        .append("\"><td class=\"time\">")
                        .append(esc(run.startedAt() == null ? run.folder() : ReportText.dateTime(run.startedAt())))
                        .append(run.dryRun() ? " <span class=\"pill st-dry-run\">Ensayo</span>" : "")
                        .append("</td><td>")
                        .append(esc(ReportText.orNone(run.sheet())))
                        .append("</td>");
                for (RowStatus status : RowStatus.values()) {
                    Long count = run.counts().get(status.name());
                    html.append("<td class=\"money\">")
                            .append(count == null ? ReportText.NONE : count)
                            .append("</td>");
                }
                html.append("<td class=\"money\">")
                        .append(esc(run.totalFiled() == null ? ReportText.NONE : RowValues.pesosText(run.totalFiled())))
                        .append("</td><td><a href=\"")
                        .append(esc(ReportText.href(null, Path.of(run.folder(), run.reportOrDefault()))))
                        .append("\">Ver reporte</a></td></tr>\n");
            }
            html.append("</tbody></table></div>\n");
        }
        html.append(
                "</section>\n<footer>Se actualiza al terminar cada ejecución.</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }
}
