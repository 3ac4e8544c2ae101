package co.secop.robot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.portal.PortalSettings;
import co.secop.robot.report.RunFolder;
import co.secop.robot.run.BatchJob;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.PaymentSheetReader;
import co.secop.robot.spreadsheet.PaymentValidator;
import co.secop.robot.spreadsheet.SampleWorkbook;
import co.secop.robot.spreadsheet.ValidationReport;
import co.secop.robot.testsupport.ChildRuns;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.SentPayments;
import co.secop.robot.testsupport.SimulatorBatch;
import co.secop.robot.testsupport.TestBrowsers;
import co.secop.robot.testsupport.Zips;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What the reliability suites share: a payments spreadsheet of N rows of 1.000.000 on CPS-2026-0101
 * (numbers "R-01".."R-NN", one small ZIP of supports each), built with POI, and the checks on the
 * simulator's {@code GET /_mock/api/payments}.
 */
final class ReliabilityFixture {

    static final String CONTRACT = "CPS-2026-0101";
    static final String USER = "contratista.demo";
    static final String PASSWORD = "Demo2026*";

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
            SampleWorkbook workbook = SampleWorkbook.xlsx()
                    .sheet("Pagos")
                    .row(
                            "Contrato",
                            "Periodo",
                            "Número de factura o pago",
                            "Factura electrónica",
                            "CUFE",
                            "Valor neto",
                            "Valor total",
                            "Fecha de vencimiento",
                            "Notas",
                            "Soportes");
            for (String number : numbers(rows)) {
                String zip = number.toLowerCase() + ".zip";
                Zips.write(
                        supports.resolve(zip),
                        "informe-" + number + ".txt",
                        "Informe de actividades de la cuenta de cobro " + number);
                workbook.row(
                        CONTRACT,
                        "Noviembre 2026",
                        number,
                        "No",
                        null,
                        1_000_000,
                        1_000_000,
                        null,
                        "Cuenta de cobro " + number + " - prueba de confiabilidad",
                        "soportes/" + zip);
            }
            return workbook.save(dir.resolve("pagos.xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean onContract(JsonNode payment) {
        return CONTRACT.equals(payment.path("contract").asText());
    }

    /** Entries of CPS-2026-0101 by invoice number (every entry of that contract, whatever its number). */
    static Map<String, List<JsonNode>> paymentsOfContract(String baseUrl) {
        return new MockPortalApi(baseUrl).byNumber(ReliabilityFixture::onContract);
    }

    /**
     * The portal holds exactly these entries on the contract, one per number, each "Enviado a la entidad
     * estatal" with that state exactly once in its history, 1.000.000 and its own ZIP.
     */
    static void assertEachSentExactlyOnce(String baseUrl, List<String> numbers) {
        SentPayments.assertEachSentExactlyOnce(
                new MockPortalApi(baseUrl),
                ReliabilityFixture::onContract,
                numbers.stream()
                        .map(n -> new SentPayments.Expected(
                                n, null, null, new BigDecimal("1000000"), n.toLowerCase() + ".zip"))
                        .toList());
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
        return runBatch(simulator.loginUrl(), sheetFile, dir, budget, pause, listener);
    }

    /** Like {@link #runBatch(Simulator, Path, Path, Duration, Duration, BatchRunner.Listener)}, at any address. */
    static BatchSummary runBatch(
            String loginUrl, Path sheetFile, Path dir, Duration budget, Duration pause, BatchRunner.Listener listener)
            throws Exception {
        PaymentSheet sheet = new PaymentSheetReader().read(sheetFile);
        ValidationReport validation = new PaymentValidator().validate(sheet);
        assertThat(validation.problems()).isEmpty();
        RunFolder folder = RunFolder.create(dir.resolve("resultados"), dir, LocalDateTime.now());
        BatchOptions options = SimulatorBatch.options(
                        loginUrl, USER, PASSWORD, false, folder.root().resolve("soportes"))
                .withRetries(budget, pause);
        BatchJob.Request request = new BatchJob.Request(
                sheet,
                validation,
                options,
                TestBrowsers.settings(),
                PortalSettings.defaults().withTimeout(Duration.ofSeconds(20)).withShortTimeout(Duration.ofSeconds(2)),
                folder,
                dir.resolve("diario.json"),
                BatchJob.Mail.off());
        return new BatchJob().run(request, listener);
    }

    /**
     * {@code java -cp <this classpath> co.secop.robot.cli.SecopCli cargar ...} against {@code loginUrl}, with short
     * waits and retries, results and journals under {@code dir}, output to {@code <name>.txt}.
     */
    static ProcessBuilder cargarChild(Path dir, Path sheet, String name, String loginUrl) {
        ProcessBuilder builder = ChildRuns.secopCli(
                dir,
                List.of(
                        "-Dlote.salida=" + dir.resolve("resultados"),
                        "-Dlote.diarios=" + dir.resolve("diarios"),
                        "-Dportal.espera-maxima=30s",
                        "-Dportal.espera-corta=2s",
                        "-Dlote.pausa-reintento=500ms",
                        "-Dlote.presupuesto-por-fila=2m"),
                List.of(
                        "cargar",
                        "--datos",
                        sheet.toString(),
                        "--portal",
                        loginUrl,
                        "--salida",
                        dir.resolve("resultados").resolve(name).toString(),
                        "--sin-correo"),
                dir.resolve(name + ".txt"));
        builder.environment().put("SECOP_USUARIO", USER);
        builder.environment().put("SECOP_CLAVE", PASSWORD);
        return builder;
    }

    static JsonNode faults(String baseUrl) {
        return new MockPortalApi(baseUrl).faults();
    }
}
