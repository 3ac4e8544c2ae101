package co.secop.robot.cli;

import picocli.CommandLine.Option;

/** The {@code --help} option, worded in Spanish, for every command. */
public final class SpanishHelp {
    @Option(
            names = {"-h", "--help", "--ayuda"},
            usageHelp = true,
            description = "Muestra esta ayuda y termina.")
    boolean help;
}
