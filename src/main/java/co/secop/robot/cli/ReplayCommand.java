package co.secop.robot.cli;

import co.secop.robot.run.BatchJob;
import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.trace.ReplaySheet;
import co.secop.robot.trace.TraceFile;
import co.secop.robot.trace.TraceRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code ./secop reproducir}: replays one traced row so support staff can watch the same workflow. */
@Command(name = "reproducir", description = {
        "Repite los pasos de una fila de una ejecución hecha con --traza, contra el simulador incluido",
        "(o contra --portal), para ver el mismo flujo que vivió el contratista. Contra otro portal es un",
        "ensayo (no pulsa «Enviar») salvo que se indique --enviar."})
public final class ReplayCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Option(names = "--traza", required = true, paramLabel = "CARPETA", description = "La carpeta de resultados de la ejecución con --traza.")
    Path runFolder;

    @Option(names = "--fila", required = true, paramLabel = "N", description = "La fila de la hoja que se repite.")
    int row;

    @Option(names = "--portal", paramLabel = "URL", description = "Página de inicio de sesión de otro portal (por defecto, el simulador).")
    String portal;

    @Option(names = "--enviar", description = "Con --portal: pulsa «Enviar» de verdad.")
    boolean send;

    @Option(names = "--visible", description = "Muestra el navegador mientras trabaja.")
    boolean visible;

    @Option(names = "--salida", paramLabel = "CARPETA", description = "Dónde dejar la nueva traza (por defecto dentro de la carpeta de la ejecución).")
    Path output;

    @Override
    public Integer call() throws IOException {
        List<TraceRow> rows = TraceFile.read(runFolder).orElseThrow(() -> new UserFacingException(
                "La carpeta " + runFolder + " no tiene traza (" + TraceFile.FOLDER + "/" + TraceFile.FILE_NAME
                        + "): la ejecución debe hacerse con «./secop cargar ... --traza»."));
        TraceRow traced = rows.stream().filter(r -> r.rowNumber() == row).findFirst()
                .orElseThrow(() -> new UserFacingException("La traza no tiene la fila " + row + "; tiene: "
                        + rows.stream().map(r -> String.valueOf(r.rowNumber())).collect(Collectors.joining(", ")) + "."));
        Path target = output != null ? output : runFolder.resolve("reproduccion-fila-" + row);
        Path sheet = ReplaySheet.write(traced, target.resolve("fila-" + row + ".xlsx"));
        RobotConfiguration config = RobotConfiguration.load(Optional.empty());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Reproduciendo " + traced.description() + " (" + traced.steps().size() + " pasos en la traza original)");
        if (portal != null) {
            Credentials credentials = Credentials.fromEnvironmentOrPrompt(System.getenv(), System::console);
            return LoadCommand.run(out, config, portal, credentials, sheet, null, target.resolve("resultados"),
                    new LoadCommand.Mode(!send, visible, true), BatchJob.Mail.off());
        }
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults())) {
            out.println("Simulador de SECOP II en " + simulator.loginUrl() + " (usuario de prueba " + DemoCommand.DEMO_USER + ")");
            Credentials demo = new Credentials(DemoCommand.DEMO_USER, DemoCommand.DEMO_PASSWORD.toCharArray());
            return LoadCommand.run(out, config, simulator.loginUrl(), demo, sheet, null, target.resolve("resultados"),
                    new LoadCommand.Mode(false, visible, true), BatchJob.Mail.off());
        }
    }
}
