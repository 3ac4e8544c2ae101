package co.secop.robot.cli;

import co.secop.robot.batch.BatchOptions;
import co.secop.robot.batch.BatchRunner;
import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.batch.SheetLock;
import co.secop.robot.batch.StopSignal;
import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.format.ShellQuote;
import co.secop.robot.report.ReportException;
import co.secop.robot.report.RunFolder;
import co.secop.robot.run.Accounts;
import co.secop.robot.run.BatchJob;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.Problem;
import co.secop.robot.trace.TraceRecorder;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./secop cargar}: the monthly batch, one spreadsheet row per payment request. */
@Command(
        name = "cargar",
        description = {
            "Radica en SECOP II cada fila de la hoja de pagos: Crear o Registro, formulario, ZIP de soportes,",
            "Confirmar, Enviar y verificación del estado «Enviado a la entidad estatal».",
            "Credenciales: variables SECOP_USUARIO y SECOP_CLAVE, o se piden en la terminal. Con la columna «Usuario»,",
            "cada usuario con su SECOP_CLAVE_<USUARIO> (mayúsculas, solo letras y números) o una pregunta por usuario.",
            "Código de salida: 0 todo bien, 1 alguna fila falló o es inválida, 2 error de uso o configuración."
        })
public final class LoadCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Mixin
    SheetArguments sheet;

    @Option(
            names = "--portal",
            paramLabel = "URL",
            description = "Página de inicio de sesión del portal (por defecto portal.url de config/secop.conf).")
    String portal;

    @Option(
            names = "--salida",
            paramLabel = "CARPETA",
            description = "Carpeta de resultados (por defecto resultados/<fecha-hora>/).")
    Path output;

    @Option(names = "--ensayo", description = "Llena, anexa, confirma y toma la evidencia, pero no pulsa «Enviar».")
    boolean dryRun;

    @Option(
            names = "--visible",
            description =
                    "Muestra el navegador mientras trabaja (si SECOP II pide un captcha, el robot le pide resolverlo allí).")
    boolean visible;

    @Option(
            names = "--perfil",
            paramLabel = "CARPETA",
            description =
                    "Perfil del navegador que se conserva entre ejecuciones (la sesión y el captcha resuelto). Se crea privado (0700); nunca dentro de resultados/.")
    Path profile;

    @Option(
            names = "--traza",
            description = "Guarda cada paso de cada fila (captura, dirección, HTML, consola, "
                    + "tiempo y decisión) para soporte, y comprime la carpeta de resultados en un ZIP.")
    boolean trace;

    @Option(names = "--sin-correo", description = "No envía el correo al supervisor (en --ensayo nunca se envía).")
    boolean noMail;

    @Option(
            names = "--grid",
            paramLabel = "URL",
            description =
                    "Usa los navegadores de un Selenium Grid 4 (por ejemplo http://127.0.0.1:4444) en vez del de este equipo; también SECOP_GRID o navegador.grid.")
    URL grid;

    @Option(
            names = "--paralelo",
            paramLabel = "N",
            defaultValue = "1",
            description =
                    "Navegadores a la vez (1 a 16; por defecto 1). Las filas de un mismo usuario y contrato van en orden en un navegador; contratos distintos avanzan a la vez.")
    int parallel;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        // Files and options first: a missing or empty sheet is said before asking for a password.
        RobotConfiguration settings = config.load();
        String loginUrl = settings.checkedLoginUrl(Optional.ofNullable(portal).orElse(settings.loginUrl()));
        Mode mode = new Mode(dryRun, visible, trace, profile, Optional.ofNullable(grid), parallel);
        PaymentSheetLoader.Loaded loaded = sheet.load("cargar", settings.maxZipBytes(), settings.fieldLimits());
        AccountSource credentials = (named, needsDefault) ->
                Credentials.forSheet(named, needsDefault, System.getenv(), Credentials.Prompt.of(System::console));
        BatchJob.Mail mail = noMail ? BatchJob.Mail.off() : new BatchJob.Mail(true, Optional.of(settings.smtp()));
        return run(
                spec.commandLine().getOut(),
                settings,
                loginUrl,
                credentials,
                loaded,
                sheet.file("cargar"),
                sheet.sheetName(),
                output,
                mode,
                mail);
    }

    /**
     * How the batch runs: {@code --ensayo}, {@code --visible}, {@code --traza}, {@code --perfil}, {@code --grid}
     * (empty: the configured one, if any) and {@code --paralelo}.
     */
    record Mode(boolean dryRun, boolean visible, boolean trace, Path profile, Optional<URL> grid, int parallel) {

        Mode(boolean dryRun, boolean visible, boolean trace) {
            this(dryRun, visible, trace, null, Optional.empty(), 1);
        }

        Mode {
            if (parallel < 1 || parallel > MAX_PARALLEL) {
                throw new UserFacingException("--paralelo debe estar entre 1 y " + MAX_PARALLEL + ".");
            }
        }

        BrowserSessionOptions session() {
            return new BrowserSessionOptions(visible, profile);
        }

        BrowserSettings browser(RobotConfiguration config) {
            BrowserSettings settings = session().browser(config);
            return grid.map(settings::withGridUrl).orElse(settings);
        }
    }

    static final int MAX_PARALLEL = 16;

    private static final BatchJob.Observers TRACE =
            (portal, folder, headers, masker) -> new TraceRecorder(portal, folder.root(), headers, masker::mask);

    /** Where the accounts of a run come from: the sheet's «Usuario» column names them. */
    interface AccountSource {
        Accounts accounts(Set<String> namedUsers, boolean needsDefault);
    }

    /** With fixed credentials (demo, replay, tests): a user the sheet names needs {@code SECOP_CLAVE_<USUARIO>}. */
    static int run(
            PrintWriter out,
            RobotConfiguration config,
            String loginUrl,
            Credentials credentials,
            Path data,
            String sheetName,
            Path output,
            Mode mode,
            BatchJob.Mail mail) {
        return run(
                out,
                config,
                loginUrl,
                (AccountSource) (named, needsDefault) -> credentials.accounts(named, System.getenv()),
                PaymentSheetLoader.load(data, sheetName, config.maxZipBytes(), config.fieldLimits(), false),
                data,
                sheetName,
                output,
                mode,
                mail);
    }

    static int run(
            PrintWriter out,
            RobotConfiguration config,
            String loginUrl,
            AccountSource credentials,
            PaymentSheetLoader.Loaded loaded,
            Path data,
            String sheetName,
            Path output,
            Mode mode,
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
        List<PaymentRow> valid = loaded.report().validRows();
        Accounts accounts = credentials.accounts(
                Accounts.namedIn(loaded.sheet(), valid),
                valid.isEmpty() || Accounts.anyWithoutUser(loaded.sheet(), valid));
        String user = accounts.defaultUser().orElse(accounts.users().get(0));
        int browsers = mode.parallel();
        if (mode.trace() && browsers > 1) {
            out.println(
                    "--traza guarda los pasos de un solo navegador: se usa 1 navegador en vez de " + browsers + ".");
            browsers = 1;
        }
        BrowserSettings browser = mode.browser(config);
        RunFolder folder;
        try {
            folder = RunFolder.create(output, config.outputBase(), LocalDateTime.now());
        } catch (ReportException e) {
            // --salida on a file or a read-only folder: the user's to fix, said with the path and the cause.
            throw new UserFacingException(e.getMessage(), e);
        }
        BatchOptions options = new BatchOptions(
                loginUrl,
                user,
                accounts.password(user),
                config.preferredCompany(),
                dryRun,
                config.maxZipBytes(),
                folder.root().resolve("soportes"));
        Set<String> users = new LinkedHashSet<>();
        valid.forEach(row -> users.add(accounts.userOf(loaded.sheet(), row)));
        out.println(PaymentSheetLoader.describeSheet(loaded.sheet()));
        out.println("Portal: " + loginUrl + " · "
                + (users.size() > 1
                        ? "usuarios " + String.join(", ", users)
                        : "usuario "
                                + (users.isEmpty() ? user : users.iterator().next()))
                + " · " + valid.size()
                + " filas válidas" + (browsers > 1 ? " · " + browsers + " navegadores a la vez" : "")
                + browser.gridUrl().map(g -> " · Selenium Grid " + g).orElse("")
                + (dryRun ? " · ENSAYO (sin «Enviar»)" : ""));
        out.flush();
        StopSignal stop = new StopSignal();
        BatchJob.Request request = new BatchJob.Request(
                        loaded.sheet(),
                        loaded.report(),
                        options.withRetries(config.rowBudget(), config.retryPause())
                                .withStop(stop),
                        browser,
                        mode.session().portal(config, browser, out),
                        folder,
                        config.journalFile(loginUrl, user, data, loaded.sheet().sheetName()),
                        mail,
                        mode.trace() ? TRACE : BatchJob.Observers.NONE)
                .withAccounts(accounts, browsers);
        // Ctrl+C lets the batch finish its step and this method print the summary before the JVM exits.
        try (CtrlC ctrlC = CtrlC.stopsGently(stop, out)) {
            BatchRunner.Listener progress = RowProgress.forThisProcess(out, valid.size());
            BatchSummary summary;
            try {
                summary = new BatchJob().run(request, new BatchRunner.Listener() {
                    @Override
                    public void rowStarted(PaymentRow row) {
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
                out.println("Para terminar lo que falta ejecute de nuevo: " + resumeCommand(data, sheetName)
                        + " (lo ya radicado no se repite).");
                out.flush();
            }
            return code;
        }
    }

    /** {@code ./secop cargar 'O'\''Brien.xlsx' --hoja Pagos}: the same run again, safe to paste. */
    static String resumeCommand(Path data, String sheetName) {
        return Launcher.command("cargar " + quoted(data))
                + (sheetName == null ? "" : " --hoja " + ShellQuote.forLauncher(Launcher.name(), sheetName));
    }

    /** A path as the user's shell reads it back byte for byte ({@link ShellQuote}). */
    static String quoted(Path path) {
        return ShellQuote.forLauncher(Launcher.name(), path);
    }
}
