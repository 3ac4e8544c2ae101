package co.secop.robot.cli;

import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.config.SecopConfig;
import co.secop.robot.run.BatchJob;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./secop demo}: the whole monthly batch on sample-data/, against the bundled simulator. */
@Command(
        name = "demo",
        description = {
            "Inicia el simulador de SECOP II en un puerto libre, radica la hoja de ejemplo sample-data/pagos-demo.xlsx",
            "con el usuario de prueba contratista.demo, muestra dónde quedó el reporte y detiene el simulador."
        })
public final class DemoCommand implements Callable<Integer> {

    static final String DEMO_USER = "contratista.demo";
    static final String DEMO_PASSWORD = "Demo2026*";

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--salida",
            paramLabel = "CARPETA",
            description = "Carpeta de resultados (por defecto resultados/<fecha-hora>/).")
    Path output;

    @Option(names = "--visible", description = "Muestra el navegador mientras trabaja.")
    boolean visible;

    @Override
    public Integer call() {
        Path data = SecopConfig.home().resolve("sample-data").resolve("pagos-demo.xlsx");
        if (!Files.isRegularFile(data)) {
            throw new UserFacingException("No se encontró la hoja de ejemplo " + data + ".");
        }
        RobotConfiguration config = RobotConfiguration.load(Optional.empty());
        PrintWriter out = spec.commandLine().getOut();
        try (Simulator simulator = Simulator.start(SimulatorOptions.defaults())) {
            out.println("Simulador de SECOP II en " + simulator.loginUrl());
            Credentials demo = new Credentials(DEMO_USER, DEMO_PASSWORD.toCharArray());
            out.println("(La demostración no envía correos al supervisor.)");
            int code = LoadCommand.run(
                    out,
                    config,
                    simulator.loginUrl(),
                    demo,
                    data,
                    null,
                    output,
                    new LoadCommand.Mode(false, visible, false),
                    BatchJob.Mail.off());
            out.println("Simulador detenido.");
            return code;
        }
    }
}
