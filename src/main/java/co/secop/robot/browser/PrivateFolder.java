package co.secop.robot.browser;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** A folder only its owner can read ({@code 0700}): the persistent browser profile holds session cookies. */
final class PrivateFolder {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private PrivateFolder() {}

    /** Creates the folder (and its parents) private, or makes an existing one private. */
    static Path create(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir.getParent());
                if (posix) {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createDirectory(dir);
                }
            }
            if (posix && !Files.getPosixFilePermissions(dir).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY);
            }
            return dir;
        } catch (IOException | UnsupportedOperationException e) {
            throw new BrowserUnavailableException(
                    "No se pudo preparar la carpeta del perfil del navegador " + dir + ": " + e.getMessage(), e);
        }
    }
}
