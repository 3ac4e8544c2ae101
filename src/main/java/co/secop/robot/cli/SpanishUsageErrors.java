package co.secop.robot.cli;

import picocli.CommandLine;

/** picocli's own usage errors are English; these are the ones a user meets, said in Spanish. */
final class SpanishUsageErrors {

    private SpanishUsageErrors() {}

    static String translate(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            return "falta la opción obligatoria "
                    + missing.getMissing().stream()
                            .map(arg -> arg instanceof CommandLine.Model.OptionSpec option
                                    ? option.longestName()
                                    : arg.paramLabel())
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("")
                    + ".";
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unknownOptions(unmatched.getUnmatched());
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            String name = e.getArgSpec() instanceof CommandLine.Model.OptionSpec option
                    ? option.longestName()
                    : e.getArgSpec().paramLabel();
            return "el valor «" + e.getValue() + "» no es válido para " + name + ".";
        }
        return "los parámetros no son válidos. Revise las opciones con --help.";
    }

    /**
     * Names only the unknown options ({@code --clave}), never what follows them nor what comes after an
     * {@code =}: a mistyped option is often followed by a secret ({@code --clave S3creto}).
     */
    static String unknownOptions(java.util.List<String> unmatched) {
        java.util.List<String> names = unmatched.stream()
                .filter(arg -> arg.startsWith("-") && arg.length() > 1)
                .map(arg -> arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg)
                .map(arg -> arg.length() > 40 ? arg.substring(0, 40) + "…" : arg)
                .distinct()
                .toList();
        if (names.isEmpty()) {
            return "sobran " + unmatched.size() + (unmatched.size() == 1 ? " parámetro" : " parámetros")
                    + " que no son opciones (no se muestran por si contienen una clave).";
        }
        return (names.size() == 1 ? "no se reconoce " : "no se reconocen ") + String.join(", ", names) + ".";
    }
}
