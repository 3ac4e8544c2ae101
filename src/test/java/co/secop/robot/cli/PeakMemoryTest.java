package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The peak memory of {@code ./secop rendimiento} adds up the robot and what it started, never the simulator. */
class PeakMemoryTest {

    @Test
    void addsUpThisJvmAndItsChildrenButNotTheExcludedProcessTree() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("/proc/self/status")), "sin /proc");
        Process robotChild = new ProcessBuilder("sleep", "60").start();
        // The excluded tree: a shell (the "simulator") with a child of its own.
        Process simulator = new ProcessBuilder("sh", "-c", "sleep 60 & wait").start();
        try {
            awaitChildren(simulator);
            long simulatorChild =
                    simulator.descendants().findFirst().orElseThrow().pid();
            try (PeakMemory memory = PeakMemory.start(List.of(simulator.toHandle()))) {

                assertThat(memory.peakMb()).isPositive();
                assertThat(memory.measuredPids())
                        .contains(ProcessHandle.current().pid(), robotChild.pid())
                        .doesNotContain(simulator.pid(), simulatorChild);
                assertThat(memory.covers())
                        .startsWith("este proceso (el robot) y ")
                        .contains("sleep")
                        .endsWith("sin el simulador (proceso " + simulator.pid() + ")");
                assertThat(memory.heapOnly()).isFalse();
            }
        } finally {
            simulator.descendants().forEach(ProcessHandle::destroyForcibly);
            simulator.destroyForcibly();
            robotChild.destroyForcibly();
        }
    }

    private static void awaitChildren(Process shell) throws InterruptedException {
        long limit = System.nanoTime() + 10_000_000_000L;
        while (shell.descendants().findAny().isEmpty() && System.nanoTime() < limit) {
            Thread.sleep(20);
        }
    }
}
