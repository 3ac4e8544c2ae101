package co.secop.robot.cli;

import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.spreadsheet.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code ./secop validar}: checks every row without opening a browser. */
@Command(name = "validar", description = {
        "Revisa la hoja de pagos sin abrir el navegador: columnas, valores, CUFE, ZIP de soportes y números repetidos.",
        "Termina con código 1 si alguna fila tiene problemas."})
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Option(names = "--datos", required = true, paramLabel = "ARCHIVO.xlsx", description = "La hoja de pagos.")
    Path data;

    @Option(names = "--hoja", paramLabel = "NOMBRE", description = {"La hoja del libro. Por defecto, la hoja «Pagos» si",
            "está visible; si no, la primera hoja visible (una hoja oculta solo se lee si se nombra aquí)."})
    String sheet;

    @Option(names = "--incluir-ocultas", description = {"Lee también las filas ocultas o filtradas en Excel (por",
            "defecto se omiten y se cuentan en el resumen)."})
    boolean includeHidden;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        RobotConfiguration settings = config.load();
        PaymentSheetLoader.Loaded loaded = PaymentSheetLoader.load(data, sheet, settings.maxZipBytes(),
                settings.fieldLimits(), includeHidden);
        PrintWriter out = spec.commandLine().getOut();
        for (Problem problem : loaded.report().problems()) {
            out.println(problem.describe());
        }
        for (Problem warning : loaded.report().warnings()) {
            out.println(warning.describe());
        }
        int rows = loaded.sheet().rows().size();
        int valid = loaded.report().validRows().size();
        out.println(valid + " de " + rows + " filas válidas en «" + loaded.sheet().sheetName() + "» de " + data.getFileName() + ".");
        if (!loaded.sheet().hiddenRows().isEmpty()) {
            out.println(PaymentSheetLoader.describeSheet(loaded.sheet()));
        }
        out.flush();
        return loaded.report().hasProblems() ? SecopCli.SOME_FAILED : SecopCli.OK;
    }
}
