package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.portal.locate.Locators;
import co.secop.robot.testsupport.TestBrowsers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The person-visible locator kinds on a static page: one browser for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocatorKindsTest {

    private static final String PAGE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
            <label for="a1">Número   de factura o pago</label><span>*</span> <input id="a1" name="x1">
            <table>
              <tr><td class="L">VALOR NETO:</td><td><input id="a2"></td></tr>
              <tr><td><span>Notas</span></td><td><textarea id="a3"></textarea></td></tr>
              <tr><td class="L">Estado</td><td><span id="ro" title="Enviado a la entidad estatal">Enviado a la ent...</span></td></tr>
            </table>
            <div><span>Fecha de vencimiento</span> <input id="a4"></div>
            <label for="r0">Sí</label><input type="radio" id="r0" name="r"><label for="r1">No</label><input type="radio" id="r1" name="r">
            <input type="button" id="b1" value="Enviar"> <button id="b2">Volver </button> <a id="b3" href="#">Detalle</a>
            <input type="button" id="hidden" value="Crear" style="display:none"><input type="button" id="shown" value="crear">
            <fieldset id="f1"><legend>Plan de pagos</legend>
            <table id="g">
              <tr><td>Id de pago</td><td colspan="2">Referencia</td><td>Número de factura</td><td>Estado</td></tr>
              <tr id="row0"><td><span id="p0">PP-1</span></td><td>Pago 1</td><td>x</td><td><span id="n0" title="FACTURA-0001-LARGA">FACTURA-00...</span></td><td id="s0">Borrador</td></tr>
              <tr id="row1"><td><span id="p1">PP-2</span></td><td>Pago 2</td><td>y</td><td>F2</td><td id="s1">Rechazado</td></tr>
            </table></fieldset>
            <div id="box" class="bModal VortalModalDialogBox"><table><tr><td class="bTitle">Mensaje de confirmación</td></tr>
              <tr><td>¿Está seguro?</td></tr></table></div>
            </body></html>""";

    private WebDriver driver;

    @BeforeAll
    void open() {
        driver = TestBrowsers.open();
        driver.get("data:text/html;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(PAGE.getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String id(String locator) {
        List<WebElement> found = driver.findElements(Locators.toBy("k", locator));
        return found.isEmpty() ? "" : found.get(0).getDomAttribute("id");
    }

    @Test
    void labelFindsTheFieldByForSameRowAndNextToItIgnoringCaseAccentsSpacesAndMarks() {
        assertThat(id("label:numero de factura o pago")).isEqualTo("a1");
        assertThat(id("label:Valor neto")).isEqualTo("a2");
        assertThat(id("label:NOTAS")).isEqualTo("a3");
        assertThat(id("label:Fecha  de vencimiento")).isEqualTo("a4");
        assertThat(id("label:Si")).isEqualTo("r0");
        assertThat(id("label:No")).isEqualTo("r1");
        assertThat(id("label:Estado")).isEqualTo("ro");
        assertThat(id("label:No existe")).isEmpty();
    }

    @Test
    void botonFindsButtonsByValueOrTextAndLinksPreferringVisibleOnes() {
        assertThat(id("boton:enviar")).isEqualTo("b1");
        assertThat(id("boton:Volver")).isEqualTo("b2");
        assertThat(id("boton:Detalle")).isEqualTo("b3");
        assertThat(id("boton:Crear")).isEqualTo("shown");
    }

    @Test
    void columnaFindsTheCellUnderTheHeaderInTheRowContext() {
        WebElement row1 = driver.findElement(org.openqa.selenium.By.id("row1"));
        assertThat(row1.findElements(Locators.toBy("k", "columna:estado"))
                        .get(0)
                        .getDomAttribute("id"))
                .isEqualTo("s1");
        assertThat(row1.findElements(Locators.toBy("k", "columna:Número de factura"))
                        .get(0)
                        .getText())
                .isEqualTo("F2");
        assertThat(driver.findElements(Locators.toBy("k", "columna:Estado")))
                .as("sin fila no hay celda")
                .isEmpty();
    }

    @Test
    void titleAndTextFindContainersAndCutTextsAreReadFromTitle() {
        assertThat(id("titulo:plan de pagos")).isEqualTo("f1");
        assertThat(id("titulo:Mensaje de confirmacion")).isEqualTo("box");
        Locators locators = Locators.parse("""
                n { origen = supuesto, valor = ["css:#nada_{i}", "columna:Número de factura"] }
                ids { origen = confirmado, fuente = "§6.3 [C]", valor = "css:span[id^='p']" }
                """);
        Object cut = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        Locators.withLocate(
                                "return shownText(locate(document.getElementById('row0'), arguments[0], 'elements')[0]);"),
                        locators.script("n", 0));
        assertThat(cut).isEqualTo("FACTURA-0001-LARGA");
    }

    @Test
    void describeSaysWhichAlternativeMatched() {
        Locators locators = Locators.parse("""
                enviar { origen = supuesto, valor = ["css:#btnSendPayment_{i}", "boton:Enviar"] }
                nada { origen = supuesto, valor = ["css:#x", "boton:No hay"] }
                """);
        Locators.Probe probe = locators.describe(driver, "enviar", 3);
        assertThat(probe.found()).isTrue();
        assertThat(probe.fellBack()).isTrue();
        assertThat(probe.alternative()).isEqualTo("boton:Enviar");
        assertThat(probe.count()).isEqualTo(1);
        assertThat(probe.provenance().origin()).isEqualTo(Locators.Origin.SUPUESTO);
        assertThat(locators.describe(driver, "nada").found()).isFalse();
    }
}
