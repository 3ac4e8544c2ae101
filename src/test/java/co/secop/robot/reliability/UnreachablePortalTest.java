package co.secop.robot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.Simulators;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portal nobody answers (connection refused) is named as such at once: retried within the row's budget with
 * a countdown the contractor sees, then the batch stops with «No se pudo conectar con <host>» and the rows left
 * «Interrumpido», never a closed session that never existed, never a row that waits out the page timeout.
 */
class UnreachablePortalTest {

    private static final Duration BUDGET = Duration.ofSeconds(6);

    @TempDir
    Path dir;

    @RegisterExtension
    final Simulators simulators = new Simulators();

    @Test
    void nothingListeningStopsTheBatchWithinTheRowBudgetNamingTheHost() throws Exception {
        dir = ReliabilityFixture.workDir(dir, "sin-portal");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String host = "127.0.0.1:" + port;
        List<String> notices = new CopyOnWriteArrayList<>();

        BatchSummary summary = ReliabilityFixture.runBatch(
                "http://" + host + "/STS/Users/Login/Index",
                ReliabilityFixture.workbook(dir, 3),
                dir,
                BUDGET,
                Duration.ofMillis(500),
                noticesTo(notices));

        List<RowOutcome> outcomes = summary.outcomes();
        assertThat(outcomes).extracting(RowOutcome::status).containsOnly(RowStatus.INTERRUPTED);
        assertThat(outcomes.get(0).message())
                .contains("No se pudo conectar con " + host)
                .doesNotContain("sesión", "Exception");
        // The page timeout (20 s) is never waited out: the refused connection is seen at once.
        assertThat(outcomes.get(0).took()).isLessThan(Duration.ofSeconds(20));
        assertThat(outcomes.subList(1, 3))
                .allSatisfy(o -> assertThat(o.message()).contains("No se pudo conectar con " + host));
        assertThat(notices).anyMatch(n -> n.contains("No se pudo conectar con " + host) && n.contains("reintenta"));
    }

    @Test
    void aPortalThatDiesMidRunStopsTheBatchAndKeepsWhatWasSent() throws Exception {
        dir = ReliabilityFixture.workDir(dir, "portal-caido");
        Simulator simulator = simulators.start(SimulatorOptions.defaults());
        String host = java.net.URI.create(simulator.baseUrl()).getAuthority();
        List<String> notices = new CopyOnWriteArrayList<>();
        BatchRunner.Listener killAfterFirst = new BatchRunner.Listener() {
            @Override
            public void rowFinished(RowOutcome outcome) {
                if (outcome.rowNumber() == 2) {
                    simulator.close();
                }
            }

            @Override
            public void notice(String text) {
                notices.add(text);
            }
        };

        BatchSummary summary = ReliabilityFixture.runBatch(
                simulator, ReliabilityFixture.workbook(dir, 3), dir, BUDGET, Duration.ofMillis(500), killAfterFirst);

        assertThat(summary.outcomes())
                .extracting(RowOutcome::status)
                .containsExactly(RowStatus.SENT, RowStatus.INTERRUPTED, RowStatus.INTERRUPTED);
        assertThat(summary.outcomes().get(1).message())
                .contains("No se pudo conectar con " + host)
                .doesNotContain("Exception");
        assertThat(summary.outcomes().get(1).took()).isLessThan(Duration.ofSeconds(20));
    }

    private static BatchRunner.Listener noticesTo(List<String> notices) {
        return new BatchRunner.Listener() {
            @Override
            public void notice(String text) {
                notices.add(text);
            }
        };
    }
}
