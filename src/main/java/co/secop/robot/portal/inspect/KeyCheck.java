package co.secop.robot.portal.inspect;

import java.util.List;

/**
 * What {@code ./secop revisar} learned about one locator key.
 *
 * @param page        the page where it was looked for (empty when not reached)
 * @param alternative 1-based number of the alternative that matched (0 when none)
 * @param document    the window/iframe where it matched
 * @param note        why it was not reached or why a miss is not a problem
 * @param suggestions controls of the page that look like what the key describes (when not found)
 */
public record KeyCheck(
        String key,
        Status status,
        String page,
        List<String> alternatives,
        int alternative,
        String document,
        String note,
        List<InventoryItem> suggestions) {

    /** Found, not found, or not reached (the robot never got to a page that shows it). */
    public enum Status {
        FOUND("encontrado"),
        NOT_FOUND("no encontrado"),
        NOT_REACHED("no alcanzado");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public KeyCheck {
        alternatives = List.copyOf(alternatives);
        suggestions = List.copyOf(suggestions);
    }

    static KeyCheck notReached(String key, List<String> alternatives, String note) {
        return new KeyCheck(key, Status.NOT_REACHED, "", alternatives, 0, "", note, List.of());
    }

    /** Found, but not by the first alternative: the preferred locator no longer works. */
    public boolean onlyByFallback() {
        return status == Status.FOUND && alternative > 1;
    }

    public String matched() {
        return alternative > 0 ? alternatives.get(alternative - 1) : "";
    }
}
