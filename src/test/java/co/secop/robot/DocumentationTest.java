package co.secop.robot;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.cli.SecopCli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README is a short door to one guide per user; every command and option of {@code ./secop} is explained
 * in a guide that names its command; the links between the documents lead somewhere; and the table of
 * docs/arquitectura.md «De la página del portal al código» names files that exist.
 */
class DocumentationTest {

    private static final Path HOME =
            Path.of(System.getProperty("secop.home", ".")).toAbsolutePath();

    /** The guide of each user, as the README links them. */
    private static final List<String> USER_GUIDES =
            List.of("docs/contratistas.md", "docs/qa.md", "docs/soporte.md", "docs/desarrollo.md");

    private static final List<String> ALL_GUIDES = Stream.concat(
                    USER_GUIDES.stream(), Stream.of("docs/arquitectura.md", "docs/portal.md"))
            .toList();

    /** Linked before it exists: another change writes it. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void theReadmeIsAShortDoor() {
        assertThat(lines("README.md")).as("líneas de README.md").hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void theReadmeLinksEveryGuide() {
        Set<String> linked = links("README.md").stream()
                .map(link -> link.replaceFirst("#.*", ""))
                .collect(Collectors.toSet());
        assertThat(linked).containsAll(ALL_GUIDES);
    }

    @Test
    void everyLinkBetweenTheDocumentsLeadsToAFileAndAHeading() {
        List<String> broken = new ArrayList<>();
        for (String document : documents()) {
            Path folder = HOME.resolve(document).getParent();
            for (String link : links(document)) {
                if (link.matches("[a-z]+:.*")) {
                    continue;
                }
                String file = link.replaceFirst("#.*", "");
                String anchor = link.contains("#") ? link.substring(link.indexOf('#') + 1) : "";
                Path target = file.isEmpty()
                        ? HOME.resolve(document)
                        : folder.resolve(file).normalize();
                if (!Files.exists(target)) {
                    broken.add(document + " → " + link + " (no existe el archivo)");
                } else if (!anchor.isEmpty() && !anchors(target).contains(anchor)) {
                    broken.add(document + " → " + link + " (no existe el título)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyCommandAndOptionIsExplainedInAGuideThatNamesTheCommand() {
        Map<String, String> guides =
                USER_GUIDES.stream().collect(Collectors.toMap(guide -> guide, DocumentationTest::read));
        List<String> missing = new ArrayList<>();
        for (CommandLine sub : SecopCli.commandLine().getSubcommands().values()) {
            CommandSpec command = sub.getCommandSpec();
            if (command.usageMessage().hidden()) {
                continue;
            }
            List<String> naming = guides.entrySet().stream()
                    .filter(guide -> guide.getValue().contains("secop " + command.name()))
                    .map(Map.Entry::getValue)
                    .toList();
            if (naming.isEmpty()) {
                missing.add("el comando «" + command.name() + "» (ninguna guía dice «secop " + command.name() + "»)");
                continue;
            }
            for (OptionSpec option : command.options()) {
                if (option.hidden() || option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                String name = option.longestName();
                boolean explained = naming.stream().anyMatch(text -> mentions(text, name));
                if (!explained) {
                    missing.add(command.name() + " " + name);
                }
            }
        }
        assertThat(missing)
                .as("comandos y opciones de ./secop que ninguna guía explica")
                .isEmpty();
    }

    @Test
    void theTableFromPortalPageToCodeNamesFilesThatExist() {
        List<List<String>> rows = pageTable();
        assertThat(rows).isNotEmpty();
        String locators = read("config/localizadores.conf");
        List<String> missing = new ArrayList<>();
        for (List<String> row : rows) {
            String page = row.get(0);
            expectFile(missing, page, "src/main/java/co/secop/robot/portal", row.get(1) + ".java");
            if (!Pattern.compile("(?m)^" + Pattern.quote(row.get(2)) + " \\{")
                    .matcher(locators)
                    .find()) {
                missing.add(page + ": bloque «" + row.get(2) + "» de config/localizadores.conf");
            }
            expectFile(missing, page, "src/main/java/co/secop/robot/simulator", row.get(3) + ".java");
            expectFile(missing, page, "features", row.get(4));
            expectFile(missing, page, "src/test/java/co/secop/robot", row.get(5) + ".java");
        }
        assertThat(missing).as("nombres de la tabla que no existen").isEmpty();
    }

    @Test
    void everyPageObjectHasItsRowInTheTable() throws IOException {
        Set<String> named = pageTable().stream().map(row -> row.get(1)).collect(Collectors.toSet());
        List<String> pageObjects;
        try (Stream<Path> files = Files.walk(HOME.resolve("src/main/java/co/secop/robot/portal"))) {
            pageObjects = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).matches("(?s).*\\bclass \\w+ extends Page\\b.*"))
                    .map(file -> file.getFileName().toString().replace(".java", ""))
                    .toList();
        }
        assertThat(pageObjects).isNotEmpty();
        assertThat(named).containsAll(pageObjects);
    }

    /** The cells of the table under «De la página del portal al código», without backticks, header and rule. */
    private static List<List<String>> pageTable() {
        String text = read("docs/arquitectura.md");
        int start = text.indexOf("## De la página del portal al código");
        assertThat(start).as("sección «De la página del portal al código»").isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : text.substring(start).split("\n")) {
            if (line.startsWith("|")) {
                inTable = true;
                List<String> cells = Stream.of(
                                line.substring(1, line.lastIndexOf('|')).split("\\|"))
                        .map(cell -> cell.strip().replace("`", ""))
                        .toList();
                if (!cells.get(0).equals("Página del portal") && !cells.get(0).startsWith("---")) {
                    rows.add(cells);
                }
            } else if (inTable) {
                break;
            }
        }
        rows.forEach(row -> assertThat(row).as("fila " + row).hasSize(6));
        return rows;
    }

    private static void expectFile(List<String> missing, String page, String root, String fileName) {
        try (Stream<Path> files = Files.walk(HOME.resolve(root))) {
            if (files.noneMatch(file -> file.getFileName().toString().equals(fileName))) {
                missing.add(page + ": " + fileName + " en " + root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An option is explained where it is written whole: «--hoja» does not count for «--hoja-x». */
    private static boolean mentions(String text, String option) {
        return Pattern.compile(Pattern.quote(option) + "(?![\\w-])")
                .matcher(text)
                .find();
    }

    private static List<String> documents() {
        List<String> documents = new ArrayList<>(List.of("README.md", "features/LEEME.md"));
        ALL_GUIDES.stream().filter(guide -> Files.exists(HOME.resolve(guide))).forEach(documents::add);
        return documents;
    }

    private static List<String> links(String document) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(withoutCode(read(document)));
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    /** Fenced code blocks may hold text like {@code ](x)} that is not a link. */
    private static String withoutCode(String text) {
        return text.replaceAll("(?s)```.*?```", "");
    }

    /** GitHub's anchors: headings in lower case, without punctuation, spaces as hyphens. */
    private static Set<String> anchors(Path file) {
        Set<String> anchors = new LinkedHashSet<>();
        for (String line : withoutCode(read(file)).split("\n")) {
            if (line.matches("#{1,6} .*")) {
                String heading = line.replaceFirst("#+ ", "").strip().toLowerCase(Locale.ROOT);
                anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    private static List<String> lines(String document) {
        return read(document).lines().toList();
    }

    private static String read(String document) {
        return read(HOME.resolve(document));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
