package co.secop.robot.cli;

import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.spreadsheet.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./secop validar}: checks every row without opening a browser. */
@Command(
        name = "validar",
        description = {
            "Revisa la hoja de pagos sin abrir el navegador: columnas, valores, CUFE, ZIP de soportes y números repetidos.",
            "Termina con código 1 si alguna fila tiene problemas."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Mixin
    SheetArguments sheet;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        RobotConfiguration settings = config.load();
        PaymentSheetLoader.Loaded loaded = sheet.load("validar", settings.maxZipBytes(), settings.fieldLimits());
        Path data = sheet.file("validar");
        PrintWriter out = spec.commandLine().getOut();
        print(out, loaded, data);
        return loaded.report().hasProblems() ? SecopCli.SOME_FAILED : SecopCli.OK;
    }

    /** What {@code validar} prints for a sheet: its problems, warnings and the count of valid rows. */
    static void print(PrintWriter out, PaymentSheetLoader.Loaded loaded, Path data) {
        for (Problem problem : loaded.report().problems()) {
            out.println(problem.describe());
        }
        for (Problem warning : loaded.report().warnings()) {
            out.println(warning.describe());
        }
        int rows = loaded.sheet().rows().size();
        int valid = loaded.report().validRows().size();
        if (!loaded.examples().isEmpty()) {
            out.println(PaymentSheetLoader.examplesNote(loaded));
        }
        out.println(valid + " de " + rows + " filas válidas en «"
                + loaded.sheet().sheetName() + "» de " + data.getFileName() + ".");
        if (!loaded.sheet().hiddenRows().isEmpty()) {
            out.println(PaymentSheetLoader.describeSheet(loaded.sheet()));
        }
        out.flush();
    }
}
