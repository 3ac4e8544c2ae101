package co.secop.robot.batch;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to run a batch.
 *
 * @param loginUrl          the portal's login page; everything else is reached through its links
 * @param password          kept as characters, never logged
 * @param preferredCompany  the company to try first when a row names none
 * @param dryRun            {@code --ensayo}: everything but "Enviar"
 * @param workDir           where folders of supports are zipped
 */
public record BatchOptions(String loginUrl, String user, char[] password, Optional<String> preferredCompany,
                           boolean dryRun, long maxZipBytes, Path workDir) {

    @Override
    public String toString() {
        return "BatchOptions[loginUrl=" + loginUrl + ", user=" + user + ", dryRun=" + dryRun + "]";
    }
}
