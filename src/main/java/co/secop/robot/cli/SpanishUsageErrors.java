package co.secop.robot.cli;

import picocli.CommandLine;

/** picocli's own usage errors are English; these are the ones a user meets, said in Spanish. */
final class SpanishUsageErrors {

    private SpanishUsageErrors() {
    }

    static String translate(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            return "falta la opción obligatoria " + missing.getMissing().stream()
                    .map(arg -> arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel())
                    .reduce((a, b) -> a + ", " + b).orElse("") + ".";
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return "no se reconoce " + String.join(" ", unmatched.getUnmatched()) + ".";
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            String name = e.getArgSpec() instanceof CommandLine.Model.OptionSpec option
                    ? option.longestName() : e.getArgSpec().paramLabel();
            return "el valor «" + e.getValue() + "» no es válido para " + name + ".";
        }
        return "los parámetros no son válidos (" + e.getMessage() + ").";
    }
}
