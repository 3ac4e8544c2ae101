package co.secop.robot.cli;

import co.secop.robot.run.BatchJob;
import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.SheetLock;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.batch.StopSignal;
import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.report.RunFolder;
import co.secop.robot.spreadsheet.Problem;
import co.secop.robot.trace.TraceRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code ./secop cargar}: the monthly batch, one spreadsheet row per payment request. */
@Command(name = "cargar", description = {
        "Radica en SECOP II cada fila de la hoja de pagos: Crear o Registro, formulario, ZIP de soportes,",
        "Confirmar, Enviar y verificación del estado «Enviado a la entidad estatal».",
        "Credenciales: variables SECOP_USUARIO y SECOP_CLAVE, o se piden en la terminal.",
        "Código de salida: 0 todo bien, 1 alguna fila falló o es inválida, 2 error de uso o configuración."})
public final class LoadCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Mixin
    SheetArguments sheet;

    @Option(names = "--portal", paramLabel = "URL",
            description = "Página de inicio de sesión del portal (por defecto portal.url de config/secop.conf).")
    String portal;

    @Option(names = "--salida", paramLabel = "CARPETA",
            description = "Carpeta de resultados (por defecto resultados/<fecha-hora>/).")
    Path output;

    @Option(names = "--ensayo", description = "Llena, anexa, confirma y toma la evidencia, pero no pulsa «Enviar».")
    boolean dryRun;

    @Option(names = "--visible", description = {"Muestra el navegador mientras trabaja (si SECOP II pide un captcha,",
            "el robot le pide resolverlo allí)."})
    boolean visible;

    @Option(names = "--perfil", paramLabel = "CARPETA", description = {"Perfil del navegador que se conserva entre",
            "ejecuciones (la sesión y el captcha resuelto). Se crea privado (0700); nunca dentro de resultados/."})
    Path profile;

    @Option(names = "--traza", description = "Guarda cada paso de cada fila (captura, dirección, HTML, consola, "
            + "tiempo y decisión) para soporte, y comprime la carpeta de resultados en un ZIP.")
    boolean trace;

    @Option(names = "--sin-correo", description = "No envía el correo al supervisor (en --ensayo nunca se envía).")
    boolean noMail;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        // Files and options first: a missing or empty sheet is said before asking for a password.
        RobotConfiguration settings = config.load();
        settings.checkedLoginUrl(Optional.ofNullable(portal).orElse(settings.loginUrl()));
        PaymentSheetLoader.Loaded loaded = sheet.load("cargar", settings.maxZipBytes(), settings.fieldLimits());
        Credentials credentials = Credentials.fromEnvironmentOrPrompt(System.getenv(), System::console);
        BatchJob.Mail mail = noMail ? BatchJob.Mail.off() : new BatchJob.Mail(true, Optional.of(settings.smtp()));
        return run(spec.commandLine().getOut(), settings, Optional.ofNullable(portal).orElse(settings.loginUrl()),
                credentials, loaded, sheet.file("cargar"), sheet.sheetName(), output,
                new Mode(dryRun, visible, trace, profile), mail);
    }

    /** How the batch runs: {@code --ensayo}, {@code --visible}, {@code --traza}, {@code --perfil}. */
    record Mode(boolean dryRun, boolean visible, boolean trace, Path profile) {
        Mode(boolean dryRun, boolean visible, boolean trace) {
            this(dryRun, visible, trace, null);
        }
    }

    private static final BatchJob.Observers TRACE = (portal, folder, headers, masker) ->
            new TraceRecorder(portal, folder.root(), headers, masker::mask);

    static int run(PrintWriter out, RobotConfiguration config, String loginUrl, Credentials credentials, Path data,
                   String sheetName, Path output, Mode mode, BatchJob.Mail mail) {
        return run(out, config, loginUrl, credentials,
                PaymentSheetLoader.load(data, sheetName, config.maxZipBytes(), config.fieldLimits(), false),
                data, sheetName, output, mode, mail);
    }

    static int run(PrintWriter out, RobotConfiguration config, String loginUrl, Credentials credentials,
                   PaymentSheetLoader.Loaded loaded, Path data, String sheetName, Path output, Mode mode,
                   BatchJob.Mail mail) {
        config.checkedLoginUrl(loginUrl);
        boolean dryRun = mode.dryRun();
        if (!loaded.examples().isEmpty()) {
            out.println(PaymentSheetLoader.examplesNote(loaded));
        }
        for (Problem problem : loaded.report().problems()) {
            out.println(problem.describe());
        }
        for (Problem warning : loaded.report().warnings()) {
            out.println(warning.describe());
        }
        BrowserSessionOptions session = new BrowserSessionOptions(mode.visible(), mode.profile());
        BrowserSettings browser = session.browser(config);
        RunFolder folder = RunFolder.create(output, config.outputBase(), LocalDateTime.now());
        BatchOptions options = new BatchOptions(loginUrl, credentials.user(), credentials.password(),
                config.preferredCompany(), dryRun, config.maxZipBytes(), folder.root().resolve("soportes"));
        out.println(PaymentSheetLoader.describeSheet(loaded.sheet()));
        out.println("Portal: " + loginUrl + " · usuario " + credentials.user() + " · "
                + loaded.report().validRows().size() + " filas válidas" + (dryRun ? " · ENSAYO (sin «Enviar»)" : ""));
        out.flush();
        StopSignal stop = new StopSignal();
        BatchJob.Request request = new BatchJob.Request(loaded.sheet(), loaded.report(),
                options.withRetries(config.rowBudget(), config.retryPause()).withStop(stop),
                browser, session.portal(config, browser, out), folder,
                config.journalFile(loginUrl, credentials.user(), data, loaded.sheet().sheetName()), mail,
                mode.trace() ? TRACE : BatchJob.Observers.NONE);
        // Ctrl+C lets the batch finish its step and this method print the summary before the JVM exits.
        try (CtrlC ctrlC = CtrlC.stopsGently(stop, out)) {
            BatchRunner.Listener progress = RowProgress.forThisProcess(out, loaded.report().validRows().size());
            BatchSummary summary;
            try {
                summary = new BatchJob().run(request, new BatchRunner.Listener() {
                    @Override
                    public void rowStarted(co.secop.robot.spreadsheet.PaymentRow row) {
                        progress.rowStarted(row);
                    }

                    @Override
                    public void rowFinished(co.secop.robot.batch.RowOutcome outcome) {
                        progress.rowFinished(outcome);
                    }

                    @Override
                    public void notice(String text) {
                        out.println("Aviso: " + text);
                        out.flush();
                    }
                });
            } catch (SheetLock.HeldException e) {
                throw new UserFacingException(e.getMessage(), e);
            }
            int code = BatchCommandSupport.report(out, summary, folder, output == null);
            if (!loaded.sheet().hiddenRows().isEmpty()) {
                out.println(PaymentSheetLoader.describeSheet(loaded.sheet()));
                out.flush();
            }
            if (mode.trace()) {
                out.println("Traza para soporte: " + BatchCommandSupport.zipForSupport(folder));
            }
            if (summary.count(RowStatus.INTERRUPTED) > 0) {
                out.println("Para terminar lo que falta ejecute de nuevo: " + Launcher.command("cargar " + quoted(data))
                        + (sheetName == null ? "" : " --hoja \"" + sheetName + "\"") + " (lo ya radicado no se repite).");
                out.flush();
            }
            return code;
        }
    }

    /** A path as the user would type it: in quotes when it has spaces. */
    static String quoted(Path path) {
        String text = path.toString();
        return text.contains(" ") ? "\"" + text + "\"" : text;
    }
}
