package co.secop.robot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFolderTest {

    @TempDir
    Path dir;

    @Test
    void theProfileIsCreatedPrivate() throws Exception {
        Path profile = PrivateFolder.create(dir.resolve("perfiles/secop"));

        assertThat(profile).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(profile)))
                .isEqualTo("rwx------");
    }

    @Test
    void anExistingProfileOpenToOthersIsMadePrivate() throws Exception {
        Path open = Files.createDirectory(dir.resolve("abierto"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));

        PrivateFolder.create(open);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(open)))
                .isEqualTo("rwx------");
    }
}
