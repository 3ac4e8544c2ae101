package co.secop.robot.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to run a batch.
 *
 * @param loginUrl          the portal's login page; everything else is reached through its links
 * @param password          kept as characters, never logged
 * @param preferredCompany  the company to try first when a row names none
 * @param dryRun            {@code --ensayo}: everything but "Enviar"
 * @param workDir           where folders of supports are zipped
 * @param rowBudget         how long one row may keep retrying a failing portal
 * @param retryPause        the first pause between retries; it doubles each time (at most 30 s)
 * @param stop              raised by Ctrl+C: the batch stops after the current step
 */
public record BatchOptions(
        String loginUrl,
        String user,
        char[] password,
        Optional<String> preferredCompany,
        boolean dryRun,
        long maxZipBytes,
        Path workDir,
        Duration rowBudget,
        Duration retryPause,
        StopSignal stop) {

    public static final Duration DEFAULT_ROW_BUDGET = Duration.ofMinutes(5);
    public static final Duration DEFAULT_RETRY_PAUSE = Duration.ofSeconds(2);

    public BatchOptions(
            String loginUrl,
            String user,
            char[] password,
            Optional<String> preferredCompany,
            boolean dryRun,
            long maxZipBytes,
            Path workDir) {
        this(
                loginUrl,
                user,
                password,
                preferredCompany,
                dryRun,
                maxZipBytes,
                workDir,
                DEFAULT_ROW_BUDGET,
                DEFAULT_RETRY_PAUSE,
                new StopSignal());
    }

    public BatchOptions withWorkDir(Path value) {
        return new BatchOptions(
                loginUrl, user, password, preferredCompany, dryRun, maxZipBytes, value, rowBudget, retryPause, stop);
    }

    public BatchOptions withRetries(Duration budget, Duration pause) {
        return new BatchOptions(
                loginUrl, user, password, preferredCompany, dryRun, maxZipBytes, workDir, budget, pause, stop);
    }

    public BatchOptions withStop(StopSignal value) {
        return new BatchOptions(
                loginUrl, user, password, preferredCompany, dryRun, maxZipBytes, workDir, rowBudget, retryPause, value);
    }

    @Override
    public String toString() {
        return "BatchOptions[loginUrl=" + loginUrl + ", user=" + user + ", dryRun=" + dryRun + "]";
    }
}
