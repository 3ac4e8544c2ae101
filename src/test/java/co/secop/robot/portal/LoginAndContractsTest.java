package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.portal.locate.PortalException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginAndContractsTest extends SimulatorTestSupport {

    @Test
    void aWrongPasswordIsRejectedWithThePortalsText() {
        LoginPage login = portal.openLogin(simulator.loginUrl());
        assertThatThrownBy(() -> login.signIn("contratista.demo", "equivocada"))
                .isInstanceOfSatisfying(
                        LoginRejectedException.class,
                        e -> assertThat(e.portalMessage()).isEqualTo("Usuario o contraseña incorrectos."))
                .hasMessageContaining("Usuario o contraseña incorrectos.");
        // A second attempt on the same page reads its own answer, not the old message.
        WorkAreaPage work = login.signIn("contratista.demo", PASSWORD).enter(null);
        assertThat(work.header().userName()).isEqualTo(JUANA);
    }

    @Test
    void choosesTheCompanyAndListsItsContractsWithTheirStates() {
        CompanySelection selection = portal.openLogin(simulator.loginUrl()).signIn("contratista.demo", PASSWORD);
        assertThat(selection.choiceShown()).isTrue();
        assertThat(selection.companies()).containsExactly(JUANA, ANDINOS);

        WorkAreaPage work = selection.enter(JUANA); // also acknowledges the information popup of this user
        assertThat(work.header().userName()).isEqualTo(JUANA);
        assertThat(work.header().activeCompany()).isEqualTo(JUANA);

        MyContractsPage contracts = work.header().openMyContracts();
        assertThat(contracts.activeCompany()).isEqualTo(JUANA);
        assertThat(contracts.companies()).containsExactlyInAnyOrder(JUANA, ANDINOS);
        List<ContractRow> rows = contracts.contracts();
        assertThat(rows)
                .extracting(ContractRow::number)
                .contains("CPS-2026-0101", "CPS-2026-0102", "CPS-2026-0103", "CPS-2025-0999")
                .doesNotContain("CPS-2026-0301", "CPS-2026-0201");
        assertThat(contracts.contract("CPS-2025-0999")).hasValueSatisfying(row -> {
            assertThat(row.state()).isEqualTo("Terminado");
            assertThat(row.id()).isEqualTo("7784299");
        });
        assertThat(contracts.contract("7784301")).hasValueSatisfying(row -> {
            assertThat(row.number()).isEqualTo("CPS-2026-0101");
            assertThat(row.state()).isEqualTo("En ejecución");
            assertThat(row.value()).isEqualTo("42.000.000 COP");
            assertThat(row.entity()).isEqualTo("Instituto Distrital de Gestión Pública");
        });
    }

    @Test
    void switchesCompanyThroughTheRedirectChainAndBack() {
        MyContractsPage contracts = signIn("contratista.demo", JUANA).header().openMyContracts();
        contracts = contracts.switchCompany(ANDINOS);
        assertThat(contracts.activeCompany()).isEqualTo(ANDINOS);
        assertThat(contracts.header().activeCompany()).isEqualTo(ANDINOS);
        assertThat(contracts.contracts()).extracting(ContractRow::number).containsExactly("CPS-2026-0301");

        contracts = contracts.switchCompany("52345678"); // by code
        assertThat(contracts.activeCompany()).isEqualTo(JUANA);
        assertThat(contracts.contracts()).extracting(ContractRow::number).contains("CPS-2026-0101");

        MyContractsPage same = contracts;
        assertThatThrownBy(() -> same.switchCompany("Empresa Inexistente S.A.S."))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("no tiene la empresa «Empresa Inexistente S.A.S.»");
    }

    @Test
    void entersDirectlyWithTheSecondCompany() {
        MyContractsPage contracts = signIn("contratista.demo", ANDINOS).header().openMyContracts();
        assertThat(contracts.activeCompany()).isEqualTo(ANDINOS);
        assertThat(contracts.contracts()).extracting(ContractRow::number).containsExactly("CPS-2026-0301");
    }

    @Test
    void aUserWithOneCompanyGoesStraightIn() {
        CompanySelection selection = portal.openLogin(simulator.loginUrl()).signIn("contratista.dos", PASSWORD);
        assertThat(selection.choiceShown()).isFalse();
        MyContractsPage contracts = selection.enter(null).header().openMyContracts();
        assertThat(contracts.contracts()).extracting(ContractRow::number).containsExactly("CPS-2026-0201");
        assertThat(contracts.activeCompany()).isEqualTo("Pedro Ramírez Ruiz");
    }

    @Test
    void anUnknownCompanyAtLoginIsReported() {
        CompanySelection selection = portal.openLogin(simulator.loginUrl()).signIn("contratista.demo", PASSWORD);
        assertThatThrownBy(() -> selection.enter("Otra S.A.S."))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("Empresas disponibles: " + JUANA + ", " + ANDINOS);
    }

    @Test
    void aContractOfAnotherCompanyIsNotFound() {
        MyContractsPage contracts = signIn("contratista.demo", JUANA).header().openMyContracts();
        assertThatThrownBy(() -> contracts.openDetail("CPS-2026-0301"))
                .isInstanceOf(ContractNotFoundException.class)
                .hasMessageContaining("CPS-2026-0301")
                .hasMessageContaining(JUANA);
    }

    @Test
    void theDetailShowsTheSectionsAndThePendingModificationShift() {
        MyContractsPage contracts = signIn("contratista.demo", JUANA).header().openMyContracts();
        ContractDetailPage detail = contracts.openDetail("CPS-2026-0102");
        assertThat(detail.contractNumber()).isEqualTo("CPS-2026-0102");
        assertThat(detail.state()).isEqualTo("En ejecución");
        List<String> sections = detail.sections();
        assertThat(sections).hasSize(10);
        assertThat(sections.get(0)).isEqualTo("Modificación pendiente");
        assertThat(sections.get(7)).isEqualTo("Ejecución del Contrato");
        assertThat(detail.activeSection()).isEqualTo("Información general");

        PaymentPlanSection plan = detail.openPaymentPlan();
        assertThat(detail.activeSection()).isEqualTo("Ejecución del Contrato");
        assertThat(plan.hasCreateButton()).isFalse();

        contracts = detail.backToMyContracts();
        ContractDetailPage other = contracts.openDetail("CPS-2026-0101");
        assertThat(other.sections()).hasSize(9).startsWith("Información general");
        assertThat(other.openPaymentPlan().hasCreateButton()).isTrue();
    }

    @Test
    void signsOutAndInAgain() {
        WorkAreaPage work = signIn("contratista.dos", null);
        LoginPage login = work.header().logOut();
        assertThat(portal.signedIn()).isFalse();
        assertThat(login.signIn("contratista.dos", PASSWORD)
                        .enter(null)
                        .header()
                        .userName())
                .isEqualTo("Pedro Ramírez Ruiz");
    }
}
