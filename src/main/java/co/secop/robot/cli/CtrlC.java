package co.secop.robot.cli;

import co.secop.robot.batch.StopSignal;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C during a batch: instead of dying in the middle of a portal action, the batch is asked to
 * stop after the step in progress; the JVM exits once the reports are written (at most two minutes).
 */
final class CtrlC implements AutoCloseable {

    private static final Duration MOST = Duration.ofMinutes(2);

    private final Thread hook;
    private final CountDownLatch finished = new CountDownLatch(1);

    private CtrlC(StopSignal stop, PrintWriter out) {
        this.hook = new Thread(
                () -> {
                    stop.request();
                    out.println();
                    out.println("Ctrl+C: el robot se detiene al terminar el paso en curso y guarda los resultados...");
                    out.flush();
                    try {
                        finished.await(MOST.toSeconds(), TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "secop-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static CtrlC stopsGently(StopSignal stop, PrintWriter out) {
        return new CtrlC(stop, out);
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running (Ctrl+C): it returns now that the batch has finished.
        }
    }
}
