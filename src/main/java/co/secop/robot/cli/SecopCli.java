package co.secop.robot.cli;

import co.secop.robot.config.ConfigurationException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Entry point of {@code ./secop}: every subcommand, worded in Spanish. */
@Command(
        name = "secop",
        description = "Robot que radica informes de actividades, cuentas de cobro y facturas en SECOP II.",
        synopsisHeading = "Uso: ",
        descriptionHeading = "%n",
        optionListHeading = "%nOpciones:%n",
        commandListHeading = "%nComandos:%n",
        parameterListHeading = "%nParámetros:%n",
        sortOptions = false,
        subcommands = {
            DemoCommand.class,
            LoadCommand.class,
            StatusCommand.class,
            InspectCommand.class,
            NotifyCommand.class,
            ValidateCommand.class,
            NextMonthCommand.class,
            TemplateCommand.class,
            SimulatorCommand.class,
            GridCommand.class,
            ReplayCommand.class,
            BenchmarkCommand.class,
            TestCommand.class,
            PackageCommand.class
        })
public final class SecopCli implements Runnable {

    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE_ERROR = 2;

    private static final Logger LOG = LoggerFactory.getLogger(SecopCli.class);

    @Mixin
    SpanishHelp help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SecopCli());
        cli.setExecutionExceptionHandler(SecopCli::handleFailure);
        cli.setParameterExceptionHandler(SecopCli::handleBadUsage);
        cli.setCommandName(Launcher.name());
        applySpanishHeadings(cli);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static void applySpanishHeadings(CommandLine cli) {
        cli.getSubcommands().values().forEach(sub -> {
            CommandLine.Model.UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
            usage.synopsisHeading("Uso: ")
                    .descriptionHeading("%n")
                    .optionListHeading("%nOpciones:%n")
                    .parameterListHeading("%nParámetros:%n")
                    .commandListHeading("%nComandos:%n");
            usage.description(wholeSentences(usage.description()));
            applySpanishHeadings(sub);
        });
    }

    /**
     * Description lines written as an array break where the source line ended, mid-sentence: join each line
     * to the next unless it ends a sentence, and let picocli wrap the paragraph at the terminal's width.
     */
    static String[] wholeSentences(String[] lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line.strip());
            if (line.isBlank() || line.stripTrailing().matches(".*[.:;!?»)]$")) {
                paragraphs.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString().strip());
        }
        return paragraphs.toArray(String[]::new);
    }

    private static int handleBadUsage(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("Error: " + SpanishUsageErrors.translate(e));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println("¿Quiso decir «" + suggestions.get(0) + "»?");
            }
        }
        err.println("Use «" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help» para ver las opciones.");
        return USAGE_ERROR;
    }

    private static int handleFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof UserFacingException
                || e instanceof ConfigurationException
                || e instanceof co.secop.robot.browser.BrowserUnavailableException) {
            err.println("Error: " + e.getMessage());
            LOG.debug("Error de uso o configuración", e);
            return e instanceof UserFacingException user ? user.exitCode() : USAGE_ERROR;
        }
        LOG.error("Error inesperado del robot", e);
        err.println("Error inesperado del robot: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " — " + e.getMessage()));
        err.println("El detalle técnico quedó en el registro (log) de la ejecución.");
        return SOME_FAILED;
    }
}
