package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviours of the real portal that the simulator does not reproduce, on small static pages:
 * "Detalle" opening a new tab, and states shown first in English by the client-side translator.
 */
class PortalVariantsTest extends BrowserTestSupport {

    private static final String DETAIL = """
            <!doctype html><html><head><meta charset=utf-8></head><body>
            <div class="vortal-preloader" style="display:none;position:fixed;top:0;left:0;width:100%;height:100%"></div>
            <span id=spnContractNumber>CPS-1</span><span id=spnContractState>InExecution</span>
            <div id=StepsContainer><div id=stpmStepManager>
              <div id=stepDiv_1 class="LeftMenuButtonOn Black"><span id=lnk_stpmStepManager2>Información general</span></div>
              <div id=stepDiv_2 class="LeftMenuButtonOff Blue_1" onclick="go(this)"><span id=lnk_stpmStepManager3>7 Ejecución del contrato</span></div>
            </div></div>
            <div id=stphStepsPlaceHolder><p>General</p></div>
            <script>
            function go(step) {
              var pre = document.querySelector('.vortal-preloader');
              pre.style.display = 'block';
              setTimeout(function () {
                document.getElementById('stepDiv_1').className = 'LeftMenuButtonOff Blue_1';
                step.className = 'LeftMenuButtonOn Black';
                document.getElementById('stphStepsPlaceHolder').innerHTML =
                  '<fieldset id=fdsPaymentPlan><legend>Plan de pagos</legend><table id=grdPaymentPlan_tbl>'
                  + '<tr class=gridLineLight><td><span id=spnPaymentIdSpan_0>PP-1-1</span></td><td><span id=spnPaymentReferenceSpan_0>Pago 1 de 2</span></td>'
                  + '<td><span id=spnPaymentExpectedDateSpan_0>31/01/2026 ((UTC-05:00) Bogotá, Lima, Quito)</span></td>'
                  + '<td><span id=spnInvoiceNrSpan_0>CC-1</span></td><td><span id=cbxInvoiceTotalValueBox_0>4.000.000,00 COP</span></td>'
                  + '<td><span id=spnInvoiceStateSpan_0>Sent</span></td><td><input type=button id=btnPaymentDetail_0 value=Detalle></td></tr>'
                  + '<tr class=gridLineDark><td><span id=spnPaymentIdSpan_1>PP-1-2</span></td><td><span id=spnPaymentReferenceSpan_1>Pago 2 de 2</span></td>'
                  + '<td><span id=spnPaymentExpectedDateSpan_1></span></td><td><span id=spnInvoiceNrSpan_1>CC-2</span></td>'
                  + '<td><span id=cbxInvoiceTotalValueBox_1></span></td><td><span id=spnInvoiceStateSpan_1>Rejected</span></td>'
                  + '<td><input type=button id=btnPaymentDetail_1 value=Detalle></td></tr></table></fieldset>';
                pre.style.display = 'none';
                // The translator replaces the first state a moment later; the second one stays in English.
                setTimeout(function () {
                  document.getElementById('spnInvoiceStateSpan_0').textContent = 'Enviado a la entidad estatal';
                }, 300);
              }, 300);
            }
            </script></body></html>
            """;

    private static final String LIST = """
            <!doctype html><html><head><meta charset=utf-8></head><body>
            <span id=spnCurrentCompanyName>Empresa Uno</span>
            <div id=divContractsGrid><table id=grdContractsGrid_tbl>
            <tr class=gridHeader><td>Id</td><td>Número</td><td>Estado</td><td></td></tr>
            <tr class=gridLineLight><td id=c_ContractIdCol_0><span>1001</span></td><td id=c_ContractNameCol_0><span>CPS-1</span></td>
              <td id=c_ContractStateCol_0><span>Terminated</span></td>
              <td id=c_ViewContractCol_0><a href="../SalesContractEdit/View.html?docUniqueIdentifier=CO1.SLCNTR.1001" target=_blank>Detalle</a></td></tr>
            </table></div></body></html>
            """;

    @TempDir
    Path dir;

    @Override
    protected PortalSettings portalSettings() {
        return settings(Duration.ofSeconds(10), Duration.ofSeconds(2));
    }

    @BeforeEach
    void pages() throws IOException {
        List<String> handles = List.copyOf(driver.getWindowHandles());
        for (String extra : handles.subList(1, handles.size())) {
            driver.switchTo().window(extra).close();
        }
        driver.switchTo().window(handles.get(0));
        Path tendering = Files.createDirectories(dir.resolve("CO1ContractsManagement/Tendering"));
        Files.createDirectories(tendering.resolve("SalesContractManagement"));
        Files.createDirectories(tendering.resolve("SalesContractEdit"));
        Files.writeString(tendering.resolve("SalesContractManagement/Index.html"), LIST);
        Files.writeString(tendering.resolve("SalesContractEdit/View.html"), DETAIL);
        driver.get(
                tendering.resolve("SalesContractManagement/Index.html").toUri().toString());
    }

    @Test
    void detalleInANewTabIsFollowedAndClosedOnTheWayBack() {
        String listWindow = driver.getWindowHandle();
        MyContractsPage contracts = new MyContractsPage(portal).awaitLoaded();
        assertThat(contracts.contracts()).containsExactly(new ContractRow("1001", "CPS-1", "", "", "Terminado"));

        ContractDetailPage detail = contracts.openDetail("CPS-1");
        assertThat(detail.openedInNewWindow()).isTrue();
        assertThat(driver.getWindowHandle()).isNotEqualTo(listWindow);
        assertThat(detail.contractNumber()).isEqualTo("CPS-1");
        assertThat(detail.state()).isEqualTo("En ejecución");

        detail.backToMyContracts();
        assertThat(driver.getWindowHandles()).containsExactly(listWindow);
        assertThat(driver.getWindowHandle()).isEqualTo(listWindow);
    }

    @Test
    void statesShownInEnglishAreReadInSpanishAndSectionsMatchByLabel() {
        ContractDetailPage detail = new MyContractsPage(portal).awaitLoaded().openDetail("1001");
        PaymentPlanSection plan = detail.openPaymentPlan();
        List<PaymentEntry> entries = plan.entries();
        assertThat(entries)
                .extracting(PaymentEntry::state)
                .containsExactly("Enviado a la entidad estatal", "Rechazado");
        assertThat(entries.get(0).expectedDate())
                .hasValueSatisfying(d -> assertThat(d).hasDayOfMonth(31));
        assertThat(entries.get(1).expectedDate()).isEmpty();
        assertThat(entries.get(0).actions()).containsExactly("Detalle");
    }

    @Test
    void aNonCssRowLocatorFromAnOverrideFileGivesTheSameRows() {
        List<PaymentEntry> fast = new MyContractsPage(portal)
                .awaitLoaded()
                .openDetail("CPS-1")
                .openPaymentPlan()
                .entries();
        PortalSession xpathSession = new PortalSession(
                driver,
                portal.settings()
                        .withLocators(portal.settings()
                                .locators()
                                .overriddenBy("plan.estado = \"xpath://span[@id='spnInvoiceStateSpan_{i}']\"")));
        List<PaymentEntry> slow =
                new PaymentPlanSection(xpathSession).awaitLoaded().entries();
        assertThat(slow).isEqualTo(fast);
        assertThat(slow).hasSize(2);
    }
}
