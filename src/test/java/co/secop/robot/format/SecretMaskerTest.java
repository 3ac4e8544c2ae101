package co.secop.robot.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretMaskerTest {

    private static final String M = SecretMasker.MASK;

    @Test
    void replacesEveryOccurrence() {
        SecretMasker masker = new SecretMasker().register("Demo2026*");
        assertThat(masker.mask("clave Demo2026* y otra vez Demo2026*."))
                .isEqualTo("clave " + M + " y otra vez " + M + ".");
        assertThat(masker.mask("nada secreto")).isEqualTo("nada secreto");
        assertThat(masker.mask(null)).isNull();
    }

    @Test
    void hidesChromiumsAttributeForm() {
        SecretMasker masker = new SecretMasker().register("O'C\"a<b>&");
        assertThat(masker.mask("<div data-x=\"O'C&quot;a&lt;b&gt;&amp;\"></div>"))
                .isEqualTo("<div data-x=\"" + M + "\"></div>");
    }

    @Test
    void alsoHidesTheFormsTheSecretTakesInPagesAndRequests() {
        SecretMasker masker = new SecretMasker().register("a&b \"c\"<d>");
        assertThat(masker.mask("value=\"a&amp;b &quot;c&quot;<d>\"")).isEqualTo("value=\"" + M + "\"");
        assertThat(masker.mask("<p>a&amp;b \"c\"&lt;d&gt;</p>")).isEqualTo("<p>" + M + "</p>");
        assertThat(masker.mask("txtPassword=a%26b+%22c%22%3Cd%3E&x=1")).isEqualTo("txtPassword=" + M + "&x=1");
        assertThat(masker.mask("txtPassword=a%26b%20%22c%22%3cd%3e&x=1")).isEqualTo("txtPassword=" + M + "&x=1");
        assertThat(masker.mask("{\"password\":\"a&b \\\"c\\\"<d>\"}")).isEqualTo("{\"password\":\"" + M + "\"}");
        assertThat(masker.mask("{\"p\":\"a\\u0026b \\\"c\\\"\\u003cd\\u003e\"}"))
                .isEqualTo("{\"p\":\"" + M + "\"}");
        assertThat(masker.mask("&#97;&#38;&#98;&#32;&#34;&#99;&#34;&#60;&#100;&#62;"))
                .isEqualTo(M);
        assertThat(masker.mask("&#x61;&#X26;&#x62;&#x20;&#x22;c&#x22;&LT;d&#x3E;"))
                .isEqualTo(M);
    }

    @ParameterizedTest
    @ValueSource(strings = {"O'Cón \"a\" <b> & c", "Demo2026*", "ñandú 1", "x\\y/z'", "a+b%20"})
    void hidesEverySerialisationOfTheSecret(String secret) {
        SecretMasker masker = new SecretMasker().register(secret);
        for (Map.Entry<String, String> form : SecretForms.of(secret).entrySet()) {
            assertThat(masker.mask("antes «" + form.getValue() + "» después"))
                    .as(form.getKey())
                    .isEqualTo("antes «" + M + "» después");
        }
    }

    @Test
    void masksOnlyWholeOccurrences() {
        SecretMasker masker = new SecretMasker().register("a1");
        assertThat(masker.mask("a1b2 ba1 a1_ a1")).isEqualTo("a1b2 ba1 a1_ " + M);
        assertThat(masker.mask("clave=a1&x=a1b2")).isEqualTo("clave=" + M + "&x=a1b2");
        assertThat(masker.mask("\"a1\"")).isEqualTo("\"" + M + "\"");
    }

    @Test
    void aSecretThatStartsOrEndsWithASymbolIsHiddenNextToLetters() {
        SecretMasker masker = new SecretMasker().register("*a1*");
        assertThat(masker.mask("x*a1*y")).isEqualTo("x" + M + "y");
    }

    @Test
    void ignoresBlankSecretsAndHidesLongerOnesFirst() {
        SecretMasker masker = new SecretMasker()
                .register("")
                .register((String) null)
                .register("   ")
                .register("abc")
                .register("abc def");
        assertThat(masker.mask("abc def abc")).isEqualTo(M + " " + M);
        assertThat(new SecretMasker().hasSecrets()).isFalse();
    }

    @Test
    void neverShowsTheSecretsInToString() {
        assertThat(new SecretMasker().register("Demo2026*").toString()).doesNotContain("Demo2026*");
    }

    @Test
    void masksAFileInPlace(@TempDir Path dir) throws Exception {
        Path dump =
                Files.writeString(dir.resolve("pagina.html"), "<input value=\"Demo2026*\">", StandardCharsets.UTF_8);
        new SecretMasker().register("Demo2026*".toCharArray()).maskFile(dump);
        assertThat(Files.readString(dump, StandardCharsets.UTF_8)).isEqualTo("<input value=\"" + M + "\">");
    }
}
