package co.secop.robot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.format.SecretMasker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class RunLogTest {

    private static final Logger LOG = LoggerFactory.getLogger("co.secop.robot.report.RunLogTest");

    @TempDir
    Path dir;

    @Test
    void writesTimestampLevelLoggerMessageAndStackTrace() throws Exception {
        Path file = dir.resolve("robot.log");
        try (RunLog ignored = RunLog.start(file, new SecretMasker())) {
            LOG.debug("Fila {} abierta", 3);
            LOG.warn("El portal tardó", new IllegalStateException("tiempo agotado"));
        }

        String log = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(log)
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} DEBUG \\[[^]]+] "
                        + "co\\.secop\\.robot\\.report\\.RunLogTest - Fila 3 abierta");
        assertThat(log)
                .contains(
                        "WARN ",
                        "El portal tardó",
                        "java.lang.IllegalStateException: tiempo agotado",
                        "\tat co.secop.robot.report.RunLogTest.");
    }

    @Test
    void masksRegisteredSecretsEvenWhenRegisteredLater() throws Exception {
        Path file = dir.resolve("robot.log");
        SecretMasker masker = new SecretMasker();
        try (RunLog ignored = RunLog.start(file, masker)) {
            masker.register("Demo2026*");
            LOG.info("Ingresando con clave {}", "Demo2026*");
            LOG.info("Falló", new IllegalArgumentException("clave=Demo2026* rechazada"));
        }

        String log = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(log)
                .doesNotContain("Demo2026*")
                .contains("Ingresando con clave " + SecretMasker.MASK, "clave=" + SecretMasker.MASK + " rechazada");
    }

    @Test
    void stopsWritingOnceClosed() throws Exception {
        Path file = dir.resolve("robot.log");
        RunLog log = RunLog.start(file, new SecretMasker());
        LOG.info("antes de cerrar");
        log.close();
        log.close();
        LOG.info("después de cerrar");

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("antes de cerrar")
                .doesNotContain("después de cerrar");
    }

    @Test
    void twoRunsInTheSameJvmKeepSeparateFiles() throws Exception {
        Path first = dir.resolve("a/robot.log");
        Path second = dir.resolve("b/robot.log");
        try (RunLog ignored = RunLog.start(first, new SecretMasker())) {
            LOG.info("primera");
        }
        try (RunLog ignored = RunLog.start(second, new SecretMasker())) {
            LOG.info("segunda");
        }
        assertThat(Files.readString(first)).contains("primera").doesNotContain("segunda");
        assertThat(Files.readString(second)).contains("segunda").doesNotContain("primera");
    }

    @Test
    void refusesInSpanishWhenTheFileCannotBeOpened() throws Exception {
        Path blocker = Files.writeString(dir.resolve("archivo"), "x");
        assertThatThrownBy(() -> RunLog.start(blocker.resolve("robot.log"), new SecretMasker()))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("No se pudo abrir el registro de la ejecución");
    }
}
