package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.format.SecretForms;
import co.secop.robot.notification.SmtpSettings;
import co.secop.robot.run.BatchJob;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch with {@code --traza} and a failed login, with passwords holding {@code ' " < > & ñ} and a space:
 * no serialisation of them is in any byte the robot writes (files, ZIPs and xlsx unzipped, HTML, PNG text
 * chunks) nor in what it printed on the terminal; and everything it wrote is readable by its owner only.
 */
class NoSecretWrittenTest {

    private static final String PASSWORD = "O'Cl\"ave <b> & ñandú 7";
    private static final String SMTP_PASSWORD = "Co'rreo \"x\" <y> & ñ 2";
    private static final Path DEMO = Path.of("sample-data/pagos-demo.xlsx");

    @TempDir
    Path work;

    @TempDir
    Path fixtures;

    private Simulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void noSerialisationOfThePasswordsIsWrittenAnywhere() throws Exception {
        simulator = Simulator.start(SimulatorOptions.defaults().withSeedFile(seedWithPassword()));
        Path conf = Files.writeString(
                fixtures.resolve("secop.conf"),
                "lote { salida = \"" + work.resolve("resultados").toString().replace("\\", "/")
                        + "\", diarios = \""
                        + work.resolve("diarios").toString().replace("\\", "/")
                        + "\", presupuesto-por-fila = 60s }\n");
        RobotConfiguration config = RobotConfiguration.load(Optional.of(conf));
        SmtpSettings smtp =
                new SmtpSettings("", 587, Optional.of("robot"), Optional.of(SMTP_PASSWORD.toCharArray()), "", true);

        StringWriter terminal = new StringWriter();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        int traced;
        int failed;
        try (PrintWriter out = new PrintWriter(terminal, true);
                PrintStream captured = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            System.setOut(captured);
            System.setErr(captured);
            traced = LoadCommand.run(
                    out,
                    config,
                    simulator.loginUrl(),
                    new Credentials("contratista.demo", PASSWORD.toCharArray()),
                    DEMO,
                    null,
                    work.resolve("salidas/traza"),
                    new LoadCommand.Mode(false, false, true),
                    new BatchJob.Mail(true, Optional.of(smtp)));
            failed = LoadCommand.run(
                    out,
                    config,
                    simulator.loginUrl(),
                    new Credentials("contratista.dos", PASSWORD.toCharArray()),
                    DEMO,
                    null,
                    work.resolve("salidas/fallido"),
                    new LoadCommand.Mode(false, false, true),
                    BatchJob.Mail.off());
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }

        assertThat(traced).as(terminal.toString()).isEqualTo(SecopCli.OK);
        assertThat(failed).isEqualTo(SecopCli.SOME_FAILED);
        assertThat(terminal.toString()).contains("Traza para soporte").contains("No se pudo iniciar sesión");

        Map<String, String> forms = new java.util.LinkedHashMap<>();
        SecretForms.of(PASSWORD).forEach((name, form) -> forms.put("clave del portal, " + name, form));
        SecretForms.of(SMTP_PASSWORD).forEach((name, form) -> forms.put("clave SMTP, " + name, form));

        List<String> texts = new ArrayList<>();
        List<String> where = new ArrayList<>();
        texts.add(terminal.toString());
        where.add("terminal (salida del comando)");
        texts.add(console.toString(StandardCharsets.UTF_8));
        where.add("terminal (System.out y System.err)");
        List<Path> written;
        try (Stream<Path> all = Files.walk(work)) {
            written = all.toList();
        }
        for (Path path : written) {
            if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                collect(work.relativize(path).toString(), Files.readAllBytes(path), texts, where);
            }
        }
        assertThat(where)
                .as("se revisaron los archivos escritos")
                .anyMatch(w -> w.endsWith("robot.log"))
                .anyMatch(w -> w.contains(".zip!") && w.contains("traza/"))
                .anyMatch(w -> w.contains("resultados.xlsx!xl/sharedStrings.xml"))
                .anyMatch(w -> w.endsWith(".html"))
                .anyMatch(w -> w.endsWith(".png"))
                .anyMatch(w -> w.endsWith("correos.json"))
                .anyMatch(w -> w.contains("diarios"));
        assertThat(String.join("\n", texts))
                .as("la búsqueda encuentra lo que sí se escribe")
                .contains("contratista.demo");

        for (int i = 0; i < texts.size(); i++) {
            for (Map.Entry<String, String> form : forms.entrySet()) {
                assertThat(texts.get(i))
                        .as(form.getKey() + " en " + where.get(i))
                        .doesNotContain(form.getValue());
            }
        }

        for (Path path : written) {
            if (path.equals(work) || Files.isSymbolicLink(path)) {
                continue;
            }
            String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
            assertThat(permissions)
                    .as("permisos de " + work.relativize(path))
                    .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
        }
    }

    /** The bundled seed, with the demo contractor's password replaced by one full of special characters. */
    private Path seedWithPassword() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode seed;
        try (InputStream in = getClass().getResourceAsStream("/config/simulador-semilla.json")) {
            seed = (ObjectNode) json.readTree(in);
        }
        seed.get("users").forEach(user -> {
            if (user.get("login").asText().equals("contratista.demo")) {
                ((ObjectNode) user).put("password", PASSWORD);
            }
        });
        return Files.write(fixtures.resolve("semilla.json"), json.writeValueAsBytes(seed));
    }

    /** Adds the file's text in every reading: UTF-8 and Latin-1 bytes, ZIP entries (recursively), PNG text chunks. */
    private static void collect(String name, byte[] bytes, List<String> texts, List<String> where) throws IOException {
        texts.add(new String(bytes, StandardCharsets.UTF_8));
        where.add(name);
        texts.add(new String(bytes, StandardCharsets.ISO_8859_1));
        where.add(name + " (latin-1)");
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    texts.add(entry.getName());
                    where.add(name + " (nombre de entrada)");
                    collect(name + "!" + entry.getName(), zip.readAllBytes(), texts, where);
                }
            }
        }
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            pngText(bytes).forEach(text -> {
                texts.add(text);
                where.add(name + " (texto PNG)");
            });
        }
    }

    private static List<String> pngText(byte[] png) throws IOException {
        List<String> found = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.position(8);
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            String kind = new String(type, StandardCharsets.US_ASCII);
            if (length < 0 || length > buffer.remaining() - 4) {
                break;
            }
            byte[] data = new byte[length];
            buffer.get(data);
            buffer.getInt();
            if (kind.equals("tEXt") || kind.equals("iTXt")) {
                found.add(new String(data, StandardCharsets.UTF_8));
                found.add(new String(data, StandardCharsets.ISO_8859_1));
            }
            if (kind.equals("zTXt") || kind.equals("iTXt")) {
                int keywordEnd = indexOf(data, (byte) 0);
                int start = keywordEnd + (kind.equals("zTXt") ? 2 : 3);
                if (keywordEnd >= 0 && start < data.length) {
                    try (InputStream in =
                            new InflaterInputStream(new ByteArrayInputStream(data, start, data.length - start))) {
                        found.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    } catch (IOException notCompressed) {
                        // an uncompressed iTXt was already read above
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] data, byte value) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
