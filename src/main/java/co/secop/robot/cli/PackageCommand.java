package co.secop.robot.cli;

import co.secop.robot.config.SecopConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./secop empaquetar}: the release a contractor unzips and runs with only Java 17+ and Chrome —
 * {@code dist/secop-robot-<versión>.zip} with the built jar, both launchers, {@code config/},
 * {@code sample-data/} and {@code LEEME.txt}, all inside a {@code secop-robot-<versión>/} folder.
 */
@Command(
        name = "empaquetar",
        description = {
            "Crea la versión para contratistas, dist/secop-robot-<versión>.zip: el robot compilado, secop y secop.cmd,",
            "config/, sample-data/ y LEEME.txt. Quien la descomprime solo necesita Java 17+ y Chrome (no Maven)."
        })
public final class PackageCommand implements Callable<Integer> {

    static final String JAR = "secop-robot.jar";
    private static final int EXECUTABLE = 0100755;
    private static final int REGULAR = 0100644;

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Option(names = "--salida", paramLabel = "CARPETA", description = "Dónde dejar el ZIP (por defecto dist/).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Path home = SecopConfig.home();
        Path jar = home.resolve("target").resolve(JAR);
        if (!Files.isRegularFile(home.resolve("pom.xml")) || !Files.isRegularFile(jar)) {
            throw new UserFacingException(
                    "«" + Launcher.command("empaquetar") + "» se usa en el código fuente del robot, "
                            + "después de compilarlo (no se encontró " + jar + ").");
        }
        String version = version(jar, home.resolve("pom.xml"));
        String name = "secop-robot-" + version;
        Path target = (output != null ? output : home.resolve("dist")).resolve(name + ".zip");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path partial = target.resolveSibling(name + ".zip.tmp");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(partial.toFile())) {
            add(zip, name + "/" + JAR, jar, REGULAR);
            add(zip, name + "/secop", home.resolve("secop"), EXECUTABLE);
            add(zip, name + "/secop.cmd", home.resolve("secop.cmd"), REGULAR);
            addTree(zip, name, home, home.resolve("config"));
            addTree(zip, name, home, home.resolve("sample-data"));
            addText(zip, name + "/LEEME.txt", readme(version));
        }
        Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        var out = spec.commandLine().getOut();
        out.println("Versión para contratistas: " + target.toAbsolutePath() + " (" + Files.size(target) / (1024 * 1024)
                + " MB)");
        out.println("Descomprímala y ejecute «./secop demo» (Linux o Mac) o «secop.cmd demo» (Windows); "
                + "solo necesita Java 17+ y Chrome.");
        out.flush();
        return SecopCli.OK;
    }

    /** The jar's Implementation-Version, else the project's version in pom.xml. */
    static String version(Path jar, Path pom) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() != null) {
                String version = file.getManifest().getMainAttributes().getValue("Implementation-Version");
                if (version != null && !version.isBlank()) {
                    return version.strip();
                }
            }
        }
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<artifactId>secop-robot</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(text);
        return m.find() ? m.group(1).strip() : "sin-version";
    }

    static String readme(String version) {
        return String.join(
                "\r\n",
                List.of(
                        "secop-robot " + version + " - Robot de radicacion de pagos en SECOP II",
                        "",
                        "Necesita: Java 17 o superior (https://adoptium.net/es/) y Google Chrome. No necesita Maven.",
                        "",
                        "Windows: haga doble clic en secop.cmd, arrastre su hoja de pagos a la ventana y elija que hacer.",
                        "         En una ventana de comandos: secop.cmd demo, secop.cmd validar mis-pagos.xlsx, ...",
                        "Linux o Mac: ./secop demo, ./secop validar mis-pagos.xlsx, ...",
                        "",
                        "El camino de cada mes:",
                        "  1. secop plantilla mis-pagos.xlsx      crea la hoja (la fila 2 es un ejemplo y no se radica)",
                        "  2. secop validar mis-pagos.xlsx        revisa la hoja sin abrir el portal",
                        "  3. secop cargar mis-pagos.xlsx --ensayo llena y confirma en SECOP II, sin Enviar",
                        "  4. secop cargar mis-pagos.xlsx         radica y envia; pide su usuario y contrasena de SECOP II",
                        "",
                        "Cada ejecucion deja en resultados/<fecha-hora>/ el reporte.html, resultados.xlsx y un comprobante",
                        "PDF por pago enviado; resultados/index.html lista todas las ejecuciones.",
                        "Pruebe sin riesgo con: secop demo (usa un simulador de SECOP II incluido).",
                        "Ayuda de cada comando: secop --help, secop cargar --help.",
                        ""));
    }

    private static void add(ZipArchiveOutputStream zip, String name, Path file, int mode) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(file.toFile(), name);
        entry.setUnixMode(mode);
        zip.putArchiveEntry(entry);
        Files.copy(file, zip);
        zip.closeArchiveEntry();
    }

    private static void addText(ZipArchiveOutputStream zip, String name, String text) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(REGULAR);
        zip.putArchiveEntry(entry);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeArchiveEntry();
    }

    private static void addTree(ZipArchiveOutputStream zip, String name, Path home, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                add(zip, name + "/" + home.relativize(file).toString().replace('\\', '/'), file, REGULAR);
            }
        }
    }
}
