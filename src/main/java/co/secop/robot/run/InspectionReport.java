package co.secop.robot.run;

import co.secop.robot.portal.inspect.InventoryItem;
import co.secop.robot.portal.inspect.KeyCheck;
import co.secop.robot.portal.inspect.PortalInspection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The Spanish text of a revision ({@code revision/resumen.txt} and the terminal). */
public final class InspectionReport {

    private InspectionReport() {}

    /** One key: «formulario.valor-neto: no encontrado en 07-… Se probó: …». */
    public static String line(KeyCheck key) {
        StringBuilder line =
                new StringBuilder(key.key()).append(": ").append(key.status().label());
        switch (key.status()) {
            case FOUND -> {
                line.append(" con la alternativa ")
                        .append(key.alternative())
                        .append(" de ")
                        .append(key.alternatives().size())
                        .append(" (")
                        .append(key.matched())
                        .append(") en ")
                        .append(key.document());
                if (key.onlyByFallback()) {
                    line.append(" — SOLO POR UNA ALTERNATIVA DE RESPALDO: ")
                            .append(String.join(" · ", key.alternatives().subList(0, key.alternative() - 1)))
                            .append(" no encontró nada");
                }
            }
            case NOT_FOUND -> {
                line.append(" en ")
                        .append(key.page())
                        .append(". Se probó: ")
                        .append(String.join(" · ", key.alternatives()));
                if (!key.note().isBlank()) {
                    line.append(". ").append(key.note());
                }
                if (key.suggestions().isEmpty()) {
                    line.append("\n    Sin candidatos parecidos en la página (vea inventario.tsv).");
                }
                for (InventoryItem item : key.suggestions()) {
                    line.append("\n    Candidato: ")
                            .append(item.describe())
                            .append(item.selector().isBlank() ? "" : " → " + item.selector());
                }
            }
            case NOT_REACHED ->
                line.append(key.page().isBlank() ? "" : " en " + key.page())
                        .append(": ")
                        .append(key.note());
            default -> throw new IllegalStateException(key.status().name());
        }
        return line.toString();
    }

    /** The whole revision for people and support. */
    public static String text(PortalInspection.Result result, String loginUrl, String user, LocalDateTime at) {
        StringBuilder out = new StringBuilder("Revisión de SECOP II (./secop revisar), ")
                .append(at.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")))
                .append('\n')
                .append("Portal: ")
                .append(loginUrl)
                .append(" · usuario ")
                .append(user)
                .append('\n');
        if (!result.companies().isEmpty()) {
            out.append("Empresas: ")
                    .append(String.join(", ", result.companies()))
                    .append('\n');
        }
        if (!result.contract().isBlank()) {
            out.append("Contrato revisado: ").append(result.contract()).append('\n');
        }
        if (!result.sections().isEmpty()) {
            out.append("Secciones del contrato: ")
                    .append(String.join(" · ", result.sections()))
                    .append('\n');
        }
        out.append('\n').append(summary(result)).append('\n');
        result.stoppedAt()
                .ifPresent(
                        s -> out.append("\nLa revisión se detuvo: ").append(s).append('\n'));
        section(out, "NO ENCONTRADAS (el portal cambió: corregir en config/localizadores.conf)", result.notFound());
        section(out, "ENCONTRADAS SOLO POR UNA ALTERNATIVA DE RESPALDO", result.onlyByFallback());
        section(
                out,
                "ENCONTRADAS",
                result.keys().stream()
                        .filter(k -> k.status() == KeyCheck.Status.FOUND && !k.onlyByFallback())
                        .toList());
        section(
                out,
                "NO ALCANZADAS",
                result.keys().stream()
                        .filter(k -> k.status() == KeyCheck.Status.NOT_REACHED)
                        .toList());
        return out.toString();
    }

    public static String summary(PortalInspection.Result result) {
        long found = result.keys().stream()
                .filter(k -> k.status() == KeyCheck.Status.FOUND)
                .count();
        long reached = result.keys().stream()
                .filter(k -> k.status() == KeyCheck.Status.NOT_REACHED)
                .count();
        return "Claves: " + found + " encontradas (" + result.onlyByFallback().size() + " solo por una alternativa de"
                + " respaldo), " + result.notFound().size() + " no encontradas, " + reached + " no alcanzadas.";
    }

    private static void section(StringBuilder out, String title, List<KeyCheck> keys) {
        if (keys.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append('\n');
        for (KeyCheck key : keys) {
            out.append("- ").append(line(key)).append('\n');
        }
    }
}
