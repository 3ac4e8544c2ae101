package co.secop.robot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most memory the robot used while measuring: resident memory (RSS) of this JVM plus every process it
 * started (chromedriver and the browser's processes), read from {@code /proc} every 200 ms. Where there is
 * no {@code /proc} only the JVM's heap is known.
 */
final class PeakMemory implements AutoCloseable {

    private final AtomicLong peakKb = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "memoria-maxima");
        thread.setDaemon(true);
        return thread;
    });

    private PeakMemory() {}

    static PeakMemory start() {
        PeakMemory memory = new PeakMemory();
        memory.sampler.scheduleWithFixedDelay(memory::sample, 0, 200, TimeUnit.MILLISECONDS);
        return memory;
    }

    /** Peak so far, in megabytes. */
    long peakMb() {
        sample();
        return peakKb.get() / 1024;
    }

    private synchronized void sample() {
        long self = rssKb(ProcessHandle.current().pid());
        long kb = self > 0
                ? self
                : (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024;
        kb += ProcessHandle.current()
                .descendants()
                .mapToLong(p -> rssKb(p.pid()))
                .sum();
        long total = kb;
        peakKb.accumulateAndGet(total, Math::max);
    }

    /** VmRSS of a process in kB, 0 when unknown (not Linux, or the process just ended). */
    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
