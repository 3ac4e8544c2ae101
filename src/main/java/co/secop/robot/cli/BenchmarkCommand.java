package co.secop.robot.cli;

import co.secop.robot.run.BatchJob;
import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code ./secop rendimiento}: how long the robot takes per row on the simulator, with and without
 * portal latency, so that "the robot only waits for the portal" can be measured, not asserted.
 */
@Command(name = "rendimiento", description = {
        "Mide cuánto tarda el robot por fila contra el simulador: radica N pagos, alternados entre CPS-2026-0101 y",
        "CPS-2026-0103, y muestra el tiempo total, por fila y las filas por minuto. Con --latencia-ms el simulador",
        "responde más lento, como el portal real: la diferencia entre dos mediciones es la espera del portal, no",
        "del robot. Con --paralelo 2 cada contrato va en su navegador: compare con la medición de 1 navegador."})
public final class BenchmarkCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Option(names = "--filas", defaultValue = "5", paramLabel = "N", description = "Pagos a radicar (1 a 30; por defecto 5).")
    int rows;

    @Option(names = "--latencia-ms", defaultValue = "0", paramLabel = "MS", description = "Demora del simulador por petición (por defecto 0).")
    long latencyMs;

    @Option(names = "--visible", description = "Muestra el navegador mientras trabaja.")
    boolean visible;

    @Option(names = "--paralelo", paramLabel = "N", defaultValue = "1", description = "Navegadores a la vez (por defecto 1).")
    int parallel;

    @Option(names = "--grid", paramLabel = "URL", description = "Usa los navegadores de un Selenium Grid 4.")
    java.net.URL grid;

    @Override
    public Integer call() throws Exception {
        if (rows < 1 || rows > 30) {
            throw new UserFacingException("--filas debe estar entre 1 y 30 (el saldo del contrato de prueba alcanza para 30 pagos de 1.000.000).");
        }
        if (latencyMs < 0 || latencyMs > 10_000) {
            throw new UserFacingException("--latencia-ms debe estar entre 0 y 10000.");
        }
        Path work = Files.createTempDirectory("secop-rendimiento-");
        Path sheet = spreadsheet(work, rows);
        PrintWriter out = spec.commandLine().getOut();
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults())) {
            if (latencyMs > 0) {
                post(simulator.baseUrl() + "/_mock/api/faults", "{\"latencyMs\":" + latencyMs + ",\"rate\":0}");
            }
            out.println("Simulador en " + simulator.loginUrl() + " · latencia " + latencyMs + " ms por petición · "
                    + rows + " filas · " + parallel + " navegador(es)");
            out.flush();
            long start = System.nanoTime();
            int code = LoadCommand.run(new PrintWriter(new StringWriter()), RobotConfiguration.load(Optional.empty()),
                    simulator.loginUrl(), new Credentials(DemoCommand.DEMO_USER, DemoCommand.DEMO_PASSWORD.toCharArray()),
                    sheet, null, work.resolve("resultados"),
                    new LoadCommand.Mode(false, visible, false, null, Optional.ofNullable(grid), parallel), BatchJob.Mail.off());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            out.println(String.format(Locale.forLanguageTag("es-CO"),
                    "Rendimiento: %d filas en %.1f s · %.2f s por fila · %.1f filas por minuto con %d navegador(es)"
                            + " (incluye abrir los navegadores e iniciar sesión) · resultados en %s",
                    rows, took.toMillis() / 1000.0, took.toMillis() / 1000.0 / rows,
                    rows * 60_000.0 / Math.max(1, took.toMillis()), parallel, work.resolve("resultados")));
            return code;
        }
    }

    private static Path spreadsheet(Path work, int rows) throws IOException {
        Path zip = work.resolve("soportes.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("informe-de-actividades.txt"));
            out.write("Informe de actividades para la medición de rendimiento\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path file = work.resolve("rendimiento.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Pagos");
            String[] headers = {"Contrato", "Periodo", "Número de factura o pago", "Factura electrónica", "Valor neto",
                    "Valor total", "Soportes"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                // Two contracts of the demo user, one after the other: with --paralelo 2 each gets a browser.
                row.createCell(0).setCellValue(i % 2 == 1 ? "CPS-2026-0101" : "CPS-2026-0103");
                row.createCell(1).setCellValue("Noviembre 2026");
                row.createCell(2).setCellValue(String.format("B-%02d", i));
                row.createCell(3).setCellValue("No");
                row.createCell(4).setCellValue(1_000_000);
                row.createCell(5).setCellValue(1_000_000);
                row.createCell(6).setCellValue(zip.toString());
            }
            workbook.write(out);
        }
        return file;
    }

    private static void post(String url, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new UserFacingException("El simulador no aceptó la latencia: " + response.body());
        }
    }
}
