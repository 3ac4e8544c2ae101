package co.secop.robot.report;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table the terminal shows at the end of a run:
 *
 * <pre>
 * ┌──────┬──────────┬────────┬───────────┬───────────────────────┐
 * │ Fila │ Contrato │ Número │ Estado    │ Mensaje               │
 * ├──────┼──────────┼────────┼───────────┼───────────────────────┤
 * │    2 │ CPS-0101 │ FE-11  │ Enviado   │ Solicitud enviada     │
 * └──────┴──────────┴────────┴───────────┴───────────────────────┘
 * Enviados: 1 · Corregidos: 0 · Ya radicados: 0 · Ensayo: 0 · Fallidos: 0 · Inválidos: 0
 * </pre>
 */
public final class SummaryTable {

    public static final int DEFAULT_MESSAGE_WIDTH = 60;
    private static final int MAX_TEXT_WIDTH = 24;
    /** A cut moves back to the previous space when that loses at most this many characters. */
    private static final int WORD_SLACK = 12;

    private static final List<String> HEADERS = List.of("Fila", "Contrato", "Número", "Estado", "Mensaje");

    private SummaryTable() {}

    public static String render(BatchSummary summary) {
        return render(summary, DEFAULT_MESSAGE_WIDTH);
    }

    /** @param messageWidth the most characters of a message shown (longer ones end in "…"); at least 10 */
    public static String render(BatchSummary summary, int messageWidth) {
        int messageMax = Math.max(10, messageWidth);
        List<String[]> rows = new ArrayList<>();
        summary.outcomes().stream()
                .sorted(Comparator.comparingInt(RowOutcome::rowNumber))
                .forEach(o -> rows.add(new String[] {
                    String.valueOf(o.rowNumber()),
                    fit(o.contract(), MAX_TEXT_WIDTH),
                    fit(o.number(), MAX_TEXT_WIDTH),
                    o.status() == null ? "" : o.status().label(),
                    fit(o.message(), messageMax)
                }));

        if (rows.isEmpty()) {
            rows.add(new String[] {"", "", "", "", "(la hoja no tenía filas)"});
        }

        int[] widths = new int[HEADERS.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(HEADERS.get(c));
        }
        for (String[] row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }

        StringBuilder out = new StringBuilder();
        out.append(rule('┌', '┬', '┐', widths));
        out.append(line(HEADERS.toArray(String[]::new), widths));
        out.append(rule('├', '┼', '┤', widths));
        for (String[] row : rows) {
            out.append(line(row, widths));
        }
        out.append(rule('└', '┴', '┘', widths));
        out.append(countsLine(summary)).append(System.lineSeparator());
        return out.toString();
    }

    /**
     * What the table cuts and the person must act on: the whole message of each row that failed, stopped or was
     * not attempted, once per message (a stop reason shared by many rows is printed once, with their numbers),
     * wrapped to {@code width} columns; "" when every row ended well.
     */
    public static String unfinishedMessages(BatchSummary summary, int width) {
        Map<String, List<Integer>> rowsByMessage = new LinkedHashMap<>();
        summary.outcomes().stream()
                .filter(o -> o.status() == null || !o.status().ok())
                .sorted(Comparator.comparingInt(RowOutcome::rowNumber))
                .forEach(o -> {
                    String message = o.message() == null
                            ? ""
                            : o.message().replaceAll("\\s+", " ").strip();
                    if (!message.isEmpty()) {
                        rowsByMessage
                                .computeIfAbsent(message, m -> new ArrayList<>())
                                .add(o.rowNumber());
                    }
                });
        if (rowsByMessage.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("Lo que falta por hacer:").append(System.lineSeparator());
        rowsByMessage.forEach((message, rowNumbers) -> {
            String rowsText = rowNumbers.size() == 1
                    ? "Fila " + rowNumbers.get(0)
                    : "Filas " + rowNumbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
            out.append(wrap("- " + rowsText + ": " + message, Math.max(30, width), "  "));
        });
        return out.toString();
    }

    /**
     * The social-security block of each row, as SECOP II showed it (number, payment date, the state of the check and
     * what the platform computed), so the person sees the planilla validated without opening the report; "" when no
     * row went through the block.
     */
    public static String planillas(BatchSummary summary, int width) {
        StringBuilder out = new StringBuilder();
        summary.outcomes().stream()
                .sorted(Comparator.comparingInt(RowOutcome::rowNumber))
                .filter(o -> o.portal().filter(p -> !p.planillas().isEmpty()).isPresent())
                .forEach(o -> out.append(wrap(
                        "- Fila " + o.rowNumber() + " · " + o.contract() + " · " + o.number() + ": "
                                + o.portal().get().planillaList(),
                        Math.max(30, width),
                        "  ")));
        return out.isEmpty() ? "" : "Planilla de seguridad social en SECOP II:" + System.lineSeparator() + out;
    }

    /** {@code text} in lines of at most {@code width} characters, broken at spaces; later lines start with {@code indent}. */
    static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            int room = width - width(line.toString());
            if (line.length() > 0 && width(word) + 1 > room) {
                out.append(line.toString().stripTrailing()).append(System.lineSeparator());
                line = new StringBuilder(indent);
            }
            if (line.length() > 0 && !line.toString().equals(indent)) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        return out.toString();
    }

    /**
     * "Enviados: N · Corregidos: N · Ya radicados: N · Ensayo: N · Fallidos: N · Inválidos: N", with
     * "· Planilla pendiente: N" when a planilla is not in SICOPI yet.
     */
    public static String countsLine(BatchSummary summary) {
        return "Enviados: " + summary.count(RowStatus.SENT)
                + " · Corregidos: " + summary.count(RowStatus.CORRECTED)
                + " · Ya radicados: " + summary.count(RowStatus.ALREADY_FILED)
                + " · Ensayo: " + summary.count(RowStatus.DRY_RUN)
                + " · Fallidos: " + summary.count(RowStatus.FAILED)
                + " · Inválidos: " + summary.count(RowStatus.INVALID)
                + (summary.count(RowStatus.PLANILLA_PENDING) == 0
                        ? ""
                        : " · Planilla pendiente: " + summary.count(RowStatus.PLANILLA_PENDING));
    }

    /** One line (newlines and tabs become spaces), cut to at most {@code max} characters, at a word if near, with "…". */
    static String fit(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (width(flat) <= max) {
            return flat;
        }
        int cut = flat.offsetByCodePoints(0, max - 1);
        int space = flat.lastIndexOf(' ', cut);
        if (space > 0 && cut - space <= WORD_SLACK && flat.charAt(cut) != ' ') {
            cut = space;
        }
        return flat.substring(0, cut).stripTrailing() + "…";
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder out = new StringBuilder("│");
        for (int c = 0; c < widths.length; c++) {
            String cell = cells[c];
            String padding = " ".repeat(widths[c] - width(cell));
            out.append(' ').append(c == 0 ? padding + cell : cell + padding).append(" │");
        }
        return out.append(System.lineSeparator()).toString();
    }

    private static String rule(char left, char middle, char right, int[] widths) {
        StringBuilder out = new StringBuilder().append(left);
        for (int c = 0; c < widths.length; c++) {
            out.append("─".repeat(widths[c] + 2)).append(c == widths.length - 1 ? right : middle);
        }
        return out.append(System.lineSeparator()).toString();
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
