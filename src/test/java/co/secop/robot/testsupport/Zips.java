package co.secop.robot.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small valid ZIPs of supports with one text entry. */
public final class Zips {

    private Zips() {}

    public static byte[] bytes(String entryName, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, entryName, text);
        return bytes.toByteArray();
    }

    /** Writes {@code file} (its folder must exist) and returns it. */
    public static Path write(Path file, String entryName, String text) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, entryName, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void write(OutputStream out, String entryName, String text) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
