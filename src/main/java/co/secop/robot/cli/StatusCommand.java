package co.secop.robot.cli;

import co.secop.robot.batch.Evidence;
import co.secop.robot.batch.StatusReader;
import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.format.SecretMasker;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.report.RunFolder;
import co.secop.robot.spreadsheet.Problem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./secop estado}: what SECOP II shows for each row, without changing anything. */
@Command(
        name = "estado",
        description = {
            "Consulta en SECOP II el estado de la solicitud de pago de cada fila, sin cambiar nada, y muestra el",
            "motivo del supervisor cuando está «Rechazado»."
        })
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    SheetArguments sheet;

    @Option(
            names = "--portal",
            paramLabel = "URL",
            description = "Página de inicio de sesión del portal (por defecto portal.url).")
    String portal;

    @Mixin
    BrowserSessionOptions browser;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    @Override
    public Integer call() {
        RobotConfiguration settings = config.load();
        settings.checkedLoginUrl(Optional.ofNullable(portal).orElse(settings.loginUrl()));
        PaymentSheetLoader.Loaded loaded = sheet.load("estado", settings.maxZipBytes(), settings.fieldLimits());
        Credentials credentials = Credentials.fromEnvironmentOrPrompt(System.getenv(), System::console);
        return run(
                spec.commandLine().getOut(),
                settings,
                Optional.ofNullable(portal).orElse(settings.loginUrl()),
                credentials,
                loaded,
                browser);
    }

    static int run(
            PrintWriter out,
            RobotConfiguration settings,
            String loginUrl,
            Credentials credentials,
            Path data,
            String sheetName,
            boolean visible) {
        return run(
                out,
                settings,
                loginUrl,
                credentials,
                PaymentSheetLoader.load(data, sheetName, settings.maxZipBytes()),
                new BrowserSessionOptions(visible, null));
    }

    static int run(
            PrintWriter out,
            RobotConfiguration settings,
            String loginUrl,
            Credentials credentials,
            PaymentSheetLoader.Loaded loaded,
            BrowserSessionOptions session) {
        for (Problem problem : loaded.report().problems()) {
            out.println(problem.describe() + " (la fila no se consulta)");
        }
        BrowserSettings browserSettings = session.browser(settings);
        List<StatusReader.RowState> states;
        Path evidenceDir = settings.outputBase()
                .resolve("estado-" + LocalDateTime.now().format(STAMP))
                .resolve(RunFolder.EVIDENCE_DIR);
        Evidence evidence =
                new Evidence(evidenceDir.getParent(), evidenceDir, new SecretMasker().register(credentials.password()));
        try (PortalSession portal =
                PortalSession.open(browserSettings, session.portal(settings, browserSettings, out))) {
            states = new StatusReader(
                            portal,
                            loginUrl,
                            credentials.user(),
                            credentials.password(),
                            settings.preferredCompany(),
                            Optional.of(evidence))
                    .read(loaded.report().validRows());
        }
        for (StatusReader.RowState state : states) {
            out.println("Fila " + state.row().rowNumber() + " · " + state.row().contract() + " · "
                    + state.row().number()
                    + " → " + state.state()
                    + state.paymentId().map(id -> " (" + id + ")").orElse("")
                    + state.reason()
                            .map(r -> "\n    Motivo del supervisor: " + r)
                            .orElse(""));
        }
        if (Files.isDirectory(evidenceDir)) {
            out.println("Capturas y copias de las páginas (con sus iframes y ventanas) de lo que no se pudo leer: "
                    + evidenceDir.toAbsolutePath());
        }
        out.flush();
        return loaded.report().hasProblems() ? SecopCli.SOME_FAILED : SecopCli.OK;
    }
}
