package co.secop.robot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 15, 9, 5, 7);

    @TempDir
    Path dir;

    @Test
    void withoutSalidaCreatesATimestampedFolderUnderTheBase() {
        RunFolder folder = RunFolder.create(null, dir.resolve("resultados"), START);

        assertThat(folder.root()).isEqualTo(dir.resolve("resultados/2026-03-15_09-05-07"));
        assertThat(folder.evidenceDir()).isDirectory().isEqualTo(folder.root().resolve("evidencias"));
        assertThat(folder.resultsWorkbook()).isEqualTo(folder.root().resolve("resultados.xlsx"));
        assertThat(folder.htmlReport()).isEqualTo(folder.root().resolve("reporte.html"));
        assertThat(folder.logFile()).isEqualTo(folder.root().resolve("robot.log"));
    }

    @Test
    void twoRunsInTheSameSecondGetTwoFolders() {
        RunFolder first = RunFolder.create(null, dir, START);
        RunFolder second = RunFolder.create(null, dir, START);

        assertThat(second.root()).isNotEqualTo(first.root()).isEqualTo(dir.resolve("2026-03-15_09-05-07_2"));
    }

    @Test
    void salidaIsUsedAsIsEvenIfItExists() throws Exception {
        Path output = dir.resolve("mi salida");
        Files.createDirectories(output);

        RunFolder folder = RunFolder.create(output, dir.resolve("ignored"), START);

        assertThat(folder.root()).isEqualTo(output);
        assertThat(output.resolve("evidencias")).isDirectory();
        assertThat(dir.resolve("ignored")).doesNotExist();
    }

    @Test
    void defaultBaseIsResultadosInTheWorkingDirectory() {
        assertThat(RunFolder.DEFAULT_BASE).isEqualTo("resultados");
    }

    @Test
    void refusesInSpanishWhenAFileIsInTheWay() throws Exception {
        Path file = Files.writeString(dir.resolve("soy-un-archivo"), "x");

        assertThatThrownBy(() -> RunFolder.create(file.resolve("sub"), null, START))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("No se pudo crear la carpeta de resultados")
                .hasMessageContaining("es un archivo, no una carpeta")
                .hasMessageContaining("--salida");
        assertThatThrownBy(() -> RunFolder.create(file, null, START))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("es un archivo, no una carpeta");
    }

    @Test
    void relativizesEvidencePaths() {
        RunFolder folder = RunFolder.create(dir.resolve("salida"), null, START);

        assertThat(folder.relativize(folder.evidenceDir().resolve("fila-3.png")))
                .isEqualTo(Path.of("evidencias", "fila-3.png"));
        assertThat(folder.relativize(Path.of("evidencias", "fila-3.png")))
                .isEqualTo(Path.of("evidencias", "fila-3.png"));
    }

    @Test
    void relativizesPathsGivenAgainstARelativeRoot() {
        RunFolder folder = RunFolder.create(dir.resolve("salida"), null, START);
        Path cwd = Path.of("").toAbsolutePath();
        Path relativeRoot = cwd.relativize(folder.root().toAbsolutePath());
        RunFolder relative = RunFolder.create(relativeRoot, null, START);

        assertThat(relative.relativize(relativeRoot.resolve("evidencias/fila-4.png")))
                .isEqualTo(Path.of("evidencias", "fila-4.png"));
    }
}
