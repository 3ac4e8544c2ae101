package co.secop.robot.report;

import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.format.ShellQuote;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * «Qué hacer» for a row that needs the contractor: one line of advice and the ready-to-copy commands
 * that fit the failure — {@code validar} for a mistake in the sheet, {@code estado} to see what SECOP II
 * kept before trying again, {@code reproducir} for support when the run was traced.
 *
 * @param advice   what to do, in Spanish
 * @param commands commands to copy, each whole (launcher, command and quoted paths)
 */
public record NextStep(String advice, List<String> commands) {

    /** The launchers pass {@code -Dsecop.lanzador=./secop} or {@code secop.cmd}. */
    static final String LAUNCHER_PROPERTY = "secop.lanzador";

    public NextStep {
        commands = List.copyOf(commands);
    }

    /**
     * @param sheet      the run's spreadsheet (commands name it)
     * @param runFolder  the run folder, for {@code reproducir} when {@code traced}
     */
    public static Optional<NextStep> of(RowOutcome row, Path sheet, Path runFolder, boolean traced) {
        if (row.status() == null || row.status().ok()) {
            return Optional.empty();
        }
        String file = sheet == null ? "mis-pagos.xlsx" : quoted(sheet);
        String validate = launcher() + " validar " + file;
        String status = launcher() + " estado " + file;
        String load = launcher() + " cargar " + file;
        if (row.status() == RowStatus.INVALID) {
            return Optional.of(new NextStep(
                    "Corrija en la hoja la columna que dice el mensaje, guarde el archivo y "
                            + "revísela de nuevo; cuando no tenga errores, vuelva a ejecutar «cargar».",
                    List.of(validate)));
        }
        if (row.status() == RowStatus.PLANILLA_PENDING) {
            return Optional.of(new NextStep(
                    "Su pago de seguridad social aún no aparece en SICOPI: tarda de 2 a 4 días hábiles desde que pagó"
                            + " la planilla. Vuelva a cargar la misma hoja en uno o dos días: el robot termina esta"
                            + " fila y no repite lo ya radicado.",
                    List.of(load)));
        }
        if (row.status() == RowStatus.INTERRUPTED) {
            return Optional.of(new NextStep(
                    "Ejecute de nuevo la carga: el robot retoma lo que falta y no repite lo " + "ya radicado.",
                    List.of(load)));
        }
        String message = plain(row.message());
        List<String> commands = new ArrayList<>();
        String advice;
        if (message.contains("usuario o la contrasena") || message.contains("contrasena")) {
            advice = "Revise su usuario y contraseña de SECOP II (entre al portal a mano para confirmarlos) y vuelva a "
                    + "cargar. El robot no reintenta para no bloquear su cuenta.";
            commands.add(load);
        } else if (message.contains("contrato")
                && (message.contains("no se encontr") || message.contains("esta «") || message.contains("no esta"))) {
            advice = "Revise el número del contrato en la hoja: debe ser el de «Mis contratos» de SECOP II y estar "
                    + "«En ejecución». Corríjalo y revise la hoja.";
            commands.add(validate);
        } else if (message.contains("empresa")) {
            advice = "Revise la columna «Empresa»: debe ser el nombre de una de las empresas de su usuario, como "
                    + "aparece al ingresar a SECOP II.";
            commands.add(validate);
        } else if (message.contains("zip") || message.contains("soporte") || message.contains("anexo")) {
            advice = "Revise los soportes de la fila (un .zip de máximo 10 MB, o una carpeta) y la hoja; luego "
                    + "vuelva a cargar.";
            commands.add(validate);
        } else {
            advice =
                    "Consulte qué quedó en SECOP II y vuelva a ejecutar la carga: el robot retoma la fila sin crear ni "
                            + "enviar nada dos veces. Si vuelve a fallar, envíe a soporte la carpeta de esta ejecución"
                            + (traced ? " (o su ZIP)." : "; para más detalle, cargue con --traza.");
            commands.add(status);
            commands.add(load);
        }
        if (traced && runFolder != null) {
            commands.add(launcher() + " reproducir " + quoted(runFolder) + " --fila " + row.rowNumber());
        }
        return Optional.of(new NextStep(advice, commands));
    }

    static String launcher() {
        String name = System.getProperty(LAUNCHER_PROPERTY);
        return name == null || name.isBlank() ? "./secop" : name.strip();
    }

    /** A path as the launcher's shell reads it back byte for byte ({@link ShellQuote}). */
    static String quoted(Path path) {
        return ShellQuote.forLauncher(launcher(), path);
    }

    private static String plain(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
