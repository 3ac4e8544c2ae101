package co.secop.robot.batch;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A whole run of {@code cargar}: what the report files and the terminal summary are made from.
 *
 * @param inputFile  the spreadsheet the rows came from
 * @param headers    its headers, in the user's order (results.xlsx repeats them)
 * @param portalUrl  the portal's login page the robot used
 * @param user       the SECOP user name (never the password)
 * @param dryRun     true for {@code --ensayo}: nothing was sent
 */
public record BatchSummary(
        Path inputFile,
        List<String> headers,
        String portalUrl,
        String user,
        boolean dryRun,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        List<RowOutcome> outcomes) {

    public BatchSummary {
        headers = List.copyOf(headers);
        outcomes = List.copyOf(outcomes);
    }

    public long count(RowStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public boolean allOk() {
        return outcomes.stream().allMatch(o -> o.status().ok());
    }
}
