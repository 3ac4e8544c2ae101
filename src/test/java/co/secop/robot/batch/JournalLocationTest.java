package co.secop.robot.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the journal lives does not depend on the current folder nor on where the sheet is. */
class JournalLocationTest {

    private static final String PORTAL = "https://community.secop.gov.co/STS/Users/Login/Index?SkinName=CCE";

    @Test
    void theSameSheetMovedOrRunFromElsewhereHasTheSameJournal() {
        Path folder = Path.of("/datos/diarios");
        Path here = JournalLocation.file(folder, PORTAL, "juana", Path.of("/home/juana/pagos.xlsx"), "Pagos");
        Path moved = JournalLocation.file(folder, PORTAL, "Juana ", Path.of("/otra/carpeta/pagos.xlsx"), "Pagos");

        assertThat(here).isEqualTo(moved).isAbsolute();
        assertThat(here.getFileName().toString()).matches("pagos-[0-9a-f]{12}\\.json");
    }

    @Test
    void anotherPortalAccountOrSheetHasAnotherJournal() {
        Path folder = Path.of("/datos/diarios");
        Path base = JournalLocation.file(folder, PORTAL, "juana", Path.of("pagos.xlsx"), "Pagos");

        assertThat(JournalLocation.file(
                        folder, "http://127.0.0.1:8080/STS/Users/Login/Index", "juana", Path.of("pagos.xlsx"), "Pagos"))
                .isNotEqualTo(base);
        assertThat(JournalLocation.file(folder, PORTAL, "pedro", Path.of("pagos.xlsx"), "Pagos"))
                .isNotEqualTo(base);
        assertThat(JournalLocation.file(folder, PORTAL, "juana", Path.of("pagos.xlsx"), "Diciembre"))
                .isNotEqualTo(base);
    }

    @Test
    void theDefaultFolderIsTheUsersDataFolder() {
        assertThat(JournalLocation.defaultFolder(
                                Map.of("LOCALAPPDATA", "C:\\Users\\juana\\AppData\\Local"),
                                "Windows 11",
                                "C:\\Users\\juana")
                        .toString())
                .contains("secop-robot")
                .endsWith("diarios");
        assertThat(JournalLocation.defaultFolder(Map.of(), "Linux", "/home/juana"))
                .isEqualTo(Path.of("/home/juana/.local/share/secop-robot/diarios"));
        assertThat(JournalLocation.defaultFolder(Map.of("XDG_DATA_HOME", "/datos"), "Linux", "/home/juana"))
                .isEqualTo(Path.of("/datos/secop-robot/diarios"));
        assertThat(JournalLocation.defaultFolder(Map.of(), "Mac OS X", "/Users/juana"))
                .isEqualTo(Path.of("/Users/juana/Library/Application Support/secop-robot/diarios"));
    }
}
