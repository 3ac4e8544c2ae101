package co.secop.robot.cli;

import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.run.BatchJob;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.trace.ReplaySheet;
import co.secop.robot.trace.TraceArchive;
import co.secop.robot.trace.TraceFile;
import co.secop.robot.trace.TraceRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./secop reproducir}: replays one traced row so support staff can watch the same workflow. */
@Command(
        name = "reproducir",
        description = {
            "Repite los pasos de una fila de una ejecución hecha con --traza, contra el simulador incluido",
            "(o contra --portal), para ver el mismo flujo que vivió el contratista. Contra otro portal es un",
            "ensayo (no pulsa «Enviar») salvo que se indique --enviar."
        })
public final class ReplayCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "TRAZA",
            description = "La carpeta de resultados de la ejecución con --traza, o el ZIP que envió el contratista.")
    Path positional;

    @Option(names = "--traza", paramLabel = "CARPETA|ZIP", description = "Igual que TRAZA.")
    Path traceOption;

    @Option(
            names = "--fila",
            required = true,
            paramLabel = "N",
            description = "La fila de la hoja que se repite (su número en la hoja).")
    int row;

    @Option(
            names = "--portal",
            paramLabel = "URL",
            description = "Página de inicio de sesión de otro portal (por defecto, el simulador).")
    String portal;

    @Option(names = "--enviar", description = "Con --portal: pulsa «Enviar» de verdad.")
    boolean send;

    @Option(names = "--visible", description = "Muestra el navegador mientras trabaja.")
    boolean visible;

    @Option(
            names = "--salida",
            paramLabel = "CARPETA",
            description = "Dónde dejar la nueva traza (por defecto dentro de la carpeta de la ejecución).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Path given = traceOption != null ? traceOption : positional;
        if (given == null) {
            throw new UserFacingException(
                    "Indique la ejecución que se repite: su carpeta de resultados o el ZIP, p. ej. «"
                            + Launcher.command("reproducir resultados/2026-11-30_09-00-00.zip --fila 3") + "».");
        }
        if (!Files.exists(given)) {
            throw new UserFacingException("No se encontró «" + given + "» (carpeta actual: "
                    + Path.of("").toAbsolutePath() + ").");
        }
        if (TraceArchive.isZip(given)) {
            // Its directory is read first; only the trace and the replayed row's files are extracted, into a
            // temporary folder removed whatever happens.
            TraceArchive archive;
            try {
                archive = TraceArchive.open(given);
            } catch (TraceArchive.Refused e) {
                throw new UserFacingException(
                        e.getMessage() + " La ejecución debe hacerse con «" + Launcher.command("cargar ... --traza")
                                + "» y enviarse en el ZIP que deja.",
                        e);
            }
            try (archive) {
                return replay(given, archive.runFolder(), Optional.of(archive));
            }
        }
        Path runFolder = given;
        if (Files.isDirectory(given) && TraceFile.read(given).isEmpty()) {
            runFolder = TraceArchive.findRun(given).orElse(given);
        }
        return replay(given, runFolder, Optional.empty());
    }

    private int replay(Path given, Path runFolder, Optional<TraceArchive> archive) throws IOException {
        Path origin = runFolder;
        List<TraceRow> rows = TraceFile.read(runFolder)
                .orElseThrow(() -> new UserFacingException("La carpeta " + given + " no tiene traza ("
                        + TraceFile.FOLDER + "/" + TraceFile.FILE_NAME + "): la ejecución debe hacerse con «"
                        + Launcher.command("cargar ... --traza") + "»."));
        TraceRow traced = rows.stream()
                .filter(r -> r.rowNumber() == row)
                .findFirst()
                .orElseThrow(() -> new UserFacingException("La traza no tiene la fila " + row + "; tiene: "
                        + rows.stream().map(r -> String.valueOf(r.rowNumber())).collect(Collectors.joining(", "))
                        + "."));
        if (archive.isPresent()) {
            archive.get().extractRow(traced);
        }
        Path target = output != null ? output : defaultOutput(given, row);
        Path sheet;
        try {
            sheet = ReplaySheet.write(traced, target.resolve("fila-" + row + ".xlsx"));
            TraceFile.keepOriginal(origin, traced, target.resolve("resultados"));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserFacingException(
                    "No se pudo escribir la reproducción en «" + target.toAbsolutePath() + "» ("
                            + (Files.isRegularFile(target) ? "es un archivo, no una carpeta" : cause(e))
                            + "). Indique otra carpeta con --salida.",
                    e);
        }
        RobotConfiguration config = RobotConfiguration.load(Optional.empty());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Reproduciendo " + traced.description() + " ("
                + traced.steps().size() + " pasos en la traza original)");
        if (portal != null) {
            Credentials credentials = Credentials.fromEnvironmentOrPrompt(System.getenv(), System::console);
            return LoadCommand.run(
                    out,
                    config,
                    portal,
                    credentials,
                    sheet,
                    null,
                    target.resolve("resultados"),
                    new LoadCommand.Mode(!send, visible, true),
                    BatchJob.Mail.off());
        }
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults())) {
            out.println("Simulador de SECOP II en " + simulator.loginUrl() + " (usuario de prueba "
                    + DemoCommand.DEMO_USER + ")");
            Credentials demo = new Credentials(DemoCommand.DEMO_USER, DemoCommand.DEMO_PASSWORD.toCharArray());
            return LoadCommand.run(
                    out,
                    config,
                    simulator.loginUrl(),
                    demo,
                    sheet,
                    null,
                    target.resolve("resultados"),
                    new LoadCommand.Mode(false, visible, true),
                    BatchJob.Mail.off());
        }
    }

    private static String cause(Exception e) {
        Throwable root = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (root instanceof java.nio.file.AccessDeniedException) {
            return "sin permiso de escritura";
        }
        if (root instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return root.getMessage() == null ? "no se pudo escribir" : root.getMessage();
    }

    /** Beside the run folder (inside it) or beside the ZIP: {@code <zip>-reproduccion-fila-N}. */
    static Path defaultOutput(Path given, int row) {
        if (TraceArchive.isZip(given)) {
            String name = given.getFileName().toString().replaceFirst("(?i)\\.zip$", "");
            return given.toAbsolutePath().resolveSibling(name + "-reproduccion-fila-" + row);
        }
        return given.resolve("reproduccion-fila-" + row);
    }
}
