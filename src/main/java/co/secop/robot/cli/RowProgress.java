package co.secop.robot.cli;

import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.spreadsheet.PaymentRow;
import java.io.Console;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How a run shows its progress. On a terminal: a bar that rewrites itself, with the row in course and a
 * labelled estimate of the time left. Anywhere else (a log file, CI, a pipe): one line per finished row,
 * {@code Fila 3 · CPS-2026-0101 · 002 · Enviado · 12,3 s}, and nothing that rewrites itself.
 */
final class RowProgress {

    private static final Locale SPANISH = Locale.forLanguageTag("es-CO");

    private RowProgress() {}

    /** A bar when this process writes to a terminal, lines otherwise. */
    static BatchRunner.Listener forThisProcess(PrintWriter out, int rows) {
        return isTerminal(System.console()) ? bar(rows) : lines(out);
    }

    /**
     * Whether the output is a terminal. Up to Java 21 a console exists only then; from Java 22 on
     * {@code System.console()} also exists for a pipe or a file, and {@code Console.isTerminal()} (absent in
     * Java 17, hence the reflection) tells them apart.
     */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
        } catch (NoSuchMethodException beforeJava22) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return false;
        }
    }

    /** One line per finished row, for output that is not a terminal. */
    static BatchRunner.Listener lines(PrintWriter out) {
        return new BatchRunner.Listener() {
            @Override
            public void rowFinished(RowOutcome outcome) {
                out.println(line(outcome));
                out.flush();
            }
        };
    }

    static String line(RowOutcome o) {
        return "Fila " + o.rowNumber() + " · " + blankAsDash(o.contract()) + " · " + blankAsDash(o.number()) + " · "
                + (o.status() == null ? "—" : o.status().label()) + " · " + seconds(o.took());
    }

    static String seconds(Duration took) {
        return took == null ? "—" : String.format(SPANISH, "%.1f s", took.toMillis() / 1000.0);
    }

    /** "faltan ~2 min 10 s" from the average time of the rows done so far. */
    static String estimate(Duration elapsed, int done, int total) {
        if (done <= 0) {
            return "calculando el tiempo restante";
        }
        if (done >= total) {
            return "terminado";
        }
        long left = elapsed.toSeconds() * (total - done) / done;
        return "faltan ~" + (left >= 60 ? left / 60 + " min " + left % 60 + " s" : Math.max(1, left) + " s");
    }

    private static BatchRunner.Listener bar(int rows) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Radicando")
                .setInitialMax(rows)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" filas", 1)
                .hideEta()
                .continuousUpdate()
                .build();
        long started = System.nanoTime();
        return new BatchRunner.Listener() {
            private int done;

            @Override
            public void rowStarted(PaymentRow row) {
                bar.setExtraMessage("Fila " + row.rowNumber() + " · " + row.contract() + " · " + row.number() + " · "
                        + estimate(Duration.ofNanos(System.nanoTime() - started), done, rows));
            }

            @Override
            public void rowFinished(RowOutcome outcome) {
                bar.step();
                if (++done >= rows) {
                    bar.setExtraMessage("terminado");
                    bar.close();
                }
            }
        };
    }

    private static String blankAsDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
