package co.secop.robot.cli;

import co.secop.robot.browser.LocalGrid;
import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.config.SecopConfig;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./secop grid}: a Selenium Grid 4 in this machine, for the robot or for QA teams. */
@Command(
        name = "grid",
        description = {
            "Inicia un Selenium Grid 4 (hub y nodo, en su propia JVM) con el Chromium/Chrome de este equipo y muestra",
            "su dirección. Úselo con --grid <dirección>, SECOP_GRID=<dirección> o navegador.grid en config/secop.conf.",
            "La primera vez Maven descarga el Grid (src/grid/pom.xml). Ctrl+C lo detiene."
        })
public final class GridCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--puerto",
            paramLabel = "N",
            defaultValue = "4444",
            description = "Puerto TCP (por defecto 4444; 0 = uno libre).")
    int port;

    @Option(
            names = "--sesiones",
            paramLabel = "N",
            defaultValue = "2",
            description = "Navegadores a la vez (por defecto 2).")
    int sessions;

    @Option(names = "--visible", description = "Navegadores con ventana.")
    boolean visible;

    @Override
    public Integer call() throws InterruptedException {
        if (sessions < 1) {
            throw new UserFacingException("--sesiones debe ser al menos 1.");
        }
        var browser = RobotConfiguration.load(Optional.empty()).browserSettings(visible);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (LocalGrid grid = LocalGrid.start(SecopConfig.home(), port, sessions, browser)) {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                grid.close();
                                stopped.countDown();
                            },
                            "grid-cierre"));
            out.println("Selenium Grid 4 en " + grid.url() + " (" + sessions + " sesiones, proceso " + grid.pid()
                    + ", registro en " + grid.logFile() + ")");
            out.println("Para usarlo: ./secop cargar --datos ... --grid " + grid.url() + " --paralelo " + sessions);
            out.flush();
            stopped.await();
        }
        return SecopCli.OK;
    }
}
