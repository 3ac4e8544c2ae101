package co.secop.robot.run;

import co.secop.robot.spreadsheet.SampleWorkbook;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.SentPayments;
import co.secop.robot.testsupport.Zips;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** contract → user, in the order the rows go round them. */
    static final List<String[]> CONTRACTS = List.of(
            new String[] {"CPS-2026-0101", DEMO},
            new String[] {"CPS-2026-0201", DOS},
            new String[] {"CPS-2026-0103", DEMO},
            new String[] {"CPS-2026-0301", DEMO});

    /** What the sheet asks for one row. */
    record Expected(int rowNumber, String user, String contract, String number, BigDecimal value, String zip) {}

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
            SampleWorkbook workbook = SampleWorkbook.xlsx()
                    .sheet("Pagos")
                    .row(
                            "Usuario",
                            "Contrato",
                            "Periodo",
                            "Número de factura o pago",
                            "Factura electrónica",
                            "Valor neto",
                            "Valor total",
                            "Notas",
                            "Soportes");
            for (Expected e : rows) {
                Zips.write(
                        supports.resolve(e.zip()),
                        "informe-" + e.number() + ".txt",
                        "Informe de actividades " + e.number());
                workbook.rowAt(
                        e.rowNumber(),
                        e.user(),
                        e.contract(),
                        "Noviembre 2026",
                        e.number(),
                        "No",
                        e.value().doubleValue(),
                        e.value().doubleValue(),
                        "Cuenta de cobro " + e.number() + " en paralelo",
                        "soportes/" + e.zip());
            }
            return workbook.save(dir.resolve("pagos.xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean filedHere(JsonNode payment) {
        return payment.path("number").asText().startsWith("P-");
    }

    /** The portal's entries whose number starts with "P-", by number. */
    static Map<String, List<JsonNode>> filed(String baseUrl) {
        return new MockPortalApi(baseUrl).byNumber(TwoAccountsSheet::filedHere);
    }

    /**
     * Every row is on the portal exactly once, on its contract, «Enviado a la entidad estatal» once in its
     * history, with its values and its own ZIP; nothing else was filed.
     */
    static void assertEachSentExactlyOnce(String baseUrl, List<Expected> rows) {
        SentPayments.assertEachSentExactlyOnce(
                new MockPortalApi(baseUrl),
                TwoAccountsSheet::filedHere,
                rows.stream()
                        .map(e -> new SentPayments.Expected(e.number(), e.contract(), e.value(), e.value(), e.zip()))
                        .toList());
    }
}
