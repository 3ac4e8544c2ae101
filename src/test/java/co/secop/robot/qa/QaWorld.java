package co.secop.robot.qa;

import co.secop.robot.batch.RowOutcome;
import co.secop.robot.portal.CompanySelection;
import co.secop.robot.portal.ContractDetailPage;
import co.secop.robot.portal.DocumentUploadWindow;
import co.secop.robot.portal.LoginPage;
import co.secop.robot.portal.MyContractsPage;
import co.secop.robot.portal.PaymentDetailView;
import co.secop.robot.portal.PaymentPlanSection;
import co.secop.robot.portal.PaymentRequestForm;
import co.secop.robot.portal.WorkAreaPage;
import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.spreadsheet.PaymentRow;
import co.secop.robot.spreadsheet.PaymentSheet;
import co.secop.robot.spreadsheet.SheetRow;
import co.secop.robot.spreadsheet.ValidationReport;
import io.cucumber.java.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.io.FileUtils;
import org.picocontainer.Disposable;

/**
 * What one scenario has seen so far: the spreadsheet, the page object the user is on, the robot's
 * outcomes and the last portal error. PicoContainer creates one per scenario and shares it between
 * the step classes.
 */
public final class QaWorld implements Disposable {

    public Scenario scenario;

    public PaymentSheet sheet;
    public ValidationReport validation;

    public LoginPage loginPage;
    public CompanySelection companySelection;
    public WorkAreaPage workArea;
    public MyContractsPage contracts;
    public ContractDetailPage contractDetail;
    public PaymentPlanSection plan;
    public PaymentRequestForm form;
    public DocumentUploadWindow uploadWindow;
    public PaymentDetailView paymentDetail;
    /** True while a «Enviar» waits for the scenario to look at its confirmation. */
    public boolean sendPending;

    public String cufeMessage;

    /** The last thing the portal (through the page objects) refused, for "Entonces el portal ..." steps. */
    public PortalException lastError;

    public final Map<Integer, RowOutcome> outcomes = new LinkedHashMap<>();
    /** Payment ids remembered by "Dado el simulador muestra la solicitud ..." (contract|number → id). */
    public final Map<String, String> rememberedPaymentIds = new HashMap<>();

    private Path workDir;

    /** The sheet row (1-based, as Excel shows it) as read, valid or not. */
    public SheetRow sheetRow(int rowNumber) {
        requireSheet();
        return sheet.rows().stream()
                .filter(r -> r.rowNumber() == rowNumber)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "La hoja «" + sheet.sheetName() + "» no tiene datos en la fila " + rowNumber + "."));
    }

    /** The typed row when the validation accepted it. */
    public Optional<PaymentRow> validRow(int rowNumber) {
        requireSheet();
        return validation.validRows().stream()
                .filter(r -> r.rowNumber() == rowNumber)
                .findFirst();
    }

    public PaymentRow requireValidRow(int rowNumber) {
        return validRow(rowNumber)
                .orElseThrow(() -> new IllegalStateException("La fila " + rowNumber + " de la hoja «"
                        + sheet.sheetName() + "» no es válida: " + validation.problemsOfRow(rowNumber)));
    }

    private void requireSheet() {
        if (sheet == null) {
            throw new IllegalStateException("Falta el paso «Dado los pagos de la hoja ... del archivo ...».");
        }
    }

    /** A scratch folder of this scenario (robot's work folder, evidence), deleted when it ends. */
    public synchronized Path workDir() {
        if (workDir == null) {
            try {
                workDir = Files.createTempDirectory("secop-qa-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return workDir;
    }

    public static String key(String contract, String number) {
        return contract.strip().toUpperCase(java.util.Locale.ROOT) + "|"
                + number.strip().toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public synchronized void dispose() {
        if (workDir == null) {
            return;
        }
        // A leftover temp folder is harmless.
        FileUtils.deleteQuietly(workDir.toFile());
        workDir = null;
    }
}
