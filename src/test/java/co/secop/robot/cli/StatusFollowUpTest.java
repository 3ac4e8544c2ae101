package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.notification.SmtpSettings;
import co.secop.robot.run.BatchJob;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.SimulatorBatch;
import co.secop.robot.testsupport.Simulators;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a batch is sent and the entity accepts, rejects and pays: {@code estado} shows each state as the portal
 * writes it, marks what changed once, e-mails the contractor once, and changes nothing in the portal.
 */
class StatusFollowUpTest {

    private static final List<String> SHEET_CONTRACTS =
            List.of("CPS-2026-0101", "CPS-2026-0102", "CPS-2026-0103", "CPS-2026-0301", "CPS-2026-0104");
    private static final String REASON = "El informe de actividades no trae la planilla de aportes de noviembre.";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    final Simulators simulators = new Simulators();

    @TempDir
    Path dir;

    private Simulator simulator;

    @Test
    void followsEveryRequestToPagadoAndTellsWhatIsNewOnce() throws Exception {
        simulator = simulators.start(SimulatorOptions.defaults());
        MockPortalApi api = new MockPortalApi(simulator.baseUrl());
        Path sheet = Files.copy(Path.of("sample-data/pagos-demo.xlsx"), dir.resolve("pagos de noviembre.xlsx"));
        Files.createDirectories(dir.resolve("soportes"));
        for (Path support : Files.list(Path.of("sample-data/soportes")).toList()) {
            copyTree(
                    support,
                    dir.resolve("soportes").resolve(support.getFileName().toString()));
        }
        assertThat(SimulatorBatch.run(simulator, dir, sheet, false, BatchJob.Mail.off(), "radicacion")
                        .outcomes())
                .extracting(RowOutcome::status)
                .doesNotContain(RowStatus.FAILED);

        String first = estado(sheet, false);
        assertThat(first).doesNotContain("nuevo:").contains("Nada cambió desde la última consulta.");

        simulator.clock().advance(Duration.ofDays(3));
        String paid = api.payment("CPS-2026-0101", "011").path("paymentId").asText();
        api.approve(paid);
        simulator.clock().advance(Duration.ofDays(2));
        api.pay(paid);
        String accepted = api.payment("CPS-2026-0102", "011").path("paymentId").asText();
        api.approve(accepted);
        String rejected = api.payment("CPS-2026-0103", "002").path("paymentId").asText();
        api.reject(rejected, REASON);
        List<JsonNode> portalBefore = api.payments();

        String second = estado(sheet, true);

        assertThat(api.payments()).as("estado no cambia nada en el portal").isEqualTo(portalBefore);
        assertThat(line(second, paid))
                .contains("nuevo: Pagado")
                .contains("3.500.000,00 COP")
                .contains("Noviembre 2026");
        assertThat(line(second, paid)).contains(lastChange(api.payment(paid)));
        assertThat(line(second, accepted)).contains("nuevo: Aceptada");
        assertThat(line(second, rejected)).contains("nuevo: Rechazado");
        assertThat(second)
                .contains("    Motivo de la entidad: " + REASON)
                .contains("    Qué hacer: Corrija la fila 4 de su hoja (número 002) según el motivo y ejecute: "
                        + "./secop cargar '" + sheet + "'")
                .contains("Totales por estado:")
                .contains("  Pagado: 2 solicitudes")
                .contains("3 solicitudes cambiaron desde la última consulta");
        assertThat(line(second, "CPS-2026-0301"))
                .contains("Enviado a la entidad estatal")
                .doesNotContain("nuevo:");
        assertThat(workbookTotals()).isEqualTo(portalTotals(api));
        assertThat(Files.readString(dir.resolve("resultados/index.html")))
                .contains("Consulta de estado: pagos de noviembre.xlsx")
                .containsPattern("href=\"estado-[0-9_-]+/estado.html\"");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage summary = smtp.getReceivedMessages()[0];
        assertThat(summary.getAllRecipients()[0].toString()).isEqualTo("juana.perez@correo.example");
        assertThat(summary.getSubject()).contains("3 solicitudes de pago cambiaron");
        assertThat((String) summary.getContent()).contains(REASON).contains("Pagado");

        String third = estado(null, true);

        assertThat(third)
                .doesNotContain("nuevo:")
                .contains("CPS-2026-0301")
                .contains("Nada cambió desde la última consulta.")
                .contains("Correo: nada nuevo que contarle.");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(api.payments()).isEqualTo(portalBefore);
    }

    private String estado(Path sheet, boolean mail) {
        StringWriter printed = new StringWriter();
        RobotConfiguration settings = RobotConfiguration.load(Optional.empty());
        int code = StatusCommand.run(
                new PrintWriter(printed, true),
                settings,
                new StatusCommand.Request(
                        simulator.loginUrl(),
                        new Credentials("contratista.demo", "Demo2026*".toCharArray()),
                        sheet == null ? null : PaymentSheetLoader.load(sheet, null, 10L * 1024 * 1024),
                        new BrowserSessionOptions(false, null),
                        dir.resolve("diarios/estado.json"),
                        dir.resolve("resultados"),
                        mail ? Optional.of("juana.perez@correo.example") : Optional.empty(),
                        new SmtpSettings(
                                "127.0.0.1",
                                smtp.getSmtp().getPort(),
                                Optional.empty(),
                                Optional.empty(),
                                "robot@correo.example",
                                false)));
        assertThat(code).as(printed.toString()).isZero();
        return printed.toString();
    }

    private static String line(String printed, String containing) {
        return printed.lines()
                .filter(l -> l.contains(containing) && !l.startsWith("Fila "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no hay línea con «" + containing + "» en:\n" + printed));
    }

    private static String lastChange(JsonNode payment) {
        MockPortalApi.Payment p = MockPortalApi.Payment.of(payment);
        String at = p.history().get(p.history().size() - 1).at();
        return LocalDateTime.parse(at).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    }

    /** The last estado.xlsx: state → total value, as numbers. */
    private Map<String, BigDecimal> workbookTotals() throws Exception {
        Path last;
        try (Stream<Path> runs = Files.list(dir.resolve("resultados"))) {
            last = runs.filter(Files::isDirectory).sorted().reduce((a, b) -> b).orElseThrow();
        }
        Map<String, BigDecimal> totals = new TreeMap<>();
        try (Workbook workbook =
                WorkbookFactory.create(last.resolve("estado.xlsx").toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("Totales por estado");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    totals.put(
                            row.getCell(0).getStringCellValue(),
                            BigDecimal.valueOf(row.getCell(2).getNumericCellValue())
                                    .stripTrailingZeros());
                }
            }
        }
        return totals;
    }

    /** What the simulator holds for the sheet's contracts: state → total value. */
    private static Map<String, BigDecimal> portalTotals(MockPortalApi api) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (JsonNode payment : api.payments()) {
            if (SHEET_CONTRACTS.contains(payment.path("contract").asText())) {
                BigDecimal value = payment.path("totalValue").isNumber()
                        ? payment.path("totalValue").decimalValue()
                        : BigDecimal.ZERO;
                totals.merge(payment.path("state").asText(), value, BigDecimal::add);
            }
        }
        totals.replaceAll((state, value) -> value.stripTrailingZeros());
        return totals;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path path : all.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
