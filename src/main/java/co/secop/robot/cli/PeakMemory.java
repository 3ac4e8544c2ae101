package co.secop.robot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The most memory the robot used while measuring: resident memory (RSS) of this JVM plus every process it
 * started (chromedriver, the browser's processes, a Selenium Grid of this machine), read from {@code /proc}
 * every 200 ms, except the process trees it is told to leave out (the simulator, which is not the robot).
 * Where there is no {@code /proc} only the JVM's heap is known, and {@link #covers()} says so.
 */
final class PeakMemory implements AutoCloseable {

    private final AtomicLong peakKb = new AtomicLong();
    private final List<ProcessHandle> excluded;
    private final Map<Long, String> measured = new ConcurrentHashMap<>();
    private final AtomicBoolean heapOnly = new AtomicBoolean();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "memoria-maxima");
        thread.setDaemon(true);
        return thread;
    });

    private PeakMemory(List<ProcessHandle> excluded) {
        this.excluded = List.copyOf(excluded);
    }

    /** Samples this JVM and its descendants, except {@code excluded} and their own descendants. */
    static PeakMemory start(List<ProcessHandle> excluded) {
        PeakMemory memory = new PeakMemory(excluded);
        memory.sampler.scheduleWithFixedDelay(memory::sample, 0, 200, TimeUnit.MILLISECONDS);
        return memory;
    }

    /** Peak so far, in megabytes. */
    long peakMb() {
        sample();
        return peakKb.get() / 1024;
    }

    /** True where there is no {@code /proc}: the figure is this JVM's heap only. */
    boolean heapOnly() {
        return heapOnly.get();
    }

    /** Every process whose memory was added up at least once (this JVM first). */
    Set<Long> measuredPids() {
        return Set.copyOf(measured.keySet());
    }

    /** Which processes the peak covers, in Spanish: «este proceso (el robot) y 8 más: chromium ×7, chromedriver». */
    String covers() {
        String left = excluded.isEmpty()
                ? ""
                : "; sin el simulador (proceso "
                        + excluded.stream().map(p -> String.valueOf(p.pid())).collect(Collectors.joining(", "))
                        + ")";
        if (heapOnly.get()) {
            return "solo la memoria Java del robot (este sistema no tiene /proc)" + left;
        }
        long self = ProcessHandle.current().pid();
        Map<String, Long> others = new TreeMap<>();
        measured.forEach((pid, name) -> {
            if (pid != self) {
                others.merge(name, 1L, Long::sum);
            }
        });
        String children = others.entrySet().stream()
                .map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : ""))
                .collect(Collectors.joining(", "));
        long count = others.values().stream().mapToLong(Long::longValue).sum();
        return "este proceso (el robot)" + (count == 0 ? "" : " y " + count + " más que inició: " + children) + left;
    }

    private synchronized void sample() {
        Set<Long> skip = new HashSet<>();
        for (ProcessHandle root : excluded) {
            skip.add(root.pid());
            root.descendants().forEach(p -> skip.add(p.pid()));
        }
        ProcessHandle current = ProcessHandle.current();
        long self = rssKb(current.pid());
        long kb;
        if (self > 0) {
            kb = self;
        } else {
            heapOnly.set(true);
            kb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024;
        }
        measured.putIfAbsent(current.pid(), "java");
        for (ProcessHandle child : current.descendants().toList()) {
            if (skip.contains(child.pid())) {
                continue;
            }
            long rss = rssKb(child.pid());
            if (rss > 0) {
                kb += rss;
                // The latest name: a process just started is still Java's spawn helper until it runs its program.
                measured.put(child.pid(), name(child));
            }
        }
        long total = kb;
        peakKb.accumulateAndGet(total, Math::max);
    }

    private static String name(ProcessHandle process) {
        Optional<String> command = process.info().command();
        return command.map(c -> Path.of(c).getFileName().toString()).orElse("proceso");
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
