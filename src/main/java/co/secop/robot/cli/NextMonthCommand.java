package co.secop.robot.cli;

import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.spreadsheet.NextMonth;
import co.secop.robot.spreadsheet.NextMonthSheet;
import co.secop.robot.spreadsheet.PeriodParser;
import co.secop.robot.spreadsheet.SpreadsheetException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./secop siguiente-mes HOJA}: next month's payment sheet from this month's, then {@code validar} on it. */
@Command(
        name = "siguiente-mes",
        description = {
            "Crea la hoja de pagos del mes siguiente a partir de esta: periodo +1, el número de factura o pago",
            "siguiente, CUFE y planilla vacíos, la carpeta de soportes del nuevo mes (vacía); valores, contrato y",
            "supervisor iguales. Nunca sobrescribe un archivo. Al final revisa la hoja nueva como «validar»."
        })
public final class NextMonthCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARCHIVO.xlsx", description = "La hoja de pagos de este mes.")
    Path file;

    @Option(
            names = "--hoja",
            paramLabel = "NOMBRE",
            description = "La hoja del libro (por defecto la misma que leen cargar y validar).")
    String sheetName;

    @Option(
            names = "--salida",
            paramLabel = "NUEVA.xlsx",
            description =
                    "Dónde escribir la hoja nueva (por defecto junto a la original, con el mes en el nombre). Nunca se sobrescribe.")
    Path output;

    @Mixin
    ConfigOption config;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public Integer call() {
        RobotConfiguration settings = config.load();
        if (Files.isDirectory(file)) {
            throw new UserFacingException(
                    "«" + file + "» es una carpeta; indique el archivo .xlsx de la hoja de pagos.");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("No se encontró la hoja de pagos «" + file + "» (carpeta actual: "
                    + Path.of("").toAbsolutePath() + "). Revise el nombre y la carpeta.");
        }
        NextMonthSheet.Result result;
        try {
            result = new NextMonthSheet().write(file, sheetName, Optional.ofNullable(output));
        } catch (SpreadsheetException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Hoja nueva"
                + result.month().map(m -> " de " + PeriodParser.label(m)).orElse("")
                + ": " + result.file().toAbsolutePath() + " (hoja «" + result.sheetName() + "»).");
        for (NextMonth.RowPlan row : result.rows()) {
            out.println("Fila " + row.rowNumber() + ":");
            for (NextMonth.Change change : row.changes()) {
                out.println("  " + describe(change));
            }
        }
        for (Path folder : result.newFolders()) {
            out.println("Carpeta de soportes creada (vacía): " + folder);
        }
        out.println();
        out.println("Revisión de la hoja nueva (lo que falta llenar antes de cargar):");
        PaymentSheetLoader.Loaded loaded = PaymentSheetLoader.load(
                result.file(), result.sheetName(), settings.maxZipBytes(), settings.fieldLimits(), true);
        ValidateCommand.print(out, loaded, result.file());
        out.println("Cuando esté completa: " + Launcher.command("cargar " + StatusCommand.shellQuoted(result.file())));
        out.flush();
        return SecopCli.OK;
    }

    private static String describe(NextMonth.Change change) {
        String value;
        if (change.value() instanceof NextMonth.Text text) {
            value = "«" + text.text() + "»";
        } else if (change.value() instanceof NextMonth.Numeric number) {
            value = number.number().toPlainString();
        } else if (change.value() instanceof NextMonth.Date date) {
            value = date.dateTime().toLocalDate().format(DAY);
        } else {
            value = "vacío";
        }
        return "«" + change.title() + "» → " + value + (change.toFill() ? " (por llenar)" : "")
                + (change.note().isEmpty() ? "" : ": " + change.note());
    }
}
