package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.simulator.RenamedField;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.simulator.SimulatorVariant;
import co.secop.robot.testsupport.MockPortalApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./secop revisar} against the simulator: one browser per run, read-only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectCommandTest {

    private static final Credentials DEMO = new Credentials("contratista.demo", "Demo2026*".toCharArray());

    @TempDir
    Path dir;

    private Simulator simulator;

    @BeforeAll
    void start() {
        simulator = Simulator.start(SimulatorOptions.defaults());
    }

    @AfterAll
    void stop() {
        simulator.close();
    }

    @Test
    void findsEveryKeyOnTheSimulatorWithTheFormAndChangesNothing() throws Exception {
        List<JsonNode> before = new MockPortalApi(simulator.baseUrl()).payments();
        StringWriter printed = new StringWriter();

        int code = InspectCommand.run(
                new PrintWriter(printed, true),
                config(""),
                simulator.loginUrl(),
                DEMO,
                Optional.empty(),
                true,
                dir.resolve("todo"),
                new BrowserSessionOptions(false, null));

        String out = printed.toString();
        assertThat(out).as(out).contains(" 0 no encontradas").doesNotContain("La revisión se detuvo");
        assertThat(code).as(out).isZero();
        assertThat(out).contains("No se guarda ni se envía nada.");
        assertThat(new MockPortalApi(simulator.baseUrl()).payments()).isEqualTo(before);
        Path revision = dir.resolve("todo/revision");
        String summary = Files.readString(revision.resolve("resumen.txt"));
        assertThat(summary)
                .contains("formulario.valor-neto: encontrado con la alternativa 1 de 2 (css:#cbxNetValue)"
                        + " en ventana-1-iframe-1");
        assertThat(summary)
                .contains("subida.anexar: encontrado")
                .contains("plan.crear: encontrado")
                .contains("login.usuario: encontrado")
                .contains("error.no-disponible: no alcanzado");
        Path formPage = revision.resolve("07-formulario-solicitud-de-pago");
        assertThat(formPage.resolve("captura.png")).isNotEmptyFile();
        assertThat(Files.readString(formPage.resolve("ventana-1-iframe-1.html")))
                .contains("cbxNetValue");
        String inventory = Files.readString(formPage.resolve("inventario.tsv"));
        assertThat(inventory).contains("ventana-1-iframe-1\tinput\ttext\tcbxNetValue");
        assertThat(Files.list(revision.resolve("08-anexar-documento"))
                        .map(p -> p.getFileName().toString()))
                .contains("ventana-2.html");
        assertThat(Files.readString(revision.resolve("01-inicio-de-sesion/inventario.tsv")))
                .contains("txtPassword")
                .doesNotContain("Demo2026*");
        assertThat(zipEntries(dir.resolve("todo/revision.zip")))
                .contains("resumen.txt", "07-formulario-solicitud-de-pago/ventana-1-iframe-1.html");
        for (Path file : Files.walk(revision).filter(Files::isRegularFile).toList()) {
            if (!file.toString().endsWith(".png")) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("Demo2026*");
            }
        }
    }

    @Test
    void namesARenamedKeySuggestsTheInputByItsLabelAndReportsFallbacks() throws Exception {
        Path overrides = dir.resolve("cambios.conf");
        Files.writeString(overrides, """
                formulario.valor-neto = "css:#cbxValorNetoRenombrado"
                formulario.confirmar = ["css:#btnConfirmarRenombrado", "css:input[type=button][value='Confirmar']"]
                """);
        StringWriter printed = new StringWriter();

        int code = InspectCommand.run(
                new PrintWriter(printed, true),
                config("portal.localizadores = \"" + overrides.toString().replace("\\", "/") + "\"\n"),
                simulator.loginUrl(),
                DEMO,
                Optional.of("CPS-2026-0101"),
                true,
                dir.resolve("cambio"),
                new BrowserSessionOptions(false, null));

        String out = printed.toString();
        assertThat(code).as(out).isEqualTo(1);
        assertThat(out)
                .contains("1 no encontradas")
                .contains("No se encontró en el portal:")
                .contains("formulario.valor-neto: no encontrado en 07-formulario-solicitud-de-pago."
                        + " Se probó: css:#cbxValorNetoRenombrado")
                .contains("Candidato: input[text] #cbxNetValue etiqueta «Valor neto»")
                .contains("→ css:#cbxNetValue")
                .contains("formulario.confirmar: alternativa 2 (css:input[type=button][value='Confirmar'])");
        assertThat(Files.readString(dir.resolve("cambio/revision/resumen.txt")))
                .contains("ENCONTRADAS SOLO POR UNA ALTERNATIVA DE RESPALDO")
                .contains("css:#btnConfirmarRenombrado no encontró nada");
    }

    /** Issue 11: the portal renamed «Valor neto» (label and id): the key is named, the renamed input suggested. */
    @Test
    void onAPortalThatRenamedValorNetoNamesTheKeyAndSuggestsTheRenamedInput() throws Exception {
        StringWriter printed = new StringWriter();
        int code;
        List<JsonNode> before;
        List<JsonNode> after;
        try (Simulator renamed =
                Simulator.start(SimulatorOptions.defaults().withRenamedField(RenamedField.NET_VALUE))) {
            before = payments(renamed);
            code = InspectCommand.run(
                    new PrintWriter(printed, true),
                    config(""),
                    renamed.loginUrl(),
                    DEMO,
                    Optional.empty(),
                    true,
                    dir.resolve("renombrado"),
                    new BrowserSessionOptions(false, null));
            after = payments(renamed);
        }

        String out = printed.toString();
        assertThat(code).as(out).isEqualTo(1);
        assertThat(out)
                .contains(" 1 no encontradas")
                .contains("No se encontró en el portal:")
                .contains("formulario.valor-neto: no encontrado en 07-formulario-solicitud-de-pago."
                        + " Se probó: css:#cbxNetValue · label:Valor neto")
                .contains("Candidato: input[text] #txtNetValueX etiqueta «Valor neto del pago»")
                .contains("→ css:#txtNetValueX");
        assertThat(after).isEqualTo(before);
        String summary = Files.readString(dir.resolve("renombrado/revision/resumen.txt"));
        assertThat(summary)
                .contains("NO ENCONTRADAS")
                .contains("- formulario.valor-neto: no encontrado")
                .contains("formulario.valor-total: encontrado con la alternativa 1 de 2 (css:#cbxTotalValue)");
        // The first candidate is the renamed input, not «Valor total».
        String candidates = out.substring(out.indexOf("formulario.valor-neto: no encontrado"));
        assertThat(candidates.substring(candidates.indexOf("Candidato: ")))
                .startsWith("Candidato: input[text] #txtNetValueX");
        assertThat(zipEntries(dir.resolve("renombrado/revision.zip")))
                .contains("07-formulario-solicitud-de-pago/inventario.tsv");
    }

    @Test
    void onUnknownIdsTellsWhichKeysMatchedOnlyByTheirFallback() throws Exception {
        StringWriter printed = new StringWriter();
        int code;
        try (Simulator scrambled = Simulator.start(SimulatorOptions.defaults()
                .withVariants(SimulatorVariant.UNKNOWN_IDS)
                .withNamesSeed(7))) {
            code = InspectCommand.run(
                    new PrintWriter(printed, true),
                    config(""),
                    scrambled.loginUrl(),
                    DEMO,
                    Optional.empty(),
                    true,
                    dir.resolve("variante"),
                    new BrowserSessionOptions(false, null));
        }

        String out = printed.toString();
        assertThat(out)
                .as(out)
                .contains("Se encontró solo por una alternativa de respaldo (la principal ya no sirve):")
                .containsPattern("- formulario\\.valor-neto: alternativa 2 \\(label:Valor neto\\)");
        String summary = Files.readString(dir.resolve("variante/revision/resumen.txt"));
        assertThat(summary)
                .contains("ENCONTRADAS SOLO POR UNA ALTERNATIVA DE RESPALDO")
                .contains(
                        "formulario.valor-neto: encontrado con la alternativa 2 de 2 (label:Valor neto)"
                                + " en ventana-1-iframe-1 — SOLO POR UNA ALTERNATIVA DE RESPALDO: css:#cbxNetValue no encontró nada");
        assertThat(code).as(out).isIn(0, 1);
    }

    private RobotConfiguration config(String extra) throws Exception {
        Path file = dir.resolve("secop-" + System.nanoTime() + ".conf");
        Files.writeString(
                file,
                "portal.espera-maxima = 4s\nlote.salida = \""
                        + dir.resolve("resultados").toString().replace("\\", "/") + "\"\n" + extra);
        return RobotConfiguration.load(Optional.of(file));
    }

    private static List<JsonNode> payments(Simulator simulator) {
        return new MockPortalApi(simulator.baseUrl()).payments();
    }

    private static List<String> zipEntries(Path zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
