package co.secop.robot.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real support files for tests: ZIPs and folders. */
final class SupportFixtures {

    private SupportFixtures() {}

    /** A real ZIP holding one file of {@code contentBytes} bytes (stored, so the ZIP is a bit bigger). */
    static Path zip(Path file, int contentBytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(0);
                zip.putNextEntry(new ZipEntry("informe-actividades.pdf"));
                byte[] content = new byte[contentBytes];
                new java.util.Random(7).nextBytes(content);
                zip.write(content);
                zip.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path zip(Path file) {
        return zip(file, 100);
    }

    static Path emptyZip(Path file) {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.finish();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
