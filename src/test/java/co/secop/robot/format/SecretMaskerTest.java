package co.secop.robot.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskerTest {

    private static final String M = SecretMasker.MASK;

    @Test
    void replacesEveryOccurrence() {
        SecretMasker masker = new SecretMasker().register("Demo2026*");
        assertThat(masker.mask("clave Demo2026* y otra vez Demo2026*.")).isEqualTo("clave " + M + " y otra vez " + M + ".");
        assertThat(masker.mask("nada secreto")).isEqualTo("nada secreto");
        assertThat(masker.mask(null)).isNull();
    }

    @Test
    void alsoHidesTheFormsTheSecretTakesInPagesAndRequests() {
        SecretMasker masker = new SecretMasker().register("a&b \"c\"<d>");
        assertThat(masker.mask("value=\"a&amp;b &quot;c&quot;<d>\"")).isEqualTo("value=\"" + M + "\"");
        assertThat(masker.mask("<p>a&amp;b \"c\"&lt;d&gt;</p>")).isEqualTo("<p>" + M + "</p>");
        assertThat(masker.mask("txtPassword=a%26b+%22c%22%3Cd%3E&x=1")).isEqualTo("txtPassword=" + M + "&x=1");
        assertThat(masker.mask("{\"password\":\"a&b \\\"c\\\"<d>\"}")).isEqualTo("{\"password\":\"" + M + "\"}");
    }

    @Test
    void ignoresBlankSecretsAndHidesLongerOnesFirst() {
        SecretMasker masker = new SecretMasker().register("").register((String) null).register("   ")
                .register("abc").register("abcdef");
        assertThat(masker.mask("abcdef abc")).isEqualTo(M + " " + M);
        assertThat(new SecretMasker().hasSecrets()).isFalse();
    }

    @Test
    void neverShowsTheSecretsInToString() {
        assertThat(new SecretMasker().register("Demo2026*").toString()).doesNotContain("Demo2026*");
    }

    @Test
    void masksAFileInPlace(@TempDir Path dir) throws Exception {
        Path dump = Files.writeString(dir.resolve("pagina.html"), "<input value=\"Demo2026*\">", StandardCharsets.UTF_8);
        new SecretMasker().register("Demo2026*".toCharArray()).maskFile(dump);
        assertThat(Files.readString(dump, StandardCharsets.UTF_8)).isEqualTo("<input value=\"" + M + "\">");
    }
}
