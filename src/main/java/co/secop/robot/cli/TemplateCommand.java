package co.secop.robot.cli;

import co.secop.robot.spreadsheet.TemplateWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./secop plantilla ARCHIVO.xlsx}: an empty payment spreadsheet with its instructions. */
@Command(
        name = "plantilla",
        description = "Crea una hoja de pagos vacía con las columnas, listas Sí/No e instrucciones.")
public final class TemplateCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARCHIVO.xlsx", description = "Dónde crear la plantilla.")
    Path file;

    @Option(names = "--reemplazar", description = "Reemplaza el archivo si ya existe.")
    boolean replace;

    @Override
    public Integer call() {
        if (!file.getFileName().toString().toLowerCase().endsWith(".xlsx")) {
            throw new UserFacingException(
                    "La plantilla debe tener extensión .xlsx (recibido: " + file.getFileName() + ").");
        }
        if (Files.exists(file) && !replace) {
            throw new UserFacingException("El archivo " + file + " ya existe; use --reemplazar para sobrescribirlo.");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            new TemplateWriter().write(file);
        } catch (IOException e) {
            throw new UserFacingException("No se pudo escribir la plantilla en " + file + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Plantilla creada: " + file.toAbsolutePath());
        out.println(
                "La fila 2 es un ejemplo y no se radica. Escriba sus pagos debajo, guarde el archivo y revíselo con:");
        out.println("  " + Launcher.command("validar " + LoadCommand.quoted(file)));
        return SecopCli.OK;
    }
}
