package co.secop.robot.cli;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.browser.LocalGrid;
import co.secop.robot.browser.WebDriverCommands;
import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.config.SecopConfig;
import co.secop.robot.report.RunFolder;
import co.secop.robot.run.Accounts;
import co.secop.robot.run.BatchJob;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./secop rendimiento}: how long the robot takes per row on the simulator, how many WebDriver
 * commands and portal requests each row costs, and how far it is from the ideal (the portal's latency
 * only). Speed is measured here, never asserted in tests.
 */
@Command(
        name = "rendimiento",
        description = {
            "Mide el robot contra el simulador: radica N pagos en CPS-2026-0101 (o alternados con CPS-2026-0103, ver --contratos; un inicio de sesión) y muestra el",
            "tiempo por fila, los comandos WebDriver y las peticiones al portal por fila, el tiempo ideal (peticiones",
            "× latencia media) y la memoria. Con --latencia-ms cada petición tarda L ms en promedio (entre L/2 y 3L/2),",
            "como el portal real. Escribe los números en JSON con --salida."
        })
public final class BenchmarkCommand implements Callable<Integer> {

    static final String CONTRACT = "CPS-2026-0101";

    /** With two contracts the rows alternate between these (both of one company, both with «Crear»). */
    static final List<String> CONTRACTS = List.of(CONTRACT, "CPS-2026-0103");

    /** A «prestación de servicios» contract of a natural person: its form has the social-security block. */
    static final String PLANILLA_CONTRACT = "CPS-2026-0104";

