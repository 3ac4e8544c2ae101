package co.secop.robot.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportsPackagerTest {

    @TempDir
    Path dir;

    @Test
    void aZipIsUsedAsItIs() throws Exception {
        Path zip = SupportFixtures.zip(dir.resolve("noviembre.zip"));

        assertThat(new SupportsPackager().packageSupports(zip, dir.resolve("trabajo")))
                .isEqualTo(zip);
        assertThat(dir.resolve("trabajo")).doesNotExist();
    }

    @Test
    void aFolderIsZippedWithSortedEntriesLeavingOutHiddenAndLockFiles() throws Exception {
        Path folder = dir.resolve("Soportes noviembre");
        SupportFixtures.file(folder.resolve("informe de actividades.pdf"), "informe");
        SupportFixtures.file(folder.resolve("aportes/planilla PILA.pdf"), "pila");
        SupportFixtures.file(folder.resolve("cuenta de cobro.pdf"), "cuenta");
        SupportFixtures.file(folder.resolve(".DS_Store"), "x");
        SupportFixtures.file(folder.resolve("~$informe de actividades.docx"), "lock");
        SupportFixtures.file(folder.resolve("Thumbs.db"), "x");

        Path zip = new SupportsPackager().packageSupports(folder, dir.resolve("trabajo"));

        assertThat(zip).isEqualTo(dir.resolve("trabajo/Soportes noviembre.zip").toAbsolutePath());
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> names = Collections.list(file.entries()).stream()
                    .map(ZipEntry::getName)
                    .toList();
            assertThat(names)
                    .containsExactly("aportes/planilla PILA.pdf", "cuenta de cobro.pdf", "informe de actividades.pdf");
            assertThat(new String(file.getInputStream(file.getEntry("cuenta de cobro.pdf"))
                            .readAllBytes()))
                    .isEqualTo("cuenta");
        }
        try (var stray = Files.list(dir.resolve("trabajo"))) {
            assertThat(stray).containsExactly(zip);
        }
    }

    @Test
    void zippingTheSameFilesTwiceGivesTheSameBytes() throws Exception {
        Path folder = dir.resolve("soportes");
        SupportFixtures.file(folder.resolve("b.pdf"), "b");
        SupportFixtures.file(folder.resolve("a.pdf"), "a");
        SupportsPackager packager = new SupportsPackager();

        byte[] first = Files.readAllBytes(packager.packageSupports(folder, dir.resolve("uno")));
        Files.setLastModifiedTime(folder.resolve("a.pdf"), FileTime.from(Instant.parse("2020-05-05T10:00:00Z")));
        byte[] second = Files.readAllBytes(packager.packageSupports(folder, dir.resolve("dos")));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void rezippingReplacesTheOldZipAndNeverZipsItself() throws Exception {
        Path folder = dir.resolve("soportes");
        SupportFixtures.file(folder.resolve("informe.pdf"), "v1");
        SupportsPackager packager = new SupportsPackager();
        packager.packageSupports(folder, folder);
        SupportFixtures.file(folder.resolve("informe.pdf"), "v2");

        Path zip = packager.packageSupports(folder, folder);

        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(Collections.list(file.entries()))
                    .extracting(ZipEntry::getName)
                    .containsExactly("informe.pdf");
            assertThat(new String(
                            file.getInputStream(file.getEntry("informe.pdf")).readAllBytes()))
                    .isEqualTo("v2");
        }
    }

    @Test
    void tooBigZipIsRefusedWithItsSize() {
        Path zip = SupportFixtures.zip(dir.resolve("grande.zip"), 3 * 1024 * 1024);

        assertThatThrownBy(() -> new SupportsPackager(2L * 1024 * 1024).packageSupports(zip, dir))
                .isInstanceOf(SupportsException.class)
                .hasMessage("El archivo «grande.zip» pesa 3 MB y el portal admite como máximo 2 MB; divida o reduzca "
                        + "los soportes (por ejemplo, escanee en menor resolución).");
    }

    @Test
    void tooBigFolderIsRefusedAfterZipping() throws IOException {
        Path folder = dir.resolve("escaneos");
        byte[] noise = new byte[300_000];
        new java.util.Random(1).nextBytes(noise);
        Files.createDirectories(folder);
        Files.write(folder.resolve("escaneo.png"), noise);

        assertThatThrownBy(() -> new SupportsPackager(100_000).packageSupports(folder, dir.resolve("trabajo")))
                .isInstanceOf(SupportsException.class)
                .hasMessageStartingWith("El archivo «escaneos.zip» pesa 293,")
                .hasMessageContaining("como máximo 97,7 KB");
    }

    @Test
    void otherFilesEmptyFoldersAndMissingPathsAreRefused() throws IOException {
        Path pdf = SupportFixtures.file(dir.resolve("informe.pdf"), "%PDF");
        Path empty = Files.createDirectories(dir.resolve("vacia"));
        SupportsPackager packager = new SupportsPackager();

        assertThatThrownBy(() -> packager.packageSupports(pdf, dir))
                .hasMessage("«informe.pdf» no es un archivo .zip ni una carpeta; el portal solo recibe los soportes "
                        + "en un .zip.");
        assertThatThrownBy(() -> packager.packageSupports(empty, dir.resolve("trabajo")))
                .hasMessage("La carpeta «" + empty.toAbsolutePath() + "» está vacía; ponga en ella los soportes.");
        assertThatThrownBy(() -> packager.packageSupports(dir.resolve("nada"), dir))
                .hasMessage("No existe «" + dir.resolve("nada").toAbsolutePath() + "».");
    }

    @Test
    void sizesReadLikeAPersonWould() {
        List<String> sizes = new ArrayList<>();
        for (long bytes : new long[] {1, 512, 1024, 1536, 10L * 1024 * 1024, 13_000_000}) {
            sizes.add(FileSizes.describe(bytes));
        }
        assertThat(sizes).containsExactly("1 byte", "512 bytes", "1 KB", "1,5 KB", "10 MB", "12,4 MB");
    }

    @Test
    void aSymbolicLinkIsNeverFollowedOutOfTheFolder() throws Exception {
        Path outside = SupportFixtures.file(dir.resolve("afuera/secreto.txt"), "root:x:0:0");
        Path outsideFolder = outside.getParent();
        Path folder = dir.resolve("soportes");
        SupportFixtures.file(folder.resolve("informe.pdf"), "%PDF");
        Files.createSymbolicLink(folder.resolve("passwd"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(folder.resolve("secreto.txt"), outside);
        Files.createSymbolicLink(folder.resolve("otra-carpeta"), outsideFolder);
        Files.createSymbolicLink(folder.resolve("interno.pdf"), folder.resolve("informe.pdf"));

        Path zip = new SupportsPackager().packageSupports(folder, dir.resolve("trabajo"));

        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(Collections.list(file.entries()).stream()
                            .map(ZipEntry::getName)
                            .toList())
                    .containsExactly("informe.pdf");
        }
        assertThat(new String(Files.readAllBytes(zip), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("root:")
                .doesNotContain("secreto");
    }

    @Test
    void aFolderOfLinksOnlyIsEmptyForTheValidator() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("solo-enlaces"));
        Files.createSymbolicLink(folder.resolve("passwd"), Path.of("/etc/passwd"));

        assertThatThrownBy(() -> new SupportsChecker(SupportsPackager.PORTAL_MAX_BYTES, dir).check("solo-enlaces"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("está vacía")
                .hasMessageContaining("los enlaces simbólicos passwd no se siguen");
    }

    @Test
    void theValidatorZipsAFolderToCheckThePortalsLimit() throws Exception {
        Path folder = dir.resolve("escaneos");
        byte[] noise = new byte[300_000];
        new java.util.Random(1).nextBytes(noise);
        Files.createDirectories(folder);
        Files.write(folder.resolve("escaneo.png"), noise);

        assertThatThrownBy(() -> new SupportsChecker(100_000, dir).check("escaneos"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("la carpeta «escaneos» comprimida pesa 293,")
                .hasMessageContaining("como máximo 97,7 KB");
        assertThat(new SupportsChecker(400_000, dir).check("escaneos")).isEqualTo(folder.toAbsolutePath());
    }

    @Test
    void theZipIsReadableByItsOwnerOnly() throws Exception {
        Path folder = dir.resolve("soportes");
        SupportFixtures.file(folder.resolve("informe.pdf"), "%PDF");

        Path zip = new SupportsPackager().packageSupports(folder, dir.resolve("trabajo/nueva"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip.getParent())))
                .isEqualTo("rwx------");
    }
}
