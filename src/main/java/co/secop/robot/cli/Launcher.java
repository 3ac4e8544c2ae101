package co.secop.robot.cli;

/**
 * The name the user typed to start the robot ({@code ./secop} or {@code secop.cmd}), so every hint
 * names the launcher in use. The launchers pass it as {@code -Dsecop.lanzador=...}.
 */
public final class Launcher {

    public static final String PROPERTY = "secop.lanzador";
    private static final String DEFAULT = "./secop";

    private Launcher() {}

    public static String name() {
        String name = System.getProperty(PROPERTY);
        return name == null || name.isBlank() ? DEFAULT : name.strip();
    }

    /** {@code ./secop validar mis-pagos.xlsx}: the launcher followed by the arguments. */
    public static String command(String arguments) {
        return name() + " " + arguments;
    }
}
