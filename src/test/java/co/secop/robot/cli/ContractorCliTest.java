package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI as a contractor meets it: typos, missing or empty sheets, the sheet as an argument, whole help texts. */
class ContractorCliTest {

    private static final String[] HEADERS = {
        "Contrato",
        "Periodo",
        "Número de factura o pago",
        "Factura electrónica",
        "Valor neto",
        "Valor total",
        "Soportes",
        "Notas"
    };

    @Test
    void aMistypedCommandGetsTheNearestOne() {
        CliRun run = CliRun.of("cargr");
        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        // The stray word is not echoed (it could be a password typed in the wrong place): only the suggestion.
        assertThat(run.err()).contains("¿Quiso decir «cargar»?").doesNotContain("cargr");
    }

    @Test
    void aMistypedOptionGetsTheNearestOne() {
        CliRun run = CliRun.of("cargar", "--salidda", "x", "pagos.xlsx");
        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.err()).contains("¿Quiso decir «--salida»?").contains("cargar --help");
    }

    @Test
    void aMissingSheetIsSaidBeforeAskingForCredentials() {
        // No SECOP_USUARIO / SECOP_CLAVE and no terminal here: asking first would fail with «Faltan las credenciales».
        for (String command : List.of("cargar", "estado")) {
            CliRun run = CliRun.of(command, "--datos", "no-existe.xlsx");
            assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
            assertThat(run.err())
                    .contains("No se encontró la hoja de pagos «no-existe.xlsx»")
                    .doesNotContain("credenciales");
        }
    }

    @Test
    void theSheetCanBeTheFirstArgument() {
        CliRun run = CliRun.of("validar", "sample-data/pagos-demo.xlsx");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 de 5 filas válidas");
    }

    @Test
    void twoDifferentSheetsAreRefused() {
        CliRun run = CliRun.of("validar", "sample-data/pagos-demo.xlsx", "--datos", "sample-data/pagos-qa.xlsx");
        assertThat(run.exitCode()).isEqualTo(SecopCli.USAGE_ERROR);
        assertThat(run.err()).contains("Indique una sola hoja de pagos");
    }

    @Test
    void anEmptySheetIsAnErrorWithExitOne(@TempDir Path dir) throws IOException {
        Path file = sheet(dir.resolve("vacia.xlsx"));
        for (String command : List.of("validar", "cargar")) {
            CliRun run = CliRun.of(command, file.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(SecopCli.SOME_FAILED);
            assertThat(run.err()).contains("no tiene filas de pago").doesNotContain("credenciales");
        }
    }

    @Test
    void theExampleRowIsSkippedAndAloneCountsAsEmpty(@TempDir Path dir) throws IOException {
        Path file = sheet(dir.resolve("solo-ejemplo.xlsx"), new String[] {
            "CPS-2026-0101",
            "Noviembre 2026",
            "011",
            "No",
            "3500000",
            "3500000",
            "x.zip",
            "EJEMPLO: esta fila no se radica"
        });
        CliRun run = CliRun.of("validar", file.toString());
        assertThat(run.exitCode()).isEqualTo(SecopCli.SOME_FAILED);
        assertThat(run.err()).contains("solo la fila de ejemplo");
    }

    @Test
    void everyHelpTextIsMadeOfWholeSentences() {
        CommandLine cli = SecopCli.commandLine();
        for (CommandLine sub : cli.getSubcommands().values()) {
            String[] paragraphs = sub.getCommandSpec().usageMessage().description();
            assertThat(paragraphs).as(sub.getCommandName()).isNotEmpty();
            for (String paragraph : paragraphs) {
                assertThat(paragraph).as(sub.getCommandName()).matches("(?s).*[.:;!?»)]$");
            }
            sub.getCommandSpec()
                    .options()
                    .forEach(option -> assertThat(option.description())
                            .as(sub.getCommandName() + " " + option.longestName())
                            .hasSizeLessThanOrEqualTo(1));
        }
    }

    @Test
    void hintsNameTheLauncherInUse() {
        String before = System.getProperty(Launcher.PROPERTY);
        System.setProperty(Launcher.PROPERTY, "secop.cmd");
        try {
            CliRun run = CliRun.of("validar");
            assertThat(run.err()).contains("«secop.cmd validar mis-pagos.xlsx»");
            assertThat(CliRun.of("validar", "--datoss", "x.xlsx").err()).contains("«secop.cmd validar --help»");
        } finally {
            if (before == null) {
                System.clearProperty(Launcher.PROPERTY);
            } else {
                System.setProperty(Launcher.PROPERTY, before);
            }
        }
    }

    @Test
    void outsideATerminalEachFinishedRowIsOneLine() {
        StringWriter printed = new StringWriter();
        var listener = RowProgress.lines(new PrintWriter(printed, true));
        listener.rowFinished(new RowOutcome(
                3,
                "CPS-2026-0101",
                "002",
                Map.of(),
                RowStatus.SENT,
                "ok",
                Optional.of("1"),
                Optional.empty(),
                LocalDateTime.now(),
                Duration.ofMillis(12_340),
                List.of(),
                List.of()));
        listener.rowFinished(new RowOutcome(
                4,
                "CPS-2026-0102",
                "003",
                Map.of(),
                RowStatus.FAILED,
                "x",
                Optional.empty(),
                Optional.empty(),
                LocalDateTime.now(),
                Duration.ofSeconds(5),
                List.of(),
                List.of()));
        assertThat(printed.toString().lines().toList())
                .containsExactly(
                        "Fila 3 · CPS-2026-0101 · 002 · Enviado · 12,3 s",
                        "Fila 4 · CPS-2026-0102 · 003 · Fallido · 5,0 s");
    }

    @Test
    void thisProcessOutsideATerminalPrintsLinesThatNeverRewriteThemselves() {
        // Under the test runner the output is not a terminal, as in a log file or CI.
        StringWriter printed = new StringWriter();
        var listener = RowProgress.forThisProcess(new PrintWriter(printed, true), 1);
        listener.rowFinished(new RowOutcome(
                2,
                "CPS-2026-0101",
                "011",
                Map.of(),
                RowStatus.SENT,
                "ok",
                Optional.of("1"),
                Optional.empty(),
                LocalDateTime.now(),
                Duration.ofMillis(2_000),
                List.of(),
                List.of()));
        assertThat(printed.toString().replace(System.lineSeparator(), "\n"))
                .isEqualTo("Fila 2 · CPS-2026-0101 · 011 · Enviado · 2,0 s\n")
                .doesNotContain("\r");
        assertThat(RowProgress.isTerminal(null)).isFalse();
    }

    @Test
    void theTerminalEstimateIsLabelled() {
        assertThat(RowProgress.estimate(Duration.ofSeconds(40), 0, 4)).isEqualTo("calculando el tiempo restante");
        assertThat(RowProgress.estimate(Duration.ofSeconds(40), 2, 4)).isEqualTo("faltan ~40 s");
        assertThat(RowProgress.estimate(Duration.ofSeconds(90), 1, 3)).isEqualTo("faltan ~3 min 0 s");
    }

    static Path sheet(Path file, String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Pagos");
            var header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
