package co.secop.robot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.testsupport.Zips;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Headless Chromium on the simulator with every variant at once ("ids-desconocidos" included): proves portal.js
 * still wires every page with the renamed ids, finding things only as a person would (labels, button values,
 * confirmed ids).
 */
class VariantsBrowserTest extends SimulatorBrowserSupport {

    @Override
    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults()
                .withNamesSeed(3)
                .withVariants(
                        "ids-desconocidos,enviar-sin-confirmacion,confirmar-con-confirmacion,formulario-pagina,anexos-en-pagina");
    }

    @Test
    void filesAndSendsAPaymentWithEveryVariantOn(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("soporte.zip");
        Files.write(zip, Zips.bytes("informe.txt", "Informe"));

        driver.get(simulator.loginUrl());
        driver.findElement(By.id("txtUserName")).sendKeys("contratista.demo");
        driver.findElement(By.id("txtPassword")).sendKeys(PortalClient.PASSWORD);
        click(By.id("btnLoginButton"));
        click(By.id("btnButton1"));
        click(By.id("btnAcknowledgeGen"));
        click(By.cssSelector("div.ContextMenu[title='Mis procesos'] input.MainMenuContextMenuButton"));
        click(By.id("lnkSubItem68"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("td[id*=ContractNameCol]"), "CPS-2026-0101"));
        click(By.cssSelector("a[href*='CO1.SLCNTR.7784301']"));
        click(By.id("stepDiv_7"));
        click(By.cssSelector("input[type=button][value='Crear']"));

        // formulario-pagina: the form is this window's page now
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=button][value='Volver']")));
        assertThat(driver.getPageSource()).doesNotContain("txtInvoiceNumber", "btnConfirmGen");
        click(labelled("No"));
        labelled("Número de factura o pago").get().sendKeys("CC-VAR-1");
        labelled("Valor neto").get().sendKeys("2000000", Keys.TAB);
        labelled("Valor total").get().sendKeys("2.000.000", Keys.TAB);

        // anexos-en-pagina: the upload box opens inside this page
        int windows = driver.getWindowHandles().size();
        click(By.id("btnUploadDocumentGen"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=button][value='Anexar']")));
        assertThat(driver.getWindowHandles()).hasSize(windows);
        driver.findElement(By.cssSelector("input[type=file][multiple]")).sendKeys(zip.toString());
        click(By.cssSelector("input[type=button][value='Anexar']"));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#tblFilesTable tbody tr"), "processed", "success"));
        assertThat(driver.findElement(By.cssSelector("#tblFilesTable tbody tr")).getText())
                .contains("Documento anexo");
        click(By.cssSelector("input[type=button][value='Cerrar']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//table[.//td[normalize-space()='Nombre del documento']]"), "soporte.zip"));

        // confirmar-con-confirmacion: the generic box asks first
        click(By.cssSelector("input[type=button][value='Confirmar']"));
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mdboxConfirmDialog")));
        assertThat(box.getText())
                .contains("Mensaje de confirmación", "¿Está seguro de confirmar la solicitud de pago?");
        click(By.id("btnConfirmConfirmDialogModal"));

        // back on the plan; enviar-sin-confirmacion: «Enviar» sends at once
        wait.until(ExpectedConditions.textToBe(By.id("spnInvoiceStateSpan_0"), "Borrador"));
        click(By.cssSelector("input[type=button][value='Enviar']"));
        wait.until(ExpectedConditions.textToBe(By.id("spnInvoiceStateSpan_0"), "Enviado a la entidad estatal"));
        assertThat(driver.findElement(By.id("mdboxConfirmDialog")).isDisplayed())
                .isFalse();
        assertThat(simulator.state().payment("PP-7784301-1").orElseThrow().invoiceNumber())
                .isEqualTo("CC-VAR-1");
    }

    /** The input a label with that text points at (its {@code for}). */
    private java.util.function.Supplier<WebElement> labelled(String label) {
        return () -> {
            WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//label[normalize-space()='" + label + "']")));
            return driver.findElement(By.id(element.getAttribute("for")));
        };
    }

    private void click(java.util.function.Supplier<WebElement> element) {
        waitIdle();
        element.get().click();
    }

    private void click(By by) {
        waitIdle();
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void waitIdle() {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("div.vortal-preloader")));
    }
}
