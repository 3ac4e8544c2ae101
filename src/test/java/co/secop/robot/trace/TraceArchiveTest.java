package co.secop.robot.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reproducir} looks at a ZIP before it writes anything: no trace, too many entries, too big once expanded,
 * or an entry outside itself ({@code ../}) is refused by name; a good ZIP gives only the trace and the replayed
 * row's files, in a temporary folder that is gone afterwards.
 */
class TraceArchiveTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheTraceAndTheReplayedRowsFilesAreExtractedAndTheFolderIsRemovedAfterwards() throws Exception {
        Path zip = zip(
                "ejecucion/",
                Map.of(
                        "traza/traza.json", trace(),
                        "traza/fila-3/paso-01.png", "png de la fila 3",
                        "traza/fila-4/paso-01.png", "png de la fila 4",
                        "reporte.html", "<html>reporte del contratista</html>",
                        "resultados.xlsx", "hoja"));
        Path folder;
        try (TraceArchive archive = TraceArchive.open(zip)) {
            folder = archive.runFolder();
            List<TraceRow> rows = TraceFile.read(folder).orElseThrow();
            archive.extractRow(rows.get(0));
            try (Stream<Path> files = Files.walk(folder)) {
                assertThat(files.filter(Files::isRegularFile)
                                .map(p -> folder.relativize(p).toString()))
                        .containsExactlyInAnyOrder("traza/traza.json", "traza/fila-3/paso-01.png");
            }
        }
        assertThat(folder.getParent()).doesNotExist();
    }

    @Test
    void anEntryOutsideTheZipIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path zip = zip("", Map.of("traza/traza.json", trace(), "../../fuera.txt", "x"));

        assertThatThrownBy(() -> TraceArchive.open(zip))
                .isInstanceOf(TraceArchive.Refused.class)
                .hasMessageContaining("ruta fuera de su carpeta")
                .hasMessageContaining("../../fuera.txt");
        assertThat(dir.getParent().resolve("fuera.txt")).doesNotExist();
    }

    @Test
    void aZipWithoutTraceOrTooBigOnceExpandedIsRefusedByTheDirectoryAlone() throws Exception {
        Path noTrace = zip("", Map.of("reporte.html", "x"));
        assertThatThrownBy(() -> TraceArchive.open(noTrace))
                .isInstanceOf(TraceArchive.Refused.class)
                .hasMessageContaining("no tiene traza");

        Path big = zip("", Map.of("traza/traza.json", trace(), "evidencias/ceros.bin", "0".repeat(3 << 20)));
        assertThatThrownBy(() -> TraceArchive.open(big, 2 << 20))
                .isInstanceOf(TraceArchive.Refused.class)
                .hasMessageContaining("descomprimido");
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Path zip = dir.resolve("muchos.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(out, "traza/traza.json", trace());
            for (int i = 0; i < TraceArchive.MAX_ENTRIES; i++) {
                put(out, "x/" + i, "");
            }
        }
        assertThatThrownBy(() -> TraceArchive.open(zip))
                .isInstanceOf(TraceArchive.Refused.class)
                .hasMessageContaining("archivos (máximo");
    }

    private Path zip(String root, Map<String, String> files) throws IOException {
        Path zip = dir.resolve("ejecucion-" + files.size() + "-" + root.length() + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                put(out, root + file.getKey(), file.getValue());
            }
        }
        return zip;
    }

    private static void put(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private String trace() throws IOException {
        Path run = Files.createDirectories(dir.resolve("traza-" + System.nanoTime()));
        TraceStep step = new TraceStep(
                1,
                "Abrió «Mis contratos»",
                LocalDateTime.of(2026, 11, 30, 9, 0),
                120,
                "http://127.0.0.1/x",
                "traza/fila-3/paso-01.png",
                null,
                List.of());
        TraceFile.write(run, List.of(new TraceRow(3, "Fila 3", List.of("Contrato"), Map.of(), List.of(step))));
        return Files.readString(TraceFile.in(run), StandardCharsets.UTF_8);
    }
}
