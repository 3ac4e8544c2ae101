package co.secop.robot.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Checks on what a whole batch left on the simulator, through its mock API. */
public final class SentPayments {

    /** One row the portal must hold: {@code contract} and {@code netValue} are checked when not null. */
    public record Expected(String number, String contract, BigDecimal netValue, BigDecimal totalValue, String zip) {}

    private SentPayments() {}

    /**
     * Among the entries {@code which} selects, the portal holds exactly the expected numbers, one entry each,
     * «Enviado a la entidad estatal» exactly once in its history, with its values and its own ZIP last.
     */
    public static void assertEachSentExactlyOnce(
            MockPortalApi api, Predicate<JsonNode> which, List<Expected> expected) {
        Map<String, List<JsonNode>> byNumber = api.byNumber(which);
        assertThat(byNumber.keySet())
                .as("números en el portal (sin entradas extra)")
                .containsExactlyElementsOf(
                        expected.stream().map(Expected::number).toList());
        for (Expected e : expected) {
            List<JsonNode> entries = byNumber.get(e.number());
            assertThat(entries).as("entradas con el número " + e.number()).hasSize(1);
            JsonNode entry = entries.get(0);
            if (e.contract() != null) {
                assertThat(entry.path("contract").asText()).as(e.number()).isEqualTo(e.contract());
            }
            assertThat(entry.path("state").asText()).as(e.number()).isEqualTo(MockPortalApi.SENT);
            assertThat(MockPortalApi.timesInHistory(entry, MockPortalApi.SENT))
                    .as("veces «" + MockPortalApi.SENT + "» en el historial de " + e.number())
                    .isEqualTo(1);
            if (e.netValue() != null) {
                assertThat(entry.path("netValue").decimalValue()).as(e.number()).isEqualByComparingTo(e.netValue());
            }
            assertThat(entry.path("totalValue").decimalValue()).as(e.number()).isEqualByComparingTo(e.totalValue());
            assertThat(entry.path("documents")).as("soportes de " + e.number()).isNotEmpty();
            assertThat(MockPortalApi.lastDocumentName(entry)).isEqualTo(e.zip());
        }
    }
}
