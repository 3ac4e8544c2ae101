package co.secop.robot.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;
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
