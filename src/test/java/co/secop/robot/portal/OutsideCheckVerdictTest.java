package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.portal.locate.Locators;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The meaning of an outside service's answer comes from the texts of {@code verificacion.*} in the locators file. */
class OutsideCheckVerdictTest {

    private final Locators locators = Locators.load();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Consulta exitosa|NEXT_TO_FIELD|SUCCESS",
                "CONSULTA EXITOSA|MESSAGES_PANEL|SUCCESS",
                "CUFE validado ante la DIAN.|NEXT_TO_FIELD|SUCCESS",
                "Validado|VALIDATED_LABEL|SUCCESS",
                "La planilla no se encuentra en SICOPI. Intente de nuevo más tarde.|NEXT_TO_FIELD|NOT_FOUND",
                "El servicio de consulta a SICOPI no está disponible en este momento.|MESSAGES_PANEL|UNAVAILABLE",
                "El tipo y número de documento de la planilla no coinciden.|NEXT_TO_FIELD|REFUSED",
                "El CUFE no está registrado en la DIAN.|NEXT_TO_FIELD|REFUSED"
            })
    void eachTextHasItsVerdict(String text, CheckAnswer.Where where, CheckAnswer.Verdict verdict) {
        assertThat(OutsideCheck.verdict(locators, text, where)).isEqualTo(verdict);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Planilla verificada|SUCCESS"})
    void aContractorCanAddTextsWithoutRecompiling(String text, CheckAnswer.Verdict verdict) {
        Locators adjusted = locators.overriddenBy(
                "verificacion.textos-exito.valor = [\"Consulta exitosa\", \"Planilla verificada\"]");
        assertThat(OutsideCheck.verdict(adjusted, text, CheckAnswer.Where.NEXT_TO_FIELD))
                .isEqualTo(verdict);
        assertThat(OutsideCheck.verdict(locators, text, CheckAnswer.Where.NEXT_TO_FIELD))
                .isEqualTo(CheckAnswer.Verdict.REFUSED);
    }
}
