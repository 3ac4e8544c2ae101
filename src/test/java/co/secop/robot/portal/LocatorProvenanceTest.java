package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.portal.inspect.PortalInspection;
import co.secop.robot.portal.locate.Locators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every locator key says where it comes from, an assumed one always has a way a person would find the
 * element, and the keys of the file and of the code are the same set.
 */
class LocatorProvenanceTest {

    private static final Path PORTAL_SOURCES = Path.of("src/main/java/co/secop/robot/portal");
    private static final Pattern BOXES = Pattern.compile("new ConfirmationBoxes\\(session, \"([a-z-]+)\"");

    private final Locators locators = Locators.load(Optional.empty());

    @Test
    void everyKeySaysWhereItComesFromAndAnAssumedOneHasAPersonVisibleFallback() {
        List<String> listing = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String key : locators.keys()) {
            Locators.Provenance p = locators.provenance(key);
            listing.add(String.format(
                    "%-40s %-11s %s",
                    key,
                    p.origin().name().toLowerCase(),
                    p.origin() == Locators.Origin.CONFIRMADO
                            ? p.source()
                            : String.join(" | ", locators.alternatives(key))));
            switch (p.origin()) {
                case CONFIRMADO -> {
                    if (!p.source().matches(".*§\\d+.*\\[[CVG]].*")) {
                        problems.add(key + ": confirmado sin citar el hecho («§N [C|V|G] ...»)");
                    }
                }
                case SUPUESTO -> {
                    if (!p.text() && !locators.hasPersonVisibleAlternative(key) && !backedByAConfirmedKey(p)) {
                        problems.add(key + ": supuesto sin una alternativa que use lo que ve una persona");
                    }
                }
                case SIN_INDICAR -> problems.add(key + ": no dice si es confirmado o supuesto");
            }
        }
        System.out.println("Localizadores y su procedencia:\n" + String.join("\n", listing));
        assertThat(listing).hasSizeGreaterThan(60);
        assertThat(problems).isEmpty();
    }

    private boolean backedByAConfirmedKey(Locators.Provenance p) {
        return !p.backup().isEmpty()
                && locators.has(p.backup())
                && (locators.provenance(p.backup()).origin() == Locators.Origin.CONFIRMADO
                        || locators.hasPersonVisibleAlternative(p.backup()));
    }

    @Test
    void theCodeAndTheFileUseTheSameKeys() throws IOException {
        Set<String> blocks = new TreeSet<>();
        for (String key : locators.keys()) {
            blocks.add(key.substring(0, key.indexOf('.')));
        }
        Pattern literal = Pattern.compile("\"((?:" + String.join("|", blocks) + ")\\.[a-z0-9.-]*[a-z0-9])\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PORTAL_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = literal.matcher(code);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher boxes = BOXES.matcher(code);
                while (boxes.find()) {
                    used.add("dialogo.preguntas." + boxes.group(1));
                }
            }
        }
        Set<String> undefined = new TreeSet<>(used);
        undefined.removeAll(locators.keys());
        Set<String> unused = new TreeSet<>(locators.keys());
        unused.removeAll(used);
        assertThat(undefined)
                .as("claves que usa el código y el archivo no define")
                .isEmpty();
        assertThat(unused).as("claves del archivo que ningún código usa").isEmpty();
    }

    @Test
    void theKeysRevisarTreatsAsConditionalAndTheLanguageLabelsAreInTheFile() {
        List<String> conditional = locators.texts(PortalInspection.CONDITIONAL_KEYS);
        assertThat(conditional).contains("login.captcha", "plan.enviar", "formulario.mensaje-cufe");
        for (String key : conditional) {
            assertThat(locators.has(key))
                    .as(key + " no es una clave del archivo")
                    .isTrue();
            assertThat(locators.provenance(key).text())
                    .as(key + " es un texto, no un localizador")
                    .isFalse();
        }
        assertThat(locators.provenance(PortalInspection.CONDITIONAL_KEYS).text())
                .isTrue();
        assertThat(locators.texts(LanguageCheck.SPANISH_LABELS)).containsExactly("Mis procesos", "Mis contratos");
        assertThat(locators.texts(LanguageCheck.ENGLISH_LABELS)).containsExactly("My processes", "My contracts");
    }

    @Test
    void personVisibleAlternativesAreRecognised() {
        assertThat(Locators.isPersonVisible("label:Valor neto")).isTrue();
        assertThat(Locators.isPersonVisible("boton:Enviar")).isTrue();
        assertThat(Locators.isPersonVisible("columna:Estado")).isTrue();
        assertThat(Locators.isPersonVisible("css:input[value='Crear']")).isTrue();
        assertThat(Locators.isPersonVisible("xpath://a[normalize-space()='Detalle']"))
                .isTrue();
        assertThat(Locators.isPersonVisible("css:#btnSendPayment_1")).isFalse();
        assertThat(Locators.isPersonVisible("#txtCufe")).isFalse();
    }
}
