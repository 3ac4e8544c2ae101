package co.secop.robot.cli;

import co.secop.robot.spreadsheet.FieldLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The payment spreadsheet of {@code cargar}, {@code estado} and {@code validar}: as the first argument
 * ({@code ./secop validar mis-pagos.xlsx}) or with {@code --datos}, and {@code --hoja}. It is checked
 * before anything else happens, so a missing file is said before the robot asks for a password.
 */
public final class SheetArguments {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "ARCHIVO.xlsx",
            description = "La hoja de pagos (también se puede indicar con --datos).")
    Path positional;

    @Option(names = "--datos", paramLabel = "ARCHIVO.xlsx", description = "La hoja de pagos.")
    Path option;

    @Option(
            names = "--hoja",
            paramLabel = "NOMBRE",
            description =
                    "La hoja del libro. Por defecto, la hoja «Pagos» si está visible; si no, la primera hoja visible (una hoja oculta solo se lee si se nombra aquí).")
    String sheet;

    @Option(
            names = "--incluir-ocultas",
            description =
                    "Lee también las filas ocultas o filtradas en Excel (por defecto se omiten y se cuentan en el resumen).")
    boolean includeHidden;

    /** The spreadsheet, which exists and is a file. */
    Path file(String command) {
        if (positional != null && option != null && !positional.equals(option)) {
            throw new UserFacingException(
                    "Indique una sola hoja de pagos: recibió una como argumento y otra con --datos"
                            + " (no se repiten aquí por si alguna es una clave escrita por error).");
        }
        Path file = option != null ? option : positional;
        if (file == null) {
            throw new UserFacingException("falta la opción obligatoria --datos: indique la hoja de pagos, por ejemplo «"
                    + Launcher.command(command + " mis-pagos.xlsx") + "».");
        }
        if (Files.isDirectory(file)) {
            throw new UserFacingException(
                    "«" + file + "» es una carpeta; indique el archivo .xlsx de la hoja de pagos.");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("No se encontró la hoja de pagos «" + file + "» (carpeta actual: "
                    + Path.of("").toAbsolutePath() + "). Revise el nombre y la carpeta.");
        }
        return file;
    }

    /** Whether a spreadsheet was named at all ({@code estado} also works without one). */
    boolean given() {
        return positional != null || option != null;
    }

    String sheetName() {
        return sheet;
    }

    /** Reads and validates the spreadsheet; an empty one is an error (exit 1). */
    PaymentSheetLoader.Loaded load(String command, long maxZipBytes, FieldLimits limits) {
        return PaymentSheetLoader.load(file(command), sheet, maxZipBytes, limits, includeHidden);
    }
}
