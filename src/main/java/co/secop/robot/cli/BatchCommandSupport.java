package co.secop.robot.cli;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.report.RunFolder;
import co.secop.robot.report.RunIndex;
import co.secop.robot.report.SummaryTable;
import co.secop.robot.spreadsheet.SupportsException;
import co.secop.robot.spreadsheet.SupportsPackager;
import java.io.PrintWriter;
import java.nio.file.Path;

/** What {@code cargar} and {@code demo} show at the end: the summary and where the reports are. */
final class BatchCommandSupport {

    private BatchCommandSupport() {}

    /** The whole run folder in one ZIP beside it, to send to support. */
    static Path zipForSupport(RunFolder folder) {
        Path root = folder.root().toAbsolutePath();
        try {
            return new SupportsPackager(Long.MAX_VALUE).packageSupports(root, root.getParent());
        } catch (SupportsException e) {
            throw new UserFacingException("No se pudo comprimir la carpeta de resultados: " + e.getMessage(), e);
        }
    }

    /** The terminal's width as the shell tells it ({@code COLUMNS}); 80 when it does not. */
    static int terminalWidth(String columns) {
        try {
            int width = columns == null ? 0 : Integer.parseInt(columns.strip());
            return width >= 30 ? width : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** @param indexed the run folder is a timestamped one: the runs index beside it is rebuilt */
    static int report(PrintWriter out, BatchSummary summary, RunFolder folder, boolean indexed) {
        RunIndex.writeRunSummary(folder, summary);
        out.println();
        out.println(SummaryTable.render(summary));
        int width = terminalWidth(System.getenv("COLUMNS"));
        String planillas = SummaryTable.planillas(summary, width);
        if (!planillas.isEmpty()) {
            out.println(planillas);
        }
        String unfinished = SummaryTable.unfinishedMessages(summary, width);
        if (!unfinished.isEmpty()) {
            out.println(unfinished);
        }
        out.println("Reporte: " + folder.htmlReport().toAbsolutePath());
        out.println("Resultados: " + folder.resultsWorkbook().toAbsolutePath());
        if (indexed) {
            out.println("Todas las ejecuciones: "
                    + RunIndex.update(folder.root().toAbsolutePath().getParent()));
        }
        if (summary.dryRun()) {
            out.println("Ensayo: no se pulsó «Enviar». Las solicitudes confirmadas quedaron en «Borrador»;"
                    + " la próxima ejecución de «cargar» las enviará.");
        }
        out.flush();
        return summary.allOk() ? SecopCli.OK : SecopCli.SOME_FAILED;
    }
}
