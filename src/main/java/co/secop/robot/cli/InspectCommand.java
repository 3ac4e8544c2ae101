package co.secop.robot.cli;

import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.portal.inspect.KeyCheck;
import co.secop.robot.portal.inspect.PortalInspection;
import co.secop.robot.run.InspectionJob;
import co.secop.robot.run.InspectionReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./secop revisar}: a first contact with the portal that changes nothing. */
@Command(
        name = "revisar",
        description = {
            "Recorre SECOP II sin cambiar nada (inicio de sesión, empresas, Mis contratos, Detalle del contrato, sus",
            "secciones y Plan de pagos; con --formulario también «Crear» → «Cancelar» y «Anexar documento» → «Cerrar»)",
            "y dice, para cada localizador del robot, si lo encontró (y con cuál alternativa), si no lo encontró o si no",
            "llegó a la página donde está. Guarda en revision/ la captura, el HTML de la página, de cada iframe y de cada",
            "ventana, y el inventario de campos, botones y enlaces de cada página, y lo comprime en revision.zip para soporte.",
            "Credenciales: variables SECOP_USUARIO y SECOP_CLAVE, o se piden en la terminal.",
            "Código de salida: 0 se encontró todo, 1 algo no se encontró, 2 error de uso o configuración."
        })
public final class InspectCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(
            names = "--portal",
            paramLabel = "URL",
            description = "Página de inicio de sesión del portal (por defecto portal.url de config/secop.conf).")
    String portal;

    @Option(
            names = "--contrato",
            paramLabel = "C",
            description =
                    "El contrato a abrir (número o Id); por defecto el primero «En ejecución» de «Mis contratos».")
    String contract;

    @Option(
            names = "--formulario",
            description =
                    "También abre «Crear» y sale con «Cancelar», y abre «Anexar documento» y lo cierra con «Cerrar» sin elegir archivos (no se guarda ni se envía nada).")
    boolean form;

    @Option(
            names = "--salida",
            paramLabel = "CARPETA",
            description = "Dónde dejar revision/ y revision.zip (por defecto resultados/revision-<fecha-hora>/).")
    Path output;

    @Mixin
    BrowserSessionOptions browser;

    @Override
    public Integer call() {
        RobotConfiguration settings = config.load();
        Credentials credentials = Credentials.fromEnvironmentOrPrompt(System.getenv(), System::console);
        return run(
                spec.commandLine().getOut(),
                settings,
                Optional.ofNullable(portal).orElse(settings.loginUrl()),
                credentials,
                Optional.ofNullable(contract),
                form,
                output,
                browser);
    }

    static int run(
            PrintWriter out,
            RobotConfiguration settings,
            String loginUrl,
            Credentials credentials,
            Optional<String> contract,
            boolean form,
            Path output,
            BrowserSessionOptions session) {
        BrowserSettings browserSettings = session.browser(settings);
        Path dir = output != null
                ? output
                : settings.outputBase()
                        .resolve("revision-" + LocalDateTime.now().format(STAMP));
        out.println("Revisión de " + loginUrl + " como " + credentials.user() + " (solo lectura: no se guarda ni se"
                + " envía nada).");
        out.flush();
        PortalInspection.Request request = new PortalInspection.Request(
                loginUrl,
                credentials.user(),
                new String(credentials.password()),
                settings.preferredCompany(),
                contract,
                form);
        InspectionJob.Outcome outcome = new InspectionJob()
                .run(
                        new InspectionJob.Request(
                                request, browserSettings, session.portal(settings, browserSettings, out), dir),
                        out);
        PortalInspection.Result result = outcome.result();
        out.println();
        out.println(InspectionReport.summary(result));
        result.stoppedAt().ifPresent(s -> out.println("La revisión se detuvo: " + s));
        if (!result.notFound().isEmpty()) {
            out.println("No se encontró en el portal:");
            for (KeyCheck key : result.notFound()) {
                out.println("  - " + InspectionReport.line(key).replace("\n", "\n  "));
            }
        }
        if (!result.onlyByFallback().isEmpty()) {
            out.println("Se encontró solo por una alternativa de respaldo (la principal ya no sirve):");
            for (KeyCheck key : result.onlyByFallback()) {
                out.println("  - " + key.key() + ": alternativa " + key.alternative() + " (" + key.matched() + ")");
            }
        }
        out.println("Detalle: " + outcome.folder().resolve("resumen.txt").toAbsolutePath());
        out.println("Para soporte: envíe " + outcome.zip().toAbsolutePath());
        out.flush();
        return result.notFound().isEmpty() && result.stoppedAt().isEmpty() ? SecopCli.OK : SecopCli.SOME_FAILED;
    }
}
