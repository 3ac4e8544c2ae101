package co.secop.robot.cli;

import co.secop.robot.config.SecopConfig;
import co.secop.robot.simulator.PaymentFormMode;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code ./secop simulador}: the bundled imitation of SECOP II, for demos, QA and training. */
@Command(name = "simulador", description = {
        "Inicia el simulador de SECOP II incluido (en este equipo) y muestra su dirección.",
        "Queda en ejecución hasta Ctrl+C."})
public final class SimulatorCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Option(names = "--puerto", paramLabel = "N", description = "Puerto TCP (0 = uno libre). Por defecto: simulador.puerto.")
    Integer port;

    @Option(names = "--formulario", paramLabel = "iframe|ventana",
            description = "Cómo se abre el formulario de pago: iframe (ventana modal) o ventana (ventana aparte).")
    String formMode;

    @Option(names = "--semilla-datos", paramLabel = "ARCHIVO",
            description = "Archivo JSON con los usuarios, contratos y pagos iniciales (por defecto config/simulador-semilla.json).")
    Path seedFile;

    @Option(names = "--config", paramLabel = "ARCHIVO", description = "Archivo de configuración (por defecto config/secop.conf).")
    Path configFile;

    @Override
    public Integer call() throws InterruptedException {
        SecopConfig config = SecopConfig.load(Optional.ofNullable(configFile));
        SimulatorOptions options = options(config);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Simulator simulator = Simulator.start(options)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                simulator.close();
                stopped.countDown();
            }, "simulador-cierre"));
            out.println("Simulador de SECOP II en " + simulator.loginUrl());
            out.println("Usuarios de prueba (contraseña Demo2026*): contratista.demo, contratista.dos, supervisor.demo");
            out.println("Supervisor: " + simulator.baseUrl() + "/CO1ContractsManagement/Tendering/ProcurementContractManagement/Index");
            out.println("API de pruebas: " + simulator.baseUrl() + "/_mock/api/payments");
            out.println("Detenga el simulador con Ctrl+C.");
            out.flush();
            stopped.await();
        }
        return SecopCli.OK;
    }

    SimulatorOptions options(SecopConfig config) {
        SimulatorOptions options = SimulatorOptions.defaults()
                .withPort(port != null ? port : config.integer("simulador.puerto"))
                .withPaymentFormMode(formMode(formMode != null ? formMode : config.string("simulador.formulario-pago")))
                .withSessionIdle(config.duration("simulador.sesion-inactividad"))
                .withMaxUploadBytes(config.bytes("simulador.tamano-maximo-adjunto"));
        return seedFile == null ? options : options.withSeedFile(seedFile);
    }

    static PaymentFormMode formMode(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "iframe", "modal" -> PaymentFormMode.IFRAME;
            case "ventana", "window" -> PaymentFormMode.WINDOW;
            default -> throw new UserFacingException("El modo de formulario «" + text + "» no existe: use iframe o ventana.");
        };
    }
}
