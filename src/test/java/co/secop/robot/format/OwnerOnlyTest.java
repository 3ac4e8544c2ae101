package co.secop.robot.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyTest {

    @TempDir
    Path dir;

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void createdFoldersAreTheOwnersOnlyAndExistingOnesKeepTheirPermissions() throws Exception {
        Path existing = Files.createDirectory(dir.resolve("del-usuario"));
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxr-xr-x"));

        OwnerOnly.folder(existing.resolve("a/b"));

        assertThat(permissions(existing)).isEqualTo("rwxr-xr-x");
        assertThat(permissions(existing.resolve("a"))).isEqualTo("rwx------");
        assertThat(permissions(existing.resolve("a/b"))).isEqualTo("rwx------");
    }

    @Test
    void restrictsFilesAndEverythingInsideAFolderButNotTheFolderNorLinks() throws Exception {
        Path root = Files.createDirectory(dir.resolve("salida"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = Files.writeString(
                Files.createDirectories(root.resolve("evidencias")).resolve("f.html"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Path outside = Files.writeString(dir.resolve("ajeno.txt"), "y");
        Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createSymbolicLink(root.resolve("enlace"), outside);

        OwnerOnly.restrictInside(root);

        assertThat(permissions(root)).isEqualTo("rwxr-xr-x");
        assertThat(permissions(root.resolve("evidencias"))).isEqualTo("rwx------");
        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(permissions(outside)).as("un enlace no se sigue").isEqualTo("rw-r--r--");
    }

    @Test
    void loopbackIsOnlyThisMachine() {
        assertThat(Hosts.isLoopback("127.0.0.1")).isTrue();
        assertThat(Hosts.isLoopback("localhost")).isTrue();
        assertThat(Hosts.isLoopback("[::1]")).isTrue();
        assertThat(Hosts.isLoopback("127.0.0.1.example.net")).isFalse();
        assertThat(Hosts.isLoopback("10.0.0.1")).isFalse();
        assertThat(Hosts.isLoopback("community.secop.gov.co")).isFalse();
        assertThat(Hosts.isLoopback("")).isFalse();
    }
}
