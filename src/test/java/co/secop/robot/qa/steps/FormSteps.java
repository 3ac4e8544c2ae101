package co.secop.robot.qa.steps;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.format.Pesos;
import co.secop.robot.portal.PaymentFormValues;
import co.secop.robot.portal.PaymentRequestForm;
import co.secop.robot.portal.PortalValidationException;
import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.portal.locate.SessionExpiredException;
import co.secop.robot.qa.BrowserHolder;
import co.secop.robot.qa.QaConfig;
import co.secop.robot.qa.QaWorld;
import co.secop.robot.spreadsheet.Column;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.SheetCell;
import co.secop.robot.spreadsheet.SheetRow;
import co.secop.robot.spreadsheet.SupportsException;
import co.secop.robot.spreadsheet.SupportsPackager;
import io.cucumber.java.es.Cuando;
import io.cucumber.java.es.Entonces;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** The «Solicitud de pago» form and its «Anexar documento» window, filled from the spreadsheet. */
public class FormSteps {

    private final QaWorld world;
    private final BrowserHolder browser;

    public FormSteps(QaWorld world, BrowserHolder browser) {
        this.world = world;
        this.browser = browser;
    }

    /** What the form receives from one row, typed. */
    private record FormData(
            boolean electronic,
            String cufe,
            String number,
            BigDecimal net,
            BigDecimal total,
            String notes,
            Path supports) {}

    @Cuando("(que )pulso «Crear» en el plan de pagos")
    public void create() {
        world.form = world.plan.create();
    }

    @Cuando("pulso «Registro» de la solicitud {string}")
    public void register(String idOrNumber) {
        world.form = world.plan.register(ContractSteps.entry(world.plan, idOrNumber));
    }

    @Cuando("(que )diligencio el formulario con los datos de la fila {int}")
    public void fillWithRow(int row) {
        fill(world.validRow(row).map(FormSteps::typed).orElseGet(() -> asWritten(world.sheetRow(row))));
    }

    /** For rows the robot's validation refuses: the portal must refuse them too. */
    @Cuando("diligencio el formulario con los datos de la fila {int} tal como están en la hoja")
    public void fillWithRowAsWritten(int row) {
        fill(asWritten(world.sheetRow(row)));
    }

    private void fill(FormData data) {
        PaymentRequestForm form = world.form;
        form.electronicInvoice(data.electronic());
        if (data.electronic()) {
            form.cufe(data.cufe());
        }
        form.invoiceNumber(data.number())
                .netValue(data.net())
                .totalValue(data.total())
                .notes(data.notes());
    }

    private static FormData typed(PaymentRow row) {
        return new FormData(
                row.electronicInvoice(),
                row.cufe(),
                row.number(),
                row.netValue(),
                row.totalValue(),
                row.notes(),
                row.supports());
    }

    private FormData asWritten(SheetRow row) {
        String electronic = normalize(row.cell(Column.ELECTRONIC_INVOICE).text());
        return new FormData(
                electronic.equals("si") || electronic.equals("s"),
                row.cell(Column.CUFE).text(),
                row.cell(Column.NUMBER).text(),
                money(row.cell(Column.NET_VALUE)),
                money(row.cell(Column.TOTAL_VALUE)),
                row.cell(Column.NOTES).text(),
                world.sheet.folder().resolve(row.cell(Column.SUPPORTS).text()).normalize());
    }