    /** The seed's planilla of November 2026 for that contractor (SICOPI knows it by the simulator's clock). */
    static final String[] SEED_PLANILLA = {"9523456711", "05/11/2026"};

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--filas",
            defaultValue = "10",
            paramLabel = "N",
            description = "Pagos a radicar (1 a 30; por defecto 10).")
    int rows;

    @Option(
            names = "--latencia-ms",
            defaultValue = "0",
            paramLabel = "L",
            description = "Latencia media del simulador por petición, en ms (por defecto 0).")
    long latencyMs;

    @Option(
            names = "--paralelo",
            defaultValue = "1",
            paramLabel = "P",
            description = "Navegadores a la vez (por defecto 1).")
    int parallel;

    @Option(
            names = "--contratos",
            paramLabel = "C",
            description = "1: todas las filas en CPS-2026-0101; 2: alternadas con CPS-2026-0103, para que dos"
                    + " navegadores tengan trabajo (por defecto 1 con un navegador y 2 con --paralelo).")
    Integer contracts;

    @Option(
            names = "--planilla",
            description = "Cada fila en " + PLANILLA_CONTRACT + " (prestación de servicios de persona natural), con la"
                    + " planilla de noviembre de la semilla: mide también el bloque de seguridad social (un contrato).")
    boolean planilla;

    @Option(names = "--salida", paramLabel = "ARCHIVO.json", description = "Dónde escribir los números en JSON.")
    Path output;

    @Option(names = "--visible", description = "Muestra el navegador mientras trabaja.")
    boolean visible;

    @Option(
            names = "--grid",
            arity = "0..1",
            fallbackValue = LOCAL_GRID,
            paramLabel = "URL",
            description = "Los navegadores de un Selenium Grid 4: sin URL inicia uno en este equipo (en su propia JVM,"
                    + " como ./secop grid); con URL usa ese, que debe poder abrir el simulador en 127.0.0.1.")
    String grid;

    /** {@code --grid} without a URL: a Grid of this machine, started and stopped by the measurement. */
    static final String LOCAL_GRID = "local";

    @Override
    public Integer call() throws Exception {
        if (rows < 1 || rows > 30) {
            throw new UserFacingException(
                    "--filas debe estar entre 1 y 30 (el saldo del contrato de prueba alcanza para 30 pagos de 1.000.000).");
        }
        if (latencyMs < 0 || latencyMs > 10_000) {
            throw new UserFacingException("--latencia-ms debe estar entre 0 y 10000.");
        }
        if (parallel < 1 || parallel > LoadCommand.MAX_PARALLEL) {
            throw new UserFacingException("--paralelo debe estar entre 1 y " + LoadCommand.MAX_PARALLEL + ".");
        }
        int contractCount = contracts != null ? contracts : planilla ? 1 : Math.min(parallel, CONTRACTS.size());
        if (contractCount < 1 || contractCount > CONTRACTS.size()) {
            throw new UserFacingException("--contratos debe ser 1 o 2.");
        }
        if (planilla && contractCount != 1) {
            throw new UserFacingException(
                    "--planilla mide un solo contrato (" + PLANILLA_CONTRACT + "): quite --contratos 2.");
        }
        Path work = Files.createTempDirectory("secop-rendimiento-");
        Path sheet =
                spreadsheet(work, rows, planilla ? List.of(PLANILLA_CONTRACT) : CONTRACTS.subList(0, contractCount));
        PrintWriter out = spec.commandLine().getOut();
        RobotConfiguration config = RobotConfiguration.load(java.util.Optional.empty());
        BrowserSettings browser = config.browserSettings(visible);
        URL remoteGrid = grid == null || LOCAL_GRID.equals(grid) ? null : gridUrl(grid);
        try (LocalGrid localGrid =
                        LOCAL_GRID.equals(grid) ? LocalGrid.start(SecopConfig.home(), 0, parallel, browser) : null;
                // In its own JVM, left out of the memory figure: the simulator is not the robot.
                SimulatorProcess simulator =
                        SimulatorProcess.start(simulatorOptions(latencyMs), work.resolve("simulador.log"));
                PeakMemory memory = PeakMemory.start(List.of(simulator.handle()))) {
            if (localGrid != null) {
                browser = browser.withGridUrl(localGrid.url());
            } else if (remoteGrid != null) {
                browser = browser.withGridUrl(remoteGrid);
            }
            out.println("Simulador en " + simulator.loginUrl() + " · latencia media " + latencyMs
                    + " ms por petición · " + rows + " filas · " + parallel + " navegador(es)"
                    + browser.gridUrl()
                            .map(g -> " · Selenium Grid " + g + (localGrid != null ? " (de este equipo)" : ""))
                            .orElse(""));
            out.flush();
            post(simulator.baseUrl() + "/_mock/api/stats/reset", "");
            long commandsBefore = WebDriverCommands.total();
            Map<String, Long> commandTypesBefore = WebDriverCommands.byName();
            Instant start = Instant.now();
            List<Instant> finished = new ArrayList<>();
            List<long[]> counts = new ArrayList<>();
            Runnable atRowEnd =
                    () -> counts.add(new long[] {WebDriverCommands.total(), requestCount(simulator.baseUrl())});
            BatchSummary summary = run(config, browser, simulator.loginUrl(), sheet, work, finished, atRowEnd);
            Instant end = Instant.now();
            Measurement m = new Measurement(
                    rows,
                    parallel,
                    latencyMs,
                    start,
                    end,
                    finished,
                    WebDriverCommands.total() - commandsBefore,
                    difference(WebDriverCommands.byName(), commandTypesBefore),
                    stats(simulator.baseUrl()),
                    memory.peakMb(),
                    memory.covers()
                            + (remoteGrid != null
                                    ? "; no los navegadores del Grid " + remoteGrid + " (fuera de este equipo)"
                                    : ""),
                    !memory.heapOnly() && remoteGrid == null,
                    memory.measuredPids(),
                    simulator.handle().pid(),
                    counts);
            out.print(m.table());
            Path json = output != null ? output : work.resolve("rendimiento.json");
            m.write(json);
            out.println("JSON: " + json.toAbsolutePath());
            long notFiled = summary.outcomes().stream()
                    .filter(o -> o.status() != RowStatus.SENT)
                    .count();
            if (notFiled > 0) {
                out.println(
                        notFiled + " fila(s) no quedaron «Enviado»: la medición no es válida. Resultados en " + work);
                return SecopCli.SOME_FAILED;
            }
            return 0;
        }
    }

    private BatchSummary run(
            RobotConfiguration config,
            BrowserSettings browser,
            String loginUrl,
            Path sheet,
            Path work,
            List<Instant> finished,
            Runnable atRowEnd) {
        PaymentSheetLoader.Loaded loaded =
                PaymentSheetLoader.load(sheet, null, config.maxZipBytes(), config.fieldLimits(), false);
        RunFolder folder = RunFolder.create(work.resolve("resultados"), config.outputBase(), LocalDateTime.now());
        BatchOptions options = new BatchOptions(
                loginUrl,
                DemoCommand.DEMO_USER,
                DemoCommand.DEMO_PASSWORD.toCharArray(),
                java.util.Optional.empty(),
                false,
                config.maxZipBytes(),
                folder.root().resolve("soportes"));
        BatchJob.Request request = new BatchJob.Request(
                        loaded.sheet(),
                        loaded.report(),
                        options.withRetries(config.rowBudget(), config.retryPause()),
                        browser,
                        config.portalSettings(),
                        folder,
                        work.resolve("diario.json"),
                        BatchJob.Mail.off())
                .withAccounts(
                        Accounts.single(DemoCommand.DEMO_USER, DemoCommand.DEMO_PASSWORD.toCharArray()), parallel);
        return new BatchJob().run(request, new BatchRunner.Listener() {
            @Override
            public void rowFinished(RowOutcome outcome) {
                synchronized (finished) {
                    finished.add(Instant.now());
                    atRowEnd.run();
                }
            }
        });
    }

    /** Mean L: a fixed L/2 plus up to L more (300 ms → between 150 and 450 ms). */
    static List<String> simulatorOptions(long latencyMs) {
        return latencyMs == 0
                ? List.of()
                : List.of(
                        "--latencia-ms", String.valueOf(latencyMs / 2), "--fluctuacion-ms", String.valueOf(latencyMs));
    }

    private static URL gridUrl(String text) {
        try {
            URL url = URI.create(text.strip()).toURL();
            if (!url.getProtocol().startsWith("http")) {
                throw new IllegalArgumentException(text);
            }
            return url;
        } catch (IllegalArgumentException | java.net.MalformedURLException e) {
            throw new UserFacingException("--grid «" + text + "» no es una dirección válida: use, por ejemplo,"
                    + " http://127.0.0.1:4444, o --grid sin dirección para iniciar uno en este equipo.");
        }
    }

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> diff = new LinkedHashMap<>();
        after.forEach((name, count) -> {
            long d = count - before.getOrDefault(name, 0L);
            if (d > 0) {
                diff.put(name, d);
            }
        });
        return diff;
    }

    private static long requestCount(String baseUrl) {
        try {
            return stats(baseUrl).path("requests").asLong();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** What the simulator counted: {@code GET /_mock/api/stats}. */
    private static JsonNode stats(String baseUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/_mock/api/stats"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body());
    }

    /** The numbers of one run. Times in seconds; steady state = after the first row. */
    record Measurement(
            int rows,
            int parallel,
            long latencyMs,
            Instant start,
            Instant end,
            List<Instant> finished,
            long commands,
            Map<String, Long> commandTypes,
            JsonNode stats,
            long peakMemoryMb,
            String memoryCovers,
            boolean browserMemoryMeasured,
            java.util.Set<Long> memoryPids,
            long simulatorPid,
            List<long[]> atRowEnd) {

        /** Per row after the first (no login, no first visit to "Mis contratos"); the plain average with one row. */
        double steadyPerRow(int which, double total) {
            if (atRowEnd.size() < 2) {
                return total / rows;
            }
            return (double) (atRowEnd.get(atRowEnd.size() - 1)[which] - atRowEnd.get(0)[which]) / (atRowEnd.size() - 1);
        }

        /** Zero commands means the browser did not go through the counter, not that the robot sent none. */
        boolean commandsCounted() {
            return commands > 0;
        }

        /** The figures this run could not take, in the words of the table. */
        List<String> notMeasured() {
            List<String> missing = new ArrayList<>();
            if (!commandsCounted()) {
                missing.add("comandos WebDriver (el navegador no pasó por el contador)");
            }
            if (!browserMemoryMeasured) {
                missing.add("memoria de los navegadores (" + memoryCovers + ")");
            }
            return missing;
        }

        double wallSeconds() {
            return seconds(start, end);
        }

        /** From the start of the JVM (and the simulator) through the browser, the login and the first row. */
        double firstRowSeconds() {
            Instant jvm = Instant.ofEpochMilli(
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
            return finished.isEmpty() ? wallSeconds() : seconds(jvm, finished.get(0));
        }

        double secondsPerRow() {
            if (finished.size() < 2) {
                return finished.isEmpty() ? wallSeconds() : seconds(start, finished.get(0));
            }
            return seconds(finished.get(0), finished.get(finished.size() - 1)) / (finished.size() - 1);
        }

        long requests() {
            return stats.path("requests").asLong();
        }

        double idealSeconds() {
            return (double) requests() / parallel * latencyMs / 1000.0;
        }

        Double ratioToIdeal() {
            return idealSeconds() > 0 ? wallSeconds() / idealSeconds() : null;
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("rows", rows);
            json.put("parallel", parallel);

            json.put("latencyMs", latencyMs);
            json.put("wallSeconds", round(wallSeconds()));
            json.put("secondsPerRow", round(secondsPerRow()));
            json.put("firstRowSeconds", round(firstRowSeconds()));
            // A figure that could not be taken is null (and named in notMeasured), never a 0 that reads as measured.
            json.put("webdriverCommands", commandsCounted() ? commands : null);
            json.put("commandsPerRow", commandsCounted() ? round((double) commands / rows) : null);
            json.put("requests", requests());
            json.put("requestsPerRow", round((double) requests() / rows));
            json.put("commandsPerRowAfterFirst", commandsCounted() ? round(steadyPerRow(0, commands)) : null);
            json.put("requestsPerRowAfterFirst", round(steadyPerRow(1, requests())));
            json.put("idealSeconds", round(idealSeconds()));
            json.put("ratioToIdeal", ratioToIdeal() == null ? null : round(ratioToIdeal()));
            json.put("peakMemoryMb", peakMemoryMb);
            json.put("peakMemoryCovers", memoryCovers);
            json.put("peakMemoryPids", memoryPids.stream().sorted().toList());
            json.put("simulatorPid", simulatorPid);
            json.put("commandsByType", commandTypes);
            json.put("requestsByRoute", stats.path("byRoute"));
            json.put("notMeasured", notMeasured());
            return json;
        }

        void write(Path file) throws IOException {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(
                    file,
                    new ObjectMapper()
                                    .enable(SerializationFeature.INDENT_OUTPUT)
                                    .writeValueAsString(json()) + "\n",
                    StandardCharsets.UTF_8);
        }

        String table() {
            Locale es = Locale.forLanguageTag("es-CO");
            StringBuilder t = new StringBuilder();
            t.append(String.format(es, "%-52s %s%n", "Medición", "Valor"));
            line(t, es, "Filas · navegadores · latencia media", rows + " · " + parallel + " · " + latencyMs + " ms");
            line(t, es, "Tiempo total", String.format(es, "%.1f s", wallSeconds()));
            line(
                    t,
                    es,
                    "Primera fila (JVM, navegador e inicio de sesión)",
                    String.format(es, "%.1f s", firstRowSeconds()));
            line(t, es, "Segundos por fila (después de la primera)", String.format(es, "%.2f s", secondsPerRow()));
            line(
                    t,
                    es,
                    "Comandos WebDriver (por fila)",
                    commands == 0
                            ? "no se pudieron contar (el navegador no pasó por el contador)"
                            : String.format(es, "%d (%.0f)", commands, (double) commands / rows));
            line(
                    t,
                    es,
                    "Peticiones al portal (por fila)",
                    String.format(es, "%d (%.1f)", requests(), (double) requests() / rows));
            line(
                    t,
                    es,
                    "Comandos / peticiones por fila después de la primera",
                    (commandsCounted() ? String.format(es, "%.0f", steadyPerRow(0, commands)) : "—")
                            + String.format(es, " / %.1f", steadyPerRow(1, requests())));
            line(t, es, "Ideal: peticiones × latencia media", String.format(es, "%.1f s", idealSeconds()));
            line(
                    t,
                    es,
                    "Relación con el ideal",
                    ratioToIdeal() == null ? "— (sin latencia)" : String.format(es, "%.2f", ratioToIdeal()));
            line(t, es, "Memoria máxima del robot (sin el simulador)", peakMemoryMb + " MB");
            line(t, es, "Procesos que suma la memoria", memoryCovers);
            StringBuilder top = new StringBuilder();
            commandTypes.entrySet().stream()
                    .limit(6)
                    .forEach(e -> top.append(top.length() == 0 ? "" : ", ")
                            .append(e.getKey())
                            .append(' ')
                            .append(e.getValue()));
            line(t, es, "Comandos más frecuentes", top.toString());
            if (!notMeasured().isEmpty()) {
                t.append("No se pudo medir: ")
                        .append(String.join("; ", notMeasured()))
                        .append(System.lineSeparator());
            }
            return t.toString();
        }

        private static void line(StringBuilder t, Locale es, String label, String value) {
            t.append(String.format(es, "%-52s %s%n", label, value));
        }

        private static double seconds(Instant from, Instant to) {
            return java.time.Duration.between(from, to).toMillis() / 1000.0;
        }

        private static double round(double value) {
            return Math.round(value * 100.0) / 100.0;
        }
    }

    private Path spreadsheet(Path work, int rows, List<String> contractsOfRows) throws IOException {
        Path zip = work.resolve("soportes.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("informe-de-actividades.txt"));
            out.write("Informe de actividades para la medición de rendimiento\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path file = work.resolve("rendimiento.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Pagos");
            String[] headers = {
                "Contrato",
                "Periodo",
                "Número de factura o pago",
                "Factura electrónica",
                "Valor neto",
                "Valor total",
                "Soportes",
                "Número de planilla",
                "Fecha de pago de la planilla"
            };
            Row header = sheet.createRow(0);
            int columns = planilla ? headers.length : headers.length - 2;
            for (int i = 0; i < columns; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(contractsOfRows.get((i - 1) % contractsOfRows.size()));
                row.createCell(1).setCellValue("Noviembre 2026");
                row.createCell(2).setCellValue(String.format("B-%02d", i));
                row.createCell(3).setCellValue("No");
                row.createCell(4).setCellValue(1_000_000);
                row.createCell(5).setCellValue(1_000_000);
                row.createCell(6).setCellValue(zip.toString());
                if (planilla) {
                    row.createCell(7).setCellValue(SEED_PLANILLA[0]);
                    row.createCell(8).setCellValue(SEED_PLANILLA[1]);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static void post(String url, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new UserFacingException("El simulador no aceptó " + url + ": " + response.body());
        }
    }
}
