package co.secop.robot.cli;

import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.report.RunFolder;
import co.secop.robot.report.SummaryTable;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.SupportsException;
import co.secop.robot.spreadsheet.SupportsPackager;

import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;

/** What {@code cargar} and {@code demo} show on the terminal: a progress bar, then the summary. */
final class BatchCommandSupport {

    private BatchCommandSupport() {
    }

    static BatchRunner.Listener progressBar(int rows) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName("Radicando").setInitialMax(rows)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" filas", 1).continuousUpdate().build();
        return new BatchRunner.Listener() {
            private int done;

            @Override
            public void rowStarted(PaymentRow row) {
                bar.setExtraMessage(row.contract() + " · " + row.number());
            }

            @Override
            public void rowFinished(RowOutcome outcome) {
                bar.step();
                if (++done >= rows) {
                    bar.close();
                }
            }
        };
    }

    /** The whole run folder in one ZIP beside it, to send to support. */
    static Path zipForSupport(RunFolder folder) {
        Path root = folder.root().toAbsolutePath();
        try {
            return new SupportsPackager(Long.MAX_VALUE).packageSupports(root, root.getParent());
        } catch (SupportsException e) {
            throw new UserFacingException("No se pudo comprimir la carpeta de resultados: " + e.getMessage(), e);
        }
    }

    static int report(PrintWriter out, BatchSummary summary, RunFolder folder) {
        out.println();
        out.println(SummaryTable.render(summary));
        out.println("Reporte: " + folder.htmlReport().toAbsolutePath());
        out.println("Resultados: " + folder.resultsWorkbook().toAbsolutePath());
        if (summary.dryRun()) {
            out.println("Ensayo: no se pulsó «Enviar». Las solicitudes confirmadas quedaron en «Borrador»;"
                    + " la próxima ejecución de «cargar» las enviará.");
        }
        out.flush();
        return summary.allOk() ? SecopCli.OK : SecopCli.SOME_FAILED;
    }
}