    private static BigDecimal money(SheetCell cell) {
        return cell.kind() == SheetCell.Kind.NUMBER ? cell.number().setScale(2) : Pesos.parse(cell.text());
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ CUFE

    @Cuando("pulso «Validar» del CUFE")
    public void validateCufe() {
        world.cufeMessage = world.form.validateCufe();
    }

    @Entonces("el portal responde a la validación del CUFE {string}")
    public void cufeMessage(String message) {
        assertThat(world.cufeMessage).isEqualTo(message);
    }

    @Entonces("el CUFE queda validado")
    public void cufeValidated() {
        assertThat(world.form.cufeValidated())
                .as("CUFE validado (mensaje verde)")
                .isTrue();
    }

    @Entonces("el CUFE no queda validado")
    public void cufeNotValidated() {
        assertThat(world.form.cufeValidated())
                .as("CUFE validado (mensaje verde)")
                .isFalse();
    }

    // ------------------------------------------------------------------ documents

    @Cuando("anexo los soportes de la fila {int}")
    public void attachSupports(int row) throws SupportsException {
        world.uploadWindow = world.form.openAttachWindow().attach(List.of(supportsZip(row)));
    }

    @Cuando("anexo los soportes de la fila {int} y cierro la ventana")
    public void attachSupportsAndClose(int row) throws SupportsException {
        attachSupports(row);
        closeUploadWindow();
    }

    @Cuando("anexo el archivo {string} y cierro la ventana")
    public void attachFileAndClose(String file) {
        world.uploadWindow = world.form.openAttachWindow().attach(List.of(QaConfig.resolve(file)));
        closeUploadWindow();
    }

    /** The row's ZIP, or the ZIP the robot makes of its folder (same packager as the batch). */
    private Path supportsZip(int row) throws SupportsException {
        Path supports = world.validRow(row)
                .map(PaymentRow::supports)
                .orElseGet(() -> asWritten(world.sheetRow(row)).supports());
        return new SupportsPackager().packageSupports(supports, world.workDir().resolve("fila-" + row));
    }

    @Entonces("la ventana «Anexar documento» muestra {string} para {string}")
    public void uploadStatus(String status, String fileName) {
        assertThat(world.uploadWindow.files())
                .as("filas de la ventana «Anexar documento»")
                .anySatisfy(row -> assertThat(row).contains(fileName).contains(status));
    }

    @Cuando("cierro la ventana «Anexar documento»")
    public void closeUploadWindow() {
        world.form = world.uploadWindow.close();
        world.uploadWindow = null;
    }

    @Entonces("el formulario lista el documento {string}")
    public void formListsDocument(String fileName) {
        assertThat(world.form.attachedDocuments()).contains(fileName);
    }

    @Entonces("el formulario muestra el número {string}, el valor total {string} y el documento {string}")
    public void formValues(String number, String total, String document) {
        PaymentFormValues values = world.form.values();
        assertThat(values.invoiceNumber()).as("«Número de factura o pago»").isEqualTo(number);
        assertThat(values.totalValue()).as("«Valor total»").isEqualTo(total);
        assertThat(values.documents()).as("documentos anexos").contains(document);
    }

    // ------------------------------------------------------------------ Confirmar

    @Cuando("pulso «Confirmar»")
    public void confirm() {
        world.lastError = null;
        try {
            world.plan = world.form.confirm();
            world.form = null;
        } catch (PortalException e) {
            world.lastError = e;
            world.scenario.log("El portal no confirmó: " + e.getMessage());
        }
    }

    @Entonces("el portal no acepta la solicitud y muestra {string}")
    public void validationSummary(String message) {
        assertThat(world.lastError)
                .as("el portal debía rechazar «Confirmar»")
                .isInstanceOf(PortalValidationException.class);
        assertThat(((PortalValidationException) world.lastError).messages()).contains(message);
    }

    @Entonces("el portal avisa que la sesión expiró: {string}")
    public void sessionExpiredNotice(String message) {
        assertThat(world.lastError).as("la sesión debía expirar").isInstanceOf(SessionExpiredException.class);
        assertThat(world.lastError.getMessage()).contains(message);
    }

    @Cuando("vuelvo a abrir SECOP II")
    public void reopenPortal() {
        // The page the user was on: the portal sends an expired session to the login page.
        world.loginPage = browser.session().openLogin(browser.driver().getCurrentUrl());
    }

    @Entonces("la página de inicio de sesión dice {string}")
    public void loginPageNotice(String message) {
        assertThat(world.loginPage.sessionExpiredNotice()).contains(message);
    }
}
