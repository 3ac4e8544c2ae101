package co.secop.robot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.simulator.model.PaymentEntry;
import co.secop.robot.simulator.model.PaymentState;
import co.secop.robot.testsupport.Zips;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Headless Chromium against the simulator: proves portal.js (AJAX, overlays, menus, modal, windows) works. */
class SimulatorBrowserSmokeTest extends SimulatorBrowserSupport {

    @BeforeEach
    void fresh() {
        simulator.reset();
        driver.manage().deleteAllCookies();
    }

    @Test
    void logsInAndOpensMisContratosThroughTheMenu() {
        login();
        click(By.cssSelector("div.ContextMenu[title='Mis procesos'] input.MainMenuContextMenuButton"));
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lnkSubItem68")));
        assertThat(link.getText()).isEqualTo("Mis contratos");
        link.click();
        WebElement cell = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.id("grdContractsGrid_tbl_ContractNameCol_0")));
        assertThat(cell.getText()).isEqualTo("CPS-2026-0101");
        assertThat(driver.findElement(By.id("spnPageTitle")).getText()).isEqualTo("Administración de contratos");
    }

    @Test
    void createsAttachesConfirmsAndSendsAPaymentRequestInTheIframeModal(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("informe-abril.zip");
        Files.write(zip, Zips.bytes("informe.txt", "Informe de actividades de abril"));
        Path pdf = dir.resolve("factura.pdf");
        Files.writeString(pdf, "%PDF-1.4 no es zip");
        login();
        driver.get(simulator.baseUrl()
                + "/CO1ContractsManagement/Tendering/SalesContractEdit/View?docUniqueIdentifier=CO1.SLCNTR.7784301");
        click(By.xpath("//span[starts-with(@id,'lnk_stpmStepManager') and text()='Ejecución del Contrato']"));
        wait.until(ExpectedConditions.attributeToBe(By.id("stepDiv_7"), "class", "LeftMenuButtonOn Black"));
        click(By.id("btnCreatePaymentButton"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("PaymentRequestModal")));
        assertThat(driver.findElement(By.cssSelector("#PaymentRequestModal .bTitle"))
                        .getText())
                .contains("Solicitud de pago");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("PaymentRequestModal_iframe"));
        String formWindow = driver.getWindowHandle();

        click(By.id("rdbgElectronicInvoice_1"));
        assertThat(driver.findElement(By.id("divCufeSection")).isDisplayed()).isFalse();
        driver.findElement(By.id("txtInvoiceNumber")).sendKeys("CC-2026-04");
        WebElement net = driver.findElement(By.id("cbxNetValue"));
        net.sendKeys("3500000", Keys.TAB);
        assertThat(net.getAttribute("value")).isEqualTo("3.500.000,00");
        driver.findElement(By.id("cbxTotalValue")).sendKeys("3.500.000", Keys.TAB);
        WebElement due = driver.findElement(By.id("dtmbDueDate_txt"));
        due.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "30/04/2026 23:59");
        assertThat(driver.findElement(By.id("dtmbDueDate")).getAttribute("value"))
                .isNotEqualTo("30/04/2026 23:59");
        due.sendKeys(Keys.TAB);
        assertThat(driver.findElement(By.id("dtmbDueDate")).getAttribute("value"))
                .isEqualTo("30/04/2026 23:59");

        // Confirmar without documents: server-side validation message
        click(By.id("btnConfirmGen"));
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("validationSummary")));
        assertThat(summary.getText()).contains("Debe anexar al menos un documento.");

        // upload window "swip"
        Set<String> before = driver.getWindowHandles();
        click(By.id("btnUploadDocumentGen"));
        wait.until(d -> d.getWindowHandles().size() > before.size());
        String parentWindow = formWindow;
        String popup = driver.getWindowHandles().stream()
                .filter(h -> !before.contains(h))
                .findFirst()
                .orElseThrow();
        driver.switchTo().window(popup);
        wait.until(ExpectedConditions.textToBe(By.id("spnPageTitle"), "Anexar documento"));
        WebElement input = driver.findElement(By.id("fileUploadInput"));
        input.sendKeys(zip.toString() + "\n" + pdf.toString());
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#tblFilesTable tbody tr"), 2));
        assertThat(driver.findElement(By.cssSelector("#tblFilesTable tbody tr .uploadStatus"))
                        .getText())
                .isEqualTo("Pendiente por anexar");
        click(By.id("btnUploadFilesButtonBottom"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#tblFilesTable tr[processed]"), 2));
        WebElement ok = driver.findElement(By.cssSelector("#tblFilesTable tr[processed='success'] span.uploadSuccess"));
        assertThat(ok.getText()).isEqualTo("Documento anexo");
        assertThat(ok.getCssValue("color")).isEqualTo("rgba(30, 123, 52, 1)");
        assertThat(driver.findElement(By.cssSelector("#tblFilesTable tr[processed='error'] .uploadStatus"))
                        .getText())
                .isEqualTo("Error: Solo se permiten archivos .zip.");
        click(By.id("btnCancelBottomButtom"));
        wait.until(d -> d.getWindowHandles().size() == before.size());

        driver.switchTo().window(parentWindow);
        driver.switchTo().frame("PaymentRequestModal_iframe");
        wait.until(ExpectedConditions.textToBe(
                By.cssSelector("#tblAttachedDocuments span.attachedDocumentName"), "informe-abril.zip"));
        click(By.id("btnConfirmGen"));

        driver.switchTo().defaultContent();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("PaymentRequestModal")));
        wait.until(ExpectedConditions.textToBe(By.id("spnInvoiceStateSpan_0"), "Borrador"));
        assertThat(driver.findElement(By.id("spnPaymentIdSpan_0")).getText()).isEqualTo("PP-7784301-1");
        assertThat(driver.findElement(By.id("cbxInvoiceTotalValueBox_0")).getText())
                .isEqualTo("3.500.000,00 COP");

        click(By.id("btnSendPayment_0"));
        WebElement question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mdboxConfirmDialog")));
        assertThat(question.getText())
                .contains(
                        "Mensaje de confirmación", "¿Está seguro de enviar la solicitud de pago a la entidad estatal?");
        click(By.id("btnConfirmConfirmDialogModal"));
        wait.until(ExpectedConditions.textToBe(By.id("spnInvoiceStateSpan_0"), "Enviado a la entidad estatal"));

        PaymentEntry stored = simulator.state().payment("PP-7784301-1").orElseThrow();
        assertThat(stored.state()).isEqualTo(PaymentState.ENVIADO);
        assertThat(stored.dueDate()).hasToString("2026-04-30T23:59");
        assertThat(stored.documents())
                .singleElement()
                .satisfies(d -> assertThat(d.content()).isEqualTo(Files.readAllBytes(zip)));
    }

    @Test
    void windowModeOpensTheFormInItsOwnWindowAndDetailEditWorks(@TempDir Path dir) throws IOException {
        simulator.settings().paymentFormMode(PaymentFormMode.WINDOW);
        Path zip = dir.resolve("soporte.zip");
        Files.write(zip, Zips.bytes("s.txt", "soporte"));
        login();
        String main = driver.getWindowHandle();
        driver.get(simulator.baseUrl()
                + "/CO1ContractsManagement/Tendering/SalesContractEdit/View?docUniqueIdentifier=CO1.SLCNTR.7784303");
        click(By.id("stepDiv_7"));
        wait.until(ExpectedConditions.textToBe(By.id("spnInvoiceStateSpan_1"), "Rechazado"));

        click(By.id("btnPaymentDetail_1"));
        WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("spnRejectionReason")));
        assertThat(reason.getText()).isEqualTo("El informe de actividades no tiene la firma del supervisor.");
        click(By.id("btnEditPayment"));
        wait.until(ExpectedConditions.textToBe(By.id("spnInvoiceStateSpan_1"), "En edición"));

        Set<String> before = driver.getWindowHandles();
        click(By.id("btnRegisterPayment_1"));
        wait.until(d -> d.getWindowHandles().size() > before.size());
        String formWindow = driver.getWindowHandles().stream()
                .filter(h -> !before.contains(h))
                .findFirst()
                .orElseThrow();
        driver.switchTo().window(formWindow);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("txtInvoiceNumber")));
        assertThat(driver.findElement(By.id("txtInvoiceNumber")).getAttribute("value"))
                .isEqualTo("002");
        assertThat(driver.findElement(By.id("rdbgElectronicInvoice_1")).isSelected())
                .isTrue();

        Set<String> withForm = driver.getWindowHandles();
        click(By.id("btnUploadDocumentGen"));
        wait.until(d -> d.getWindowHandles().size() > withForm.size());
        String upload = driver.getWindowHandles().stream()
                .filter(h -> !withForm.contains(h))
                .findFirst()
                .orElseThrow();
        driver.switchTo().window(upload);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fileUploadInput")))
                .sendKeys(zip.toString());
        click(By.id("btnUploadFilesButtonBottom"));
        wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tblFilesTable tr[processed='success']")));
        click(By.id("btnCancelBottomButtom"));
        wait.until(d -> d.getWindowHandles().size() == withForm.size());

        driver.switchTo().window(formWindow);
        wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#tblAttachedDocuments span.attachedDocumentName"), 2));
        click(By.id("btnConfirmGen"));
        wait.until(d -> d.getWindowHandles().size() == before.size());

        driver.switchTo().window(main);
        wait.until(ExpectedConditions.textToBe(By.id("spnInvoiceStateSpan_1"), "Borrador"));
        assertThat(driver.findElement(By.id("spnPaymentIdSpan_1")).getText()).isEqualTo("PP-7784303-2");
        assertThat(simulator.state().payment("PP-7784303-2").orElseThrow().documents())
                .hasSize(2);
    }

    @Test
    void ajaxAfterExpiryShowsTheInPageSessionDialog() {
        login();
        driver.get(simulator.baseUrl()
                + "/CO1ContractsManagement/Tendering/SalesContractEdit/View?docUniqueIdentifier=CO1.SLCNTR.7784301");
        simulator.expireSessions();
        click(By.id("stepDiv_7"));
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class, 'bDialog') and contains(., 'La sesión ha expirado por inactividad.')]")));
        assertThat(dialog.getText()).contains("La sesión ha expirado por inactividad.");
        dialog.findElement(By.linkText("Aquí")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("txtUserName")));
    }

    private void login() {
        driver.get(simulator.loginUrl());
        driver.findElement(By.id("txtUserName")).sendKeys("contratista.demo");
        driver.findElement(By.id("txtPassword")).sendKeys(PortalClient.PASSWORD);
        click(By.id("btnLoginButton"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("seldpCompany")));
        click(By.id("btnButton1"));
        click(By.id("btnAcknowledgeGen"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("mdboxGeneralInformation")));
        click(By.id("userImage"));
        WebElement name = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ulMenu span.SecondDescription")));
        assertThat(name.getText()).isEqualTo("Juana Pérez Gómez");
        click(By.id("userImage"));
    }

    /** Waits for the AJAX overlays to go away, then clicks. */
    private void click(By by) {
        waitIdle(driver);
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /**
     * In one script: an element looked up by Selenium can belong to the page a click just replaced (chromedriver
     * then fails with "Node with given id does not belong to the document").
     */
    private void waitIdle(WebDriver d) {
        wait.until(x -> Boolean.TRUE.equals(((JavascriptExecutor) x)
                .executeScript("return Array.from(document.querySelectorAll('div.vortal-preloader'))"
                        + ".every(function (e) { return e.getClientRects().length === 0; });")));
    }
}
