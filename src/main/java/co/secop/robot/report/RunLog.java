package co.secop.robot.report;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.status.Status;
import co.secop.robot.format.OwnerOnly;
import co.secop.robot.format.SecretMasker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The run's {@code robot.log}: while open, every log event of the JVM (from DEBUG for {@code co.secop.robot})
 * is written there with timestamp, level, thread, logger, message and the full stack trace, with registered
 * secrets masked. The terminal keeps its own quiet configuration ({@code logback.xml}).
 *
 * <pre>{@code
 * try (RunLog log = RunLog.start(folder.logFile(), masker)) { ... }
 * }</pre>
 */
public final class RunLog implements AutoCloseable {

    public static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n%ex{full}";
    static final String ROBOT_LOGGER = "co.secop.robot";

    private final LoggerContext context;
    private final FileAppender<ILoggingEvent> appender;
    private final Logger robotLogger;
    private final Level previousRobotLevel;
    private boolean closed;

    private RunLog(
            LoggerContext context, FileAppender<ILoggingEvent> appender, Logger robotLogger, Level previousRobotLevel) {
        this.context = context;
        this.appender = appender;
        this.robotLogger = robotLogger;
        this.previousRobotLevel = previousRobotLevel;
    }

    /**
     * Starts writing the run log (appending if the file exists).
     *
     * @throws ReportException (Spanish message) when the file cannot be opened
     */
    public static RunLog start(Path logFile, SecretMasker masker) {
        Objects.requireNonNull(logFile, "logFile");
        Objects.requireNonNull(masker, "masker");
        LoggerContext context = loggerContext();

        MaskingPatternLayoutEncoder encoder = new MaskingPatternLayoutEncoder(masker);
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("secop-run-log-" + UUID.randomUUID());
        appender.setFile(logFile.toAbsolutePath().toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        long before = System.currentTimeMillis();
        createOwnerOnly(logFile);
        appender.start();
        if (!appender.isStarted()) {
            encoder.stop();
            throw new ReportException("No se pudo abrir el registro de la ejecución «" + logFile.toAbsolutePath() + "»"
                    + lastError(context, before) + ". Revise los permisos de la carpeta de resultados.");
        }

        Logger robotLogger = context.getLogger(ROBOT_LOGGER);
        Level previous = robotLogger.getLevel();
        robotLogger.setLevel(Level.DEBUG);
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
        return new RunLog(context, appender, robotLogger, previous);
    }

    private static void createOwnerOnly(Path logFile) {
        try {
            if (!Files.exists(logFile)) {
                Files.createFile(logFile);
            }
            OwnerOnly.restrict(logFile);
        } catch (IOException | RuntimeException e) {
            // the appender reports why the file cannot be opened
        }
    }

    public Path file() {
        return Path.of(appender.getFile());
    }

    /** Detaches the appender, flushes and closes the file, and restores the previous level. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
        robotLogger.setLevel(previousRobotLevel);
    }

    private static LoggerContext loggerContext() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            return context;
        }
        throw new IllegalStateException("El registro necesita Logback como implementación de SLF4J, pero se encontró "
                + factory.getClass().getName());
    }

    private static String lastError(LoggerContext context, long since) {
        return context.getStatusManager().getCopyOfStatusList().stream()
                .filter(s -> s.getLevel() == Status.ERROR && s.getTimestamp() >= since)
                .reduce((first, second) -> second)
                .map(s -> s.getThrowable() != null && s.getThrowable().getMessage() != null
                        ? " (" + s.getThrowable().getMessage() + ")"
                        : "")
                .orElse("");
    }
}
