package co.secop.robot.report;

import co.secop.robot.batch.RequestState;
import co.secop.robot.format.OwnerOnly;
import co.secop.robot.format.Pesos;
import co.secop.robot.portal.PortalStates;
import co.secop.robot.spreadsheet.PeriodParser;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What {@code ./secop estado} shows: a table per request (state as the portal writes it, «nuevo:» when it
 * changed since the last reading), what to do with a «Rechazado», and the totals of value by state; as console
 * text, {@value #HTML} and {@value #WORKBOOK} (money as numbers).
 */
public final class StatusReport {

    public static final String HTML = "estado.html";
    public static final String WORKBOOK = "estado.xlsx";

    static final String NEW = "nuevo: ";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String[] TITLES = {
        "Contrato", "Id de pago", "Número", "Periodo", "Valor total", "Estado", "Última modificación"
    };

    /**
     * @param state the state as the portal writes it
     * @param count how many requests are in it
     * @param value the sum of their «Valor total»
     */
    public record Total(String state, int count, BigDecimal value) {}

    private final List<RequestState> requests;
    private final String cargarCommand;

    /**
     * @param cargarCommand the command that corrects a rejected request, ready to paste
     *                      ({@code ./secop cargar 'mis pagos.xlsx'})
     */
    public StatusReport(List<RequestState> requests, String cargarCommand) {
        this.requests = List.copyOf(requests);
        this.cargarCommand = cargarCommand;
    }

    /** Totals by state, in the order of the portal's states (others after them). */
    public List<Total> totals() {
        Map<String, Total> byState = new LinkedHashMap<>();
        for (RequestState request : requests) {
            Total before = byState.getOrDefault(request.state(), new Total(request.state(), 0, BigDecimal.ZERO));
            byState.put(
                    request.state(),
                    new Total(
                            request.state(),
                            before.count() + 1,
                            before.value().add(request.value().orElse(BigDecimal.ZERO))));
        }
        List<Total> totals = new ArrayList<>(byState.values());
        totals.sort(Comparator.comparingInt(total -> {
            int index = PortalStates.PAYMENT_STATES.indexOf(total.state());
            return index < 0 ? Integer.MAX_VALUE : index;
        }));
        return totals;
    }

    /** The state column: {@code nuevo: Rechazado} when it changed since the last reading. */
    public static String stateShown(RequestState request) {
        return (request.news() ? NEW : "") + request.state();
    }

    /** What to do with a rejected request, in the contractor's words. */
    public Optional<String> whatToDo(RequestState request) {
        if (!request.rejected()) {
            return Optional.empty();
        }
        String which = request.row()
                .map(row -> "la fila " + row.rowNumber() + " de su hoja (número " + row.number() + ")")
                .orElse("en su hoja la fila del pago " + request.number());
        return Optional.of("Corrija " + which + " según el motivo y ejecute: " + cargarCommand
                + " (el robot corrige la solicitud «Rechazado», no crea otra).");
    }

    /** The console table, the reasons and what to do, and the totals. */
    public String text() {
        List<String[]> lines = new ArrayList<>();
        lines.add(TITLES);
        for (RequestState request : requests) {
            lines.add(cells(request));
        }
        int[] widths = new int[TITLES.length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < lines.size(); n++) {
            String[] line = lines.get(n);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                out.append(i == 0 ? "" : "  ").append(pad(line[i], widths[i], i == 4));
            }
            text.append(out.toString().stripTrailing()).append('\n');
            if (n > 0) {
                RequestState request = requests.get(n - 1);
                request.reason()
                        .ifPresent(reason -> text.append("    Motivo de la entidad: ")
                                .append(reason)
                                .append('\n'));
                whatToDo(request)
                        .ifPresent(todo ->
                                text.append("    Qué hacer: ").append(todo).append('\n'));
            }
        }
        text.append("Totales por estado:\n");
        for (Total total : totals()) {
            text.append("  ")
                    .append(total.state())
                    .append(": ")
                    .append(total.count())
                    .append(total.count() == 1 ? " solicitud, " : " solicitudes, ")
                    .append(Pesos.display(total.value()))
                    .append('\n');
        }
        long news = requests.stream().filter(RequestState::news).count();
        text.append(
                news == 0
                        ? "Nada cambió desde la última consulta.\n"
                        : news + (news == 1 ? " solicitud cambió" : " solicitudes cambiaron")
                                + " desde la última consulta (marcadas «nuevo:»).\n");
        return text.toString();
    }

    /** {@value #WORKBOOK}: one row per request (values as numbers) and a sheet of totals by state. */
    public Path writeWorkbook(Path folder) {
        Path file = folder.resolve(WORKBOOK);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Sheet sheet = workbook.createSheet("Estado");
            header(sheet.createRow(0), styles, TITLES);
            sheet.getRow(0).createCell(TITLES.length).setCellValue("Motivo de la entidad");
            sheet.getRow(0).getCell(TITLES.length).setCellStyle(styles.header());
            sheet.getRow(0).createCell(TITLES.length + 1).setCellValue("Qué hacer");
            sheet.getRow(0).getCell(TITLES.length + 1).setCellStyle(styles.header());
            int r = 1;
            for (RequestState request : requests) {
                Row row = sheet.createRow(r++);
                String[] cells = cells(request);
                for (int i = 0; i < cells.length; i++) {
                    if (i == 4 && request.value().isPresent()) {
                        Cell money = row.createCell(i);
                        money.setCellValue(request.value().get().doubleValue());
                        money.setCellStyle(styles.pesosWithCents());
                    } else {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
                row.createCell(TITLES.length).setCellValue(request.reason().orElse(""));
                row.createCell(TITLES.length + 1).setCellValue(whatToDo(request).orElse(""));
            }
            Sheet totals = workbook.createSheet("Totales por estado");
            header(totals.createRow(0), styles, new String[] {"Estado", "Solicitudes", "Valor total"});
            int t = 1;
            for (Total total : totals()) {
                Row row = totals.createRow(t++);
                row.createCell(0).setCellValue(total.state());
                row.createCell(1).setCellValue(total.count());
                Cell money = row.createCell(2);
                money.setCellValue(total.value().doubleValue());
                money.setCellStyle(styles.pesosWithCents());
            }
            for (int i = 0; i < TITLES.length + 2; i++) {
                sheet.autoSizeColumn(i);
            }
            for (int i = 0; i < 3; i++) {
                totals.autoSizeColumn(i);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            OwnerOnly.restrict(file);
        } catch (IOException e) {
            throw new ReportException(
                    "No se pudo escribir «" + file.toAbsolutePath() + "» (" + RunFolder.reason(e) + ").", e);
        }
        return file;
    }

    /** {@value #HTML}: the same table and totals, for the browser. */
    public Path writeHtml(Path folder, LocalDateTime readAt) {
        Path file = folder.resolve(HTML);
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Estado de las solicitudes de pago</title>\n<style>\n")
                .append(ReportStyle.CSS)
                .append("</style>\n</head>\n<body>\n<main class=\"page\">\n<header class=\"top\">")
                .append("<h1>Estado de las solicitudes de pago</h1><p class=\"subtitle\">Leído en SECOP II el ")
                .append(esc(WHEN.format(readAt)))
                .append(", sin cambiar nada.</p></header>\n<section class=\"card\">\n<table>\n<thead><tr>");
        for (String title : TITLES) {
            html.append("<th>").append(esc(title)).append("</th>");
        }
        html.append("<th>Motivo de la entidad y qué hacer</th></tr></thead>\n<tbody>\n");
        for (RequestState request : requests) {
            html.append("<tr").append(request.news() ? " class=\"nuevo\"" : "").append(">");
            for (String cell : cells(request)) {
                html.append("<td>").append(esc(cell)).append("</td>");
            }
            html.append("<td>")
                    .append(esc(request.reason().orElse("")))
                    .append(whatToDo(request).map(todo -> "<br>" + esc(todo)).orElse(""))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n<section class=\"card\">\n<h2>Totales por estado</h2>\n<table>\n")
                .append("<thead><tr><th>Estado</th><th>Solicitudes</th><th>Valor total</th></tr></thead>\n<tbody>\n");
        for (Total total : totals()) {
            html.append("<tr><td>")
                    .append(esc(total.state()))
                    .append("</td><td>")
                    .append(total.count())
                    .append("</td><td>")
                    .append(esc(Pesos.display(total.value())))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n</main>\n</body>\n</html>\n");
        try {
            OwnerOnly.restrict(Files.writeString(file, html, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ReportException(
                    "No se pudo escribir «" + file.toAbsolutePath() + "» (" + RunFolder.reason(e) + ").", e);
        }
        return file;
    }

    private static String[] cells(RequestState request) {
        return new String[] {
            request.contract(),
            request.paymentId(),
            request.number(),
            request.period().map(PeriodParser::label).orElse(""),
            request.totalValue(),
            stateShown(request),
            request.lastChange().map(WHEN::format).orElse("")
        };
    }

    private static void header(Row row, WorkbookStyles styles, String[] titles) {
        for (int i = 0; i < titles.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(styles.header());
        }
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }
}
