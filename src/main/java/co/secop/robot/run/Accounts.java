package co.secop.robot.run;

import co.secop.robot.spreadsheet.Column;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.PaymentSheet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SECOP II accounts of one run: the column «Usuario» names the account of a row; an empty cell (or
 * no such column) means the default account ({@code SECOP_USUARIO}). Passwords are held as characters
 * and never printed; user names are matched without regard to case.
 */
public final class Accounts {

    private final Optional<String> defaultUser;
    private final Map<String, String> users = new LinkedHashMap<>();
    private final Map<String, char[]> passwords = new LinkedHashMap<>();

    private Accounts(Optional<String> defaultUser, Map<String, char[]> passwords) {
        this.defaultUser = defaultUser.map(String::strip);
        passwords.forEach((user, password) -> {
            this.users.put(key(user), user.strip());
            this.passwords.put(key(user), password);
        });
        this.defaultUser.ifPresent(user -> {
            if (!this.passwords.containsKey(key(user))) {
                throw new IllegalArgumentException("Falta la contraseña de " + user);
            }
        });
    }

    /** One account for every row. */
    public static Accounts single(String user, char[] password) {
        return new Accounts(Optional.of(user), Map.of(user, password));
    }

    /** Several accounts; {@code defaultUser} (if any) files the rows whose «Usuario» is empty. */
    public static Accounts of(Optional<String> defaultUser, Map<String, char[]> passwords) {
        return new Accounts(defaultUser, passwords);
    }

    /**
     * The users the rows name in «Usuario», in sheet order, without the blanks.
     */
    public static Set<String> namedIn(PaymentSheet sheet, Collection<PaymentRow> rows) {
        Map<String, String> named = new LinkedHashMap<>();
        for (PaymentRow row : rows) {
            cell(sheet, row).ifPresent(user -> named.putIfAbsent(key(user), user));
        }
        return new LinkedHashSet<>(named.values());
    }

    /** True when some row leaves «Usuario» empty (it goes with the default account). */
    public static boolean anyWithoutUser(PaymentSheet sheet, Collection<PaymentRow> rows) {
        return rows.stream().anyMatch(row -> cell(sheet, row).isEmpty());
    }

    /** The account of a row. */
    public String userOf(PaymentSheet sheet, PaymentRow row) {
        return cell(sheet, row)
                .map(user -> users.getOrDefault(key(user), user.strip()))
                .or(() -> defaultUser)
                .orElseThrow(() -> new IllegalStateException("La fila " + row.rowNumber() + " no tiene usuario"));
    }

    public char[] password(String user) {
        char[] password = passwords.get(key(user));
        if (password == null) {
            throw new IllegalStateException("No hay contraseña para " + user);
        }
        return password;
    }

    /** The account of rows whose «Usuario» is empty, if any. */
    public Optional<String> defaultUser() {
        return defaultUser;
    }

    /** Every user, in the order given. */
    public List<String> users() {
        return List.copyOf(users.values());
    }

    public List<char[]> allPasswords() {
        return List.copyOf(passwords.values());
    }

    private static Optional<String> cell(PaymentSheet sheet, PaymentRow row) {
        String text = row.cellTexts().get(sheet.headerOf(Column.USER));
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    static String key(String user) {
        return user.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Accounts" + users() + " (contraseñas ocultas)";
    }
}
