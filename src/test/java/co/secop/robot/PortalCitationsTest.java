package co.secop.robot;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.portal.locate.Locators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The facts of the real portal live in {@code docs/portal.md}: every «§N» that the locators, the code, the
 * guides and the features cite is a section of that file, and every {@code confirmado} locator cites one.
 */
class PortalCitationsTest {

    private static final Path FACTS = Path.of("docs/portal.md");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{2,3} §(\\d+(?:\\.\\d+)?) ");
    private static final Pattern CITATION = Pattern.compile("§(\\d+(?:\\.\\d+)?)");
    /** A file outside the repository must never be the source of a fact. */
    private static final List<String> OUTSIDE_SOURCES = List.of("/work/shared", "portal-reference.md");

    private static final Locators LOCATORS = Locators.load(java.util.Optional.empty());

    @Test
    void everyCitationInTheRepositoryPointsAtASectionOfTheFacts() throws IOException {
        Set<String> sections = sections(Files.readString(FACTS, StandardCharsets.UTF_8));
        assertThat(sections).contains("1", "3.1", "6.3", "7.3", "9.1", "16", "18", "19", "20");

        List<String> broken = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        int citations = 0;
        for (Path file : citingFiles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> cited = citations(text);
            citations += cited.size();
            for (String section : cited) {
                if (!sections.contains(section)) {
                    broken.add(file + ": §" + section);
                }
            }
            for (String path : OUTSIDE_SOURCES) {
                if (text.contains(path) && !file.endsWith("PortalCitationsTest.java")) {
                    outside.add(file + " cita " + path + " (fuera del repositorio)");
                }
            }
        }
        assertThat(citations).as("citas encontradas").isGreaterThan(80);
        assertThat(broken).as("citas a secciones que docs/portal.md no tiene").isEmpty();
        assertThat(outside).isEmpty();
    }

    @Test
    void everyConfirmedLocatorCitesAnExistingSection() throws IOException {
        Set<String> sections = sections(Files.readString(FACTS, StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        int confirmed = 0;
        for (String key : LOCATORS.keys()) {
            Locators.Provenance p = LOCATORS.provenance(key);
            if (p.origin() != Locators.Origin.CONFIRMADO) {
                continue;
            }
            confirmed++;
            List<String> cited = citations(p.source());
            if (cited.isEmpty()) {
                problems.add(key + ": confirmado sin «fuente» que cite una sección de docs/portal.md");
            }
            cited.stream()
                    .filter(s -> !sections.contains(s))
                    .forEach(s -> problems.add(key + ": cita §" + s + ", que docs/portal.md no tiene"));
        }
        assertThat(confirmed).isGreaterThan(60);
        assertThat(problems).isEmpty();
    }

    @Test
    void theChecksSeeAMissingSectionAndAConfirmedEntryWithoutSource() {
        Set<String> sections = sections("## §1 Uno\n### §" + "1.1 Detalle\n## §2 Dos\n");
        assertThat(sections).containsExactlyInAnyOrder("1", "1.1", "2");
        String text = "visto en §" + "1.1 y en §2; falta §" + "3 y §" + "1.2";
        assertThat(citations(text).stream().filter(s -> !sections.contains(s))).containsExactly("3", "1.2");

        Locators withoutSource = Locators.parse("a { b { origen = confirmado, valor = \"css:#x\" } }");
        assertThat(citations(withoutSource.provenance("a.b").source())).isEmpty();
    }

    private static Set<String> sections(String facts) {
        Set<String> found = new TreeSet<>();
        Matcher m = HEADING.matcher(facts);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> citations(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The configuration, the code and tests, the guides (README and docs/) and the QA features. */
    private static List<Path> citingFiles() {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("README.md"));
        for (String root : List.of("config", "src", "docs", "features")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> f.toString().matches(".*\\.(java|conf|md|feature|js|html)$"))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
