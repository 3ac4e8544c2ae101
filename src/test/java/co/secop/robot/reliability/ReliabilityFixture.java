package co.secop.robot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.portal.PortalSettings;
import co.secop.robot.report.RunFolder;
import co.secop.robot.run.BatchJob;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.spreadsheet.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the reliability suites share: a payments spreadsheet of N rows of 1.000.000 on CPS-2026-0101
 * (numbers "R-01".."R-NN", one small ZIP of supports each), built with POI, and the checks on the
 * simulator's {@code GET /_mock/api/payments}.
 */
final class ReliabilityFixture {

    static final String CONTRACT = "CPS-2026-0101";
    static final String SENT = "Enviado a la entidad estatal";
    static final String USER = "contratista.demo";
    static final String PASSWORD = "Demo2026*";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ReliabilityFixture() {}

    /**
     * The test's folder, or {@code <confiabilidad.carpeta>/<name>} when that system property is set (to keep
     * the run folders, logs and evidence after the test for a look).
     */
    static Path workDir(Path tempDir, String name) {
        String keep = System.getProperty("confiabilidad.carpeta");
        if (keep == null || keep.isBlank()) {
            return tempDir;
        }
        try {
            return Files.createDirectories(Path.of(keep).resolve(name + "-" + System.currentTimeMillis()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads every class of the project now. Other builds may recompile the shared target/classes while a long
     * run is going on; a class loaded late could then be missing for a moment.
     */
    static void preloadProjectClasses() {
        try {
            Path root = Path.of(co.secop.robot.simulator.Simulator.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (!Files.isDirectory(root)) {
                return;
            }
            ClassLoader loader = ReliabilityFixture.class.getClassLoader();
            try (var files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    String name =
                            root.relativize(file).toString().replace('/', '.').replace('\\', '.');
                    try {
                        Class.forName(name.substring(0, name.length() - ".class".length()), false, loader);
                    } catch (ClassNotFoundException | LinkageError e) {
                        // being recompiled right now: it will be loaded when used
                    }
                }
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "R-01".."R-NN". */
    static List<String> numbers(int rows) {
        return IntStream.rangeClosed(1, rows)
                .mapToObj(i -> String.format("R-%02d", i))
                .toList();
    }

    /** {@code dir/pagos.xlsx} with {@code rows} rows and {@code dir/soportes/r-NN.zip}. */
    static Path workbook(Path dir, int rows) {
        try {
            Path supports = Files.createDirectories(dir.resolve("soportes"));
            Path file = dir.resolve("pagos.xlsx");
            try (Workbook workbook = new XSSFWorkbook();
                    OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = workbook.createSheet("Pagos");
                String[] headers = {
                    "Contrato",
                    "Periodo",
                    "Número de factura o pago",
                    "Factura electrónica",
                    "CUFE",
                    "Valor neto",
                    "Valor total",
                    "Fecha de vencimiento",
                    "Notas",
                    "Soportes"
                };
                Row header = sheet.createRow(0);
                for (int c = 0; c < headers.length; c++) {
                    header.createCell(c).setCellValue(headers[c]);
                }
                List<String> numbers = numbers(rows);
                for (int i = 0; i < numbers.size(); i++) {
                    String number = numbers.get(i);
                    String zip = number.toLowerCase() + ".zip";
                    writeZip(supports.resolve(zip), number);
                    Row row = sheet.createRow(i + 1);
                    row.createCell(0).setCellValue(CONTRACT);
                    row.createCell(1).setCellValue("Noviembre 2026");
                    row.createCell(2).setCellValue(number);
                    row.createCell(3).setCellValue("No");
                    row.createCell(5).setCellValue(1_000_000);
                    row.createCell(6).setCellValue(1_000_000);
                    row.createCell(8).setCellValue("Cuenta de cobro " + number + " - prueba de confiabilidad");
                    row.createCell(9).setCellValue("soportes/" + zip);
                }
                workbook.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeZip(Path file, String number) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("informe-" + number + ".txt"));
            zip.write(("Informe de actividades de la cuenta de cobro " + number).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** Entries of CPS-2026-0101 by invoice number (every entry of that contract, whatever its number). */
    static Map<String, List<JsonNode>> paymentsOfContract(String baseUrl) {
        Map<String, List<JsonNode>> byNumber = new TreeMap<>();
        for (JsonNode p : get(baseUrl + "/_mock/api/payments")) {
            if (CONTRACT.equals(p.path("contract").asText())) {
                byNumber.computeIfAbsent(p.path("number").asText(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        return byNumber;
    }

    /**
     * The portal holds exactly these entries on the contract, one per number, each "Enviado a la entidad
     * estatal" with that state exactly once in its history, 1.000.000 and its own ZIP.
     */
    static void assertEachSentExactlyOnce(String baseUrl, List<String> numbers) {
        Map<String, List<JsonNode>> byNumber = paymentsOfContract(baseUrl);
        assertThat(byNumber.keySet())
                .as("números en el portal (sin entradas extra)")
                .containsExactlyElementsOf(numbers);
        for (String number : numbers) {
            List<JsonNode> entries = byNumber.get(number);
            assertThat(entries).as("entradas con el número " + number).hasSize(1);
            JsonNode entry = entries.get(0);
            assertThat(entry.path("state").asText()).as(number).isEqualTo(SENT);
            long sent = 0;
            for (JsonNode h : entry.path("history")) {
                if (SENT.equals(h.path("state").asText())) {
                    sent++;
                }
            }
            assertThat(sent)
                    .as("veces «" + SENT + "» en el historial de " + number)
                    .isEqualTo(1);
            assertThat(entry.path("totalValue").decimalValue()).isEqualByComparingTo("1000000");
            assertThat(entry.path("documents")).as("soportes de " + number).isNotEmpty();
            assertThat(entry.path("documents")
                            .get(entry.path("documents").size() - 1)
                            .path("name")
                            .asText())
                    .isEqualTo(number.toLowerCase() + ".zip");
        }
    }

    /**
     * {@code cargar} in this JVM (headless Chromium, no e-mail): portal timeout 20 s, optional popups 2 s, the
     * given retry budget per row and first pause.
     */
    static BatchSummary runBatch(
            Simulator simulator,
            Path sheetFile,
            Path dir,
            Duration budget,
            Duration pause,
            BatchRunner.Listener listener)
            throws Exception {
        PaymentSheet sheet = new PaymentSheetReader().read(sheetFile);
        ValidationReport validation = new PaymentValidator().validate(sheet);
        assertThat(validation.problems()).isEmpty();
        RunFolder folder = RunFolder.create(dir.resolve("resultados"), dir, LocalDateTime.now());
        BatchOptions options = new BatchOptions(
                        simulator.loginUrl(),
                        USER,
                        PASSWORD.toCharArray(),
                        Optional.empty(),
                        false,
                        10L * 1024 * 1024,
                        folder.root().resolve("soportes"))
                .withRetries(budget, pause);
        BatchJob.Request request = new BatchJob.Request(
                sheet,
                validation,
                options,
                BrowserSettings.defaults(),
                PortalSettings.defaults().withTimeout(Duration.ofSeconds(20)).withShortTimeout(Duration.ofSeconds(2)),
                folder,
                dir.resolve("diario.json"),
                BatchJob.Mail.off());
        return new BatchJob().run(request, listener);
    }

    static JsonNode faults(String baseUrl) {
        return get(baseUrl + "/_mock/api/faults");
    }

    static JsonNode get(String url) {
        try {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(url).isEqualTo(200);
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
