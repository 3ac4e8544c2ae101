package co.secop.robot.cli;

import co.secop.robot.run.Accounts;
import java.io.Console;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The SECOP user and password: from {@code SECOP_USUARIO} / {@code SECOP_CLAVE}, else asked on the
 * terminal (the password hidden). Never read from a file, never printed: {@link #toString()} hides it.
 */
public record Credentials(String user, char[] password) {

    public static final String USER_VARIABLE = "SECOP_USUARIO";
    public static final String PASSWORD_VARIABLE = "SECOP_CLAVE";

    public static Credentials fromEnvironmentOrPrompt(Map<String, String> environment, Supplier<Console> console) {
        String user = environment.get(USER_VARIABLE);
        String password = environment.get(PASSWORD_VARIABLE);
        Console terminal = console.get();
        if (isBlank(user) && terminal != null) {
            user = terminal.readLine("Usuario de SECOP II: ");
        }
        char[] secret = isBlank(password) ? null : password.toCharArray();
        if (secret == null && terminal != null) {
            secret = terminal.readPassword("Contraseña de SECOP II (no se muestra): ");
        }
        if (isBlank(user) || secret == null || secret.length == 0) {
            throw new UserFacingException("Faltan las credenciales de SECOP II: defina las variables de entorno "
                    + USER_VARIABLE + " y " + PASSWORD_VARIABLE + ", o ejecute el comando en una terminal para que"
                    + " el robot las pida.");
        }
        return new Credentials(user.strip(), secret);
    }

    /** The hidden questions asked on the terminal (a {@link Console}, or a fake in tests). */
    public interface Prompt {
        String readLine(String question);

        char[] readPassword(String question);

        static Prompt of(Supplier<Console> console) {
            Console terminal = console.get();
            return terminal == null
                    ? null
                    : new Prompt() {
                        @Override
                        public String readLine(String question) {
                            return terminal.readLine("%s", question);
                        }

                        @Override
                        public char[] readPassword(String question) {
                            return terminal.readPassword("%s", question);
                        }
                    };
        }
    }

    /**
     * The variable holding a user's password: {@code SECOP_CLAVE_<USUARIO>}, the name in upper case with
     * letters and digits only ({@code contratista.dos} → {@code SECOP_CLAVE_CONTRATISTADOS}).
     */
    public static String passwordVariable(String user) {
        String plain = Normalizer.normalize(user, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return PASSWORD_VARIABLE + "_" + plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /**
     * The accounts of a sheet, asked for before any browser opens: the default one ({@code SECOP_USUARIO},
     * asked when missing) when some row leaves «Usuario» empty, and each user the sheet names. Each password
     * comes from {@code SECOP_CLAVE_<USUARIO>} (the default user's also from {@code SECOP_CLAVE}), else from
     * one hidden question per account; never from the sheet or a file.
     *
     * @param named        the users the column «Usuario» names, in sheet order
     * @param needsDefault true when some row has no user (or the sheet has no column «Usuario»)
     */
    public static Accounts forSheet(
            Set<String> named, boolean needsDefault, Map<String, String> environment, Prompt prompt) {
        Map<String, char[]> passwords = new LinkedHashMap<>();
        Optional<String> defaultUser = Optional.empty();
        List<String> missing = new ArrayList<>();
        if (needsDefault) {
            String user = environment.get(USER_VARIABLE);
            if (isBlank(user) && prompt != null) {
                user = prompt.readLine("Usuario de SECOP II: ");
            }
            if (isBlank(user)) {
                throw new UserFacingException("Faltan las credenciales de SECOP II: defina las variables de entorno "
                        + USER_VARIABLE + " y " + PASSWORD_VARIABLE + ", o ejecute el comando en una terminal para"
                        + " que el robot las pida.");
            }
            String chosen = user.strip();
            defaultUser = Optional.of(chosen);
            String secret = Optional.ofNullable(environment.get(passwordVariable(chosen)))
                    .filter(p -> !p.isBlank())
                    .orElse(environment.get(PASSWORD_VARIABLE));
            passwordOf(chosen, secret, prompt)
                    .ifPresentOrElse(p -> passwords.put(chosen, p), () -> missing.add(PASSWORD_VARIABLE));
        }
        for (String user : named) {
            if (passwords.keySet().stream().anyMatch(known -> known.equalsIgnoreCase(user.strip()))) {
                continue;
            }
            passwordOf(user.strip(), environment.get(passwordVariable(user)), prompt)
                    .ifPresentOrElse(p -> passwords.put(user.strip(), p), () -> missing.add(passwordVariable(user)));
        }
        if (!missing.isEmpty()) {
            throw new UserFacingException("Faltan contraseñas de SECOP II: defina " + String.join(", ", missing)
                    + ", o ejecute el comando en una terminal para que el robot las pida (una vez por usuario).");
        }
        return Accounts.of(defaultUser, passwords);
    }

    private static Optional<char[]> passwordOf(String user, String fromEnvironment, Prompt prompt) {
        if (!isBlank(fromEnvironment)) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        if (prompt == null) {
            return Optional.empty();
        }
        char[] typed = prompt.readPassword("Contraseña de SECOP II de " + user + " (no se muestra): ");
        return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(typed);
    }

    /** These credentials for every row; a user the sheet names needs its own {@code SECOP_CLAVE_<USUARIO>}. */
    public Accounts accounts(Set<String> named, Map<String, String> environment) {
        Map<String, char[]> passwords = new LinkedHashMap<>();
        passwords.put(user, password);
        for (String other : named) {
            if (other.strip().equalsIgnoreCase(user)) {
                continue;
            }
            String secret = environment.get(passwordVariable(other));
            if (isBlank(secret)) {
                throw new UserFacingException("Falta la contraseña de SECOP II de «" + other.strip() + "»: defina "
                        + passwordVariable(other) + ".");
            }
            passwords.put(other.strip(), secret.toCharArray());
        }
        return Accounts.of(Optional.of(user), passwords);
    }

    public String passwordText() {
        return new String(password);
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=••••••]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Credentials c && c.user.equals(user) && Arrays.equals(c.password, password);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
