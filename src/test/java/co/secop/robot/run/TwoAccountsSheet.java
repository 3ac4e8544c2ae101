package co.secop.robot.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A payments sheet over the simulator's two contractors, with the column «Usuario»: contratista.demo files
 * CPS-2026-0101, CPS-2026-0103 and CPS-2026-0301 (another of its companies), contratista.dos files
 * CPS-2026-0201. Rows go round the four contracts in sheet order, numbers "P-01".., each with its own value
 * and ZIP; and the checks on {@code GET /_mock/api/payments}.
 */
final class TwoAccountsSheet {

    static final String DEMO = "contratista.demo";
    static final String DOS = "contratista.dos";
    static final String PASSWORD = "Demo2026*";
    static final String SENT = "Enviado a la entidad estatal";

    /** contract → user, in the order the rows go round them. */
    static final List<String[]> CONTRACTS = List.of(
            new String[] {"CPS-2026-0101", DEMO},
            new String[] {"CPS-2026-0201", DOS},
            new String[] {"CPS-2026-0103", DEMO},
            new String[] {"CPS-2026-0301", DEMO});

    /** What the sheet asks for one row. */
    record Expected(int rowNumber, String user, String contract, String number, BigDecimal value, String zip) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private TwoAccountsSheet() {}

    /** The rows of a sheet of {@code rows} rows over the first {@code contracts} contracts. */
    static List<Expected> expected(int rows, int contracts) {
        List<Expected> expected = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String[] contract = CONTRACTS.get(i % contracts);
            String number = String.format("P-%02d", i + 1);
            expected.add(new Expected(
                    i + 2,
                    contract[1],
                    contract[0],
                    number,
                    new BigDecimal(1_000_000 + (i + 1) * 1_000),
                    number.toLowerCase() + ".zip"));
        }
        return expected;
    }

    /** {@code dir/pagos.xlsx} and its ZIPs in {@code dir/soportes/}. */
    static Path write(Path dir, List<Expected> rows) {
        try {
            Path supports = Files.createDirectories(dir.resolve("soportes"));
            Path file = dir.resolve("pagos.xlsx");
            try (Workbook workbook = new XSSFWorkbook();
                    OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = workbook.createSheet("Pagos");
                String[] headers = {
                    "Usuario",
                    "Contrato",
                    "Periodo",
                    "Número de factura o pago",
                    "Factura electrónica",
                    "Valor neto",
                    "Valor total",
                    "Notas",
                    "Soportes"
                };
                Row header = sheet.createRow(0);
                for (int c = 0; c < headers.length; c++) {
                    header.createCell(c).setCellValue(headers[c]);
                }
                for (Expected e : rows) {
                    zip(supports.resolve(e.zip()), e.number());
                    Row row = sheet.createRow(e.rowNumber() - 1);
                    row.createCell(0).setCellValue(e.user());
                    row.createCell(1).setCellValue(e.contract());
                    row.createCell(2).setCellValue("Noviembre 2026");
                    row.createCell(3).setCellValue(e.number());
                    row.createCell(4).setCellValue("No");
                    row.createCell(5).setCellValue(e.value().doubleValue());
                    row.createCell(6).setCellValue(e.value().doubleValue());
                    row.createCell(7).setCellValue("Cuenta de cobro " + e.number() + " en paralelo");
                    row.createCell(8).setCellValue("soportes/" + e.zip());
                }
                workbook.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void zip(Path file, String number) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("informe-" + number + ".txt"));
            zip.write(("Informe de actividades " + number).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** The portal's entries whose number starts with "P-", by number. */
    static Map<String, List<JsonNode>> filed(String baseUrl) {
        Map<String, List<JsonNode>> byNumber = new TreeMap<>();
        for (JsonNode p : get(baseUrl + "/_mock/api/payments")) {
            if (p.path("number").asText().startsWith("P-")) {
                byNumber.computeIfAbsent(p.path("number").asText(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        return byNumber;
    }

    /**
     * Every row is on the portal exactly once, on its contract, «Enviado a la entidad estatal» once in its
     * history, with its values and its own ZIP; nothing else was filed.
     */
    static void assertEachSentExactlyOnce(String baseUrl, List<Expected> rows) {
        Map<String, List<JsonNode>> byNumber = filed(baseUrl);
        assertThat(byNumber.keySet())
                .as("números en el portal")
                .containsExactlyElementsOf(rows.stream().map(Expected::number).toList());
        for (Expected e : rows) {
            List<JsonNode> entries = byNumber.get(e.number());
            assertThat(entries).as("entradas con el número " + e.number()).hasSize(1);
            JsonNode entry = entries.get(0);
            assertThat(entry.path("contract").asText()).as(e.number()).isEqualTo(e.contract());
            assertThat(entry.path("state").asText()).as(e.number()).isEqualTo(SENT);
            long sent = 0;
            for (JsonNode h : entry.path("history")) {
                if (SENT.equals(h.path("state").asText())) {
                    sent++;
                }
            }
            assertThat(sent)
                    .as("veces «" + SENT + "» en el historial de " + e.number())
                    .isEqualTo(1);
            assertThat(entry.path("netValue").decimalValue()).as(e.number()).isEqualByComparingTo(e.value());
            assertThat(entry.path("totalValue").decimalValue()).as(e.number()).isEqualByComparingTo(e.value());
            JsonNode documents = entry.path("documents");
            assertThat(documents).as("soportes de " + e.number()).isNotEmpty();
            assertThat(documents.get(documents.size() - 1).path("name").asText())
                    .isEqualTo(e.zip());
        }
    }

    static JsonNode get(String url) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
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
