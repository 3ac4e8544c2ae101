package co.secop.robot.batch;

import co.secop.robot.format.OwnerOnly;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One run per sheet at a time: an operating-system lock ({@link FileChannel#tryLock}) on a file beside the
 * sheet's journal, held while the run lasts and released by the system even when the process is killed. The
 * file says who holds it (process, machine, start, results folder) so a second run can name the first. The
 * lock covers one byte far past that text, so the text stays readable on every system.
 */
public final class SheetLock implements AutoCloseable {

    /** Another run holds the sheet; the message (Spanish) names it. */
    public static final class HeldException extends RuntimeException {
        public HeldException(String message) {
            super(message);
        }
    }

    private static final long REGION = Long.MAX_VALUE - 1;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final FileChannel channel;
    private final FileLock lock;

    private SheetLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param lockFile  e.g. the journal's path with {@code .lock}
     * @param sheet     the spreadsheet, for the message
     * @param runFolder where this run writes its results, for the message of a second run
     * @throws HeldException when another run (of this or another process) holds it
     */
    public static SheetLock acquire(Path lockFile, Path sheet, Path runFolder) {
        FileChannel channel = null;
        try {
            OwnerOnly.folder(lockFile.toAbsolutePath().getParent());
            channel = FileChannel.open(
                    lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            OwnerOnly.restrict(lockFile);
            FileLock lock;
            try {
                lock = channel.tryLock(REGION, 1, false);
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new HeldException("Otra ejecución de «cargar» está trabajando con la hoja " + sheet.getFileName()
                        + " (" + holder(lockFile) + "). Espere a que termine y ejecute de nuevo el mismo comando: lo ya"
                        + " radicado no se repite.");
            }
            channel.truncate(0);
            String who = "proceso " + ProcessHandle.current().pid() + " en " + host() + ", iniciada el "
                    + WHEN.format(LocalDateTime.now()) + ", resultados en " + runFolder.toAbsolutePath();
            channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new SheetLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new RowFailure("No se pudo crear el candado de la hoja en " + lockFile + ": " + e.getMessage(), e);
        }
    }

    private static String holder(Path lockFile) {
        try {
            String text = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "otro proceso" : text;
        } catch (IOException e) {
            return "otro proceso";
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel's close below releases it too
        }
        closeQuietly(channel);
    }
}
