package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./secop empaquetar}, then the release as a contractor runs it: unzipped in an empty folder,
 * {@code secop demo} with a PATH that has Java and the browser but no Maven. An integration test (Maven
 * Failsafe, phase {@code integration-test} of {@code mvn verify}, so of {@code ./secop test}): it packages the
 * {@code target/secop-robot.jar} that the same build has just made.
 */
class PackagedReleaseIT {

    @TempDir
    Path dir;

    @Test
    void theReleaseRunsTheDemoFromAnEmptyFolderWithoutMaven() throws Exception {
        // Failsafe runs after package: a missing jar is a broken build, never a reason to skip.
        assertThat(Path.of("target", PackageCommand.JAR)).isRegularFile();

        CliRun packaged =
                CliRun.of("empaquetar", "--salida", dir.resolve("dist").toString());

        assertThat(packaged.exitCode()).as(packaged.err()).isZero();
        Path zip;
        try (var files = Files.list(dir.resolve("dist"))) {
            zip = files.filter(f -> f.getFileName().toString().matches("secop-robot-.+\\.zip"))
                    .findFirst()
                    .orElseThrow();
        }
        String top = zip.getFileName().toString().replaceFirst("\\.zip$", "");
        Path empty = Files.createDirectories(dir.resolve("contratista"));
        List<String> names = unzip(zip, empty);
        assertThat(names)
                .contains(
                        top + "/secop-robot.jar",
                        top + "/secop",
                        top + "/secop.cmd",
                        top + "/LEEME.txt",
                        top + "/config/secop.conf",
                        top + "/sample-data/pagos-demo.xlsx");
        assertThat(names).noneMatch(n -> n.contains("/src/") || n.endsWith("pom.xml"));
        Path release = empty.resolve(top);
        assertThat(Files.readString(release.resolve("LEEME.txt"), StandardCharsets.UTF_8))
                .contains("No necesita Maven");

        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("java", "chromium", "chromedriver", "dirname", "id", "bash", "env")) {
            Path real = which(tool);
            Assumptions.assumeTrue(real != null, "falta " + tool + " en este equipo");
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
        Path work = Files.createDirectories(dir.resolve("carpeta-vacia"));
        ProcessBuilder demo = new ProcessBuilder(
                        bin.resolve("bash").toString(), release.resolve("secop").toString(), "demo")
                .directory(work.toFile())
                .redirectErrorStream(true);
        demo.environment().put("PATH", bin.toString());
        demo.environment().remove("MAVEN_HOME");
        Process process = demo.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        // The links go before JUnit cleans the folder (else it warns once per link in ./secop test's output).
        try (var links = Files.list(bin)) {
            for (Path link : links.toList()) {
                Files.delete(link);
            }
        }

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("Enviados: 4 · Corregidos: 1")
                .doesNotContain("mvn")
                .doesNotContain("\u001b[");
        assertThat(output).contains("Fila 2 · CPS-2026-0101 · 011 · Enviado");
        // The demo fills the social-security block of CPS-2026-0104 and shows what SECOP II answered.
        assertThat(output)
                .contains("Fila 6 · CPS-2026-0104 · 011 · Enviado")
                .contains("Planilla de seguridad social en SECOP II:");
        // (wrapped to the terminal's width)
        assertThat(output.replaceAll("\\s+", " "))
                .containsPattern(
                        "Fila 6 · CPS-2026-0104 · 011: 9523456711 del 05/11/2026: Consulta exitosa, IBC [0-9.]+,00 COP");
        try (var runs = Files.list(work.resolve("resultados"))) {
            assertThat(runs.map(p -> p.getFileName().toString())).contains("index.html");
        }
        // The run left its report and one receipt per payment sent (4 sent, 1 corrected).
        Path run;
        try (var runs = Files.list(work.resolve("resultados"))) {
            run = runs.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}_.*"))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(run.resolve("reporte.html")).isRegularFile();
        try (var receipts = Files.list(run.resolve("comprobantes"))) {
            assertThat(receipts.map(p -> p.getFileName().toString()))
                    .hasSize(5)
                    .allMatch(name -> name.matches("comprobante-fila-\\d+\\.pdf"));
        }
    }

    /** Unzips keeping the executable bit that the ZIP records for the launcher. */
    private static List<String> unzip(Path zip, Path into) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                names.add(entry.getName());
                Path target = into.resolve(entry.getName()).normalize();
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        assertThat(Files.isExecutable(into.resolve(names.get(0).split("/")[0]).resolve("secop")))
                .isTrue();
        return names;
    }

    private static Path which(String tool) throws IOException {
        for (String folder : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(folder, tool);
            if (Files.isExecutable(candidate)) {
                return candidate.toRealPath();
            }
        }
        return null;
    }
}
