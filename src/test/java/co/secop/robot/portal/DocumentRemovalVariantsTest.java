package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.simulator.PaymentFormMode;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.MockPortalApi;
import co.secop.robot.testsupport.Simulators;
import co.secop.robot.testsupport.Zips;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In every shape of the form, a document that is not the sheet's is removed with the form's own «Eliminar»
 * (found by what a person sees when the ids are unknown), and the payment's detail shows the Sí/No as the
 * platform does (two elements, one hidden): the robot reads the visible one.
 */
class DocumentRemovalVariantsTest extends BrowserTestSupport {

    @RegisterExtension
    final Simulators simulators = new Simulators();

    @TempDir
    Path dir;

    static Stream<Arguments> shapes() {
        SimulatorOptions defaults = SimulatorOptions.defaults();
        return Stream.of(
                Arguments.of("modal con iframe", defaults, true),
                Arguments.of("ids desconocidos", defaults.withVariants("ids-desconocidos"), false),
                Arguments.of("formulario como página", defaults.withVariants("formulario-pagina"), true),
                Arguments.of("anexos en la página", defaults.withVariants("anexos-en-pagina"), false),
                Arguments.of("crear pregunta antes de crear", defaults.withVariants("crear-con-confirmacion"), false),
                Arguments.of(
                        "ventana aparte, confirmar pregunta",
                        defaults.withPaymentFormMode(PaymentFormMode.WINDOW).withVariants("confirmar-con-confirmacion"),
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void anOldDocumentIsRemovedByTheFormsOwnActionAndTheDetailsYesNoIsReadFromTheVisibleElement(
            String shape, SimulatorOptions options, boolean electronicAnswer) {
        Simulator simulator = simulators.start(options);
        MockPortalApi api = new MockPortalApi(simulator.baseUrl());
        portal.closeOtherWindows();
        driver.manage().deleteAllCookies();
        PaymentPlanSection plan = portal.openLogin(simulator.loginUrl())
                .signIn("contratista.demo", "Demo2026*")
                .enter("Juana Pérez Gómez")
                .header()
                .openMyContracts()
                .openDetail("CPS-2026-0101")
                .openPaymentPlan();
        Path old = Zips.write(dir.resolve("version-anterior.zip"), "informe.txt", "anterior");
        Path current = Zips.write(dir.resolve("version-actual.zip"), "informe.txt", "la de la hoja");
        String number = "DOC-" + shape.hashCode();
        String cufe = electronicAnswer ? api.registerCufe(number, "2000000") : "";

        PaymentRequestForm form = plan.create().electronicInvoice(electronicAnswer);
        if (electronicAnswer) {
            form.cufe(cufe);
        }
        form.invoiceNumber(number)
                .dueDate(LocalDateTime.of(2026, 12, 31, 23, 59))
                .netValue(new BigDecimal("2000000"))
                .totalValue(new BigDecimal("2000000"))
                .notes("Cuenta " + shape);
        if (electronicAnswer) {
            form.validateCufe();
        }
        form.attach(old).attach(current);
        assertThat(form.attachedDocuments()).containsExactly("version-anterior.zip", "version-actual.zip");

        assertThat(form.removeDocument("version-anterior.zip")).isTrue();

        assertThat(form.attachedDocuments()).containsExactly("version-actual.zip");
        plan = form.confirm();
        assertThat(MockPortalApi.Payment.of(api.payment("CPS-2026-0101", number))
                        .documentNames())
                .containsExactly("version-actual.zip");
        PaymentDetailView detail = plan.openDetail(plan.entry(number).orElseThrow());
        assertThat(detail.electronicInvoice()).contains(electronicAnswer);
        assertThat(detail.documents()).containsExactly("version-actual.zip");
        detail.back();
    }
}
