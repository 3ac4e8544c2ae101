package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.run.BatchJob;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the user can fix is said as such: exit 2, a Spanish message naming the path and the cause, no Java class
 * name, no pointer to a log that was never written.
 */
class UserMistakesExitTwoTest {

    @TempDir
    Path dir;

    @Test
    void salidaOnAFileIsAUserMistakeNamingThePath() throws Exception {
        Path file = Files.writeString(dir.resolve("no-es-carpeta.txt"), "x");

        assertThatThrownBy(() -> cargar(file))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("es un archivo, no una carpeta")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void salidaInAFolderNobodyCanWriteIsAUserMistakeNamingThePath() {
        // /proc takes no new folders, not even from root (the tests may run as root, who ignores permissions).
        Path readOnly = Path.of("/proc/resultados-secop");

        assertThatThrownBy(() -> cargar(readOnly))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining(readOnly.toString())
                .hasMessageContaining("--salida")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void aZipWithPathsOutsideItselfGivenToReproducirExitsTwo() throws Exception {
        Path zip = dir.resolve("ejecucion.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("traza/traza.json"));
            out.write("[]".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("../../../tmp/secop-fuera.txt"));
            out.write("x".getBytes(StandardCharsets.UTF_8));
        }

        CliRun run = CliRun.of("reproducir", zip.toString(), "--fila", "3");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.err())
                .contains(zip.toString(), "ruta fuera de su carpeta", "../../../tmp/secop-fuera.txt")
                .doesNotContain("Exception", "Error inesperado", "registro (log)");
    }

    private int cargar(Path output) throws Exception {
        return LoadCommand.run(
                new PrintWriter(new StringWriter()),
                RobotConfiguration.load(Optional.empty()),
                "http://127.0.0.1:9/STS/Users/Login/Index",
                new Credentials("contratista.demo", "x".toCharArray()),
                Path.of("sample-data/pagos-demo.xlsx").toAbsolutePath(),
                null,
                output,
                new LoadCommand.Mode(false, false, false),
                BatchJob.Mail.off());
    }
}
