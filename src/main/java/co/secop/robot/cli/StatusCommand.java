package co.secop.robot.cli;

import co.secop.robot.batch.StatusReader;
import co.secop.robot.browser.Browsers;
import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.spreadsheet.Problem;
import org.openqa.selenium.WebDriver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code ./secop estado}: what SECOP II shows for each row, without changing anything. */
@Command(name = "estado", description = {
        "Consulta en SECOP II el estado de la solicitud de pago de cada fila, sin cambiar nada, y muestra el",
        "motivo del supervisor cuando está «Rechazado»."})
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--datos", required = true, paramLabel = "ARCHIVO.xlsx", description = "La hoja de pagos.")
    Path data;

    @Option(names = "--hoja", paramLabel = "NOMBRE", description = "La hoja del libro (por defecto, la primera).")
    String sheet;

    @Option(names = "--portal", paramLabel = "URL", description = "Página de inicio de sesión del portal (por defecto portal.url).")
    String portal;

    @Option(names = "--visible", description = "Muestra el navegador mientras trabaja.")
    boolean visible;

    @Override
    public Integer call() {
        RobotConfiguration settings = config.load();
        settings.checkedLoginUrl(Optional.ofNullable(portal).orElse(settings.loginUrl()));
        Credentials credentials = Credentials.fromEnvironmentOrPrompt(System.getenv(), System::console);
        return run(spec.commandLine().getOut(), settings, Optional.ofNullable(portal).orElse(settings.loginUrl()),
                credentials, data, sheet, visible);
    }

    static int run(PrintWriter out, RobotConfiguration settings, String loginUrl, Credentials credentials, Path data,
                   String sheetName, boolean visible) {
        PaymentSheetLoader.Loaded loaded = PaymentSheetLoader.load(data, sheetName, settings.maxZipBytes());
        for (Problem problem : loaded.report().problems()) {
            out.println(problem.describe() + " (la fila no se consulta)");
        }
        WebDriver driver = Browsers.open(settings.browserSettings(visible));
        List<StatusReader.RowState> states;
        try {
            states = new StatusReader(new PortalSession(driver, settings.portalSettings()), loginUrl, credentials.user(),
                    credentials.password(), settings.preferredCompany()).read(loaded.report().validRows());
        } finally {
            driver.quit();
        }
        for (StatusReader.RowState state : states) {
            out.println("Fila " + state.row().rowNumber() + " · " + state.row().contract() + " · " + state.row().number()
                    + " → " + state.state() + state.paymentId().map(id -> " (" + id + ")").orElse("")
                    + state.reason().map(r -> "\n    Motivo del supervisor: " + r).orElse(""));
        }
        out.flush();
        return loaded.report().hasProblems() ? SecopCli.SOME_FAILED : SecopCli.OK;
    }
}
