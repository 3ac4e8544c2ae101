package co.secop.robot.simulator.web;

import static co.secop.robot.simulator.web.Html.esc;

import co.secop.robot.simulator.PortalState;
import co.secop.robot.simulator.model.Company;
import co.secop.robot.simulator.model.Contract;

/** Read-only content of the detail sections other than "Ejecución del Contrato". */
final class ContractSections {

    private ContractSections() {}

    /** The {@code div#stphStepsPlaceHolder_<step>.PlaceHolderDisplay} wrapper around a section body. */
    static String wrap(Contract contract, String stepName, String body) {
        return "<div id=\"stphStepsPlaceHolder_" + stepName + "\" class=\"PlaceHolderDisplay\">\n"
                + "<div class=\"SectionTitle\">" + esc(ContractSteps.label(contract, stepName)) + "</div>\n"
                + body + "</div>\n";
    }

    static String body(Contract contract, String stepName, PortalState state) {
        return switch (stepName) {
            case ContractSteps.PENDING_MODIFICATION -> """
                    <div class="InfoMessage">La Entidad Estatal registró una modificación del contrato que está
                    pendiente de su aprobación. Mientras tanto puede seguir gestionando el plan de pagos.</div>
                    <table class="DetailTable">
                      <tr><td class="FieldLabel">Tipo de modificación</td><td><span id="spnPendingModificationType">Prórroga en tiempo</span></td></tr>
                      <tr><td class="FieldLabel">Estado</td><td><span id="spnPendingModificationState">Pendiente de aprobación del proveedor</span></td></tr>
                    </table>
                    """;
            case ContractSteps.GENERAL -> general(contract, state);
            case "stpContractConditionsStep" -> """
                    <table class="DetailTable">
                      <tr><td class="FieldLabel">Forma de pago</td><td><span id="selPaymentMethod">Abono en cuenta</span></td></tr>
                      <tr><td class="FieldLabel">Plazo de pago</td><td><span id="selPaymentTerm">30 días</span></td></tr>
                      <tr><td class="FieldLabel">¿El contrato es renovable?</td><td><span id="rdbgRenewableContract">No</span></td></tr>
                      <tr><td class="FieldLabel">Incoterm</td><td><span id="selIncoterm">A definir</span></td></tr>
                    </table>
                    """;
            case "stpGoodsAndServicesStep" -> """
                    <table class="VortalGrid"><tr class="gridHeader"><td>Código UNSPSC</td><td>Descripción</td><td>Cantidad</td></tr>
                    <tr class="gridLineLight"><td>80111600</td><td>Servicios de personal temporal</td><td>1</td></tr></table>
                    """;
            case "stpSupplierDocumentsStep" ->
                "<p class=\"EmptyText\">El proveedor no ha anexado documentos en esta sección.</p>\n";
            case "stpContractDocumentsStep" -> """
                    <table class="VortalGrid"><tr class="gridHeader"><td>Documento</td><td>Descripción</td></tr>
                    <tr class="gridLineLight"><td><a id="lnkDownloadDocument_0" href="#">contrato-firmado.pdf</a></td><td><span id="lblDescription_0">Contrato firmado por las partes</span></td></tr>
                    <tr class="gridLineDark"><td><a id="lnkDownloadDocument_1" href="#">estudios-previos.pdf</a></td><td><span id="lblDescription_1">Estudios previos</span></td></tr></table>
                    """;
            case "stpBudgetInformationStep" -> """
                    <table class="DetailTable">
                      <tr><td class="FieldLabel">Código CDP</td><td><span id="spnCdpCode">%s-CDP</span></td></tr>
                      <tr><td class="FieldLabel">Origen de los recursos</td><td><span id="spnResourceOrigin">Recursos propios</span></td></tr>
                      <tr><td class="FieldLabel">Valor comprometido</td><td><span id="cbxCommittedValue">%s</span></td></tr>
                    </table>
                    """.formatted(contract.id(), Html.money(contract.value()));
            case "stpContractModificationsStep" -> """
                    <table id="grdContractVersionsGrid_tbl" class="VortalGrid"><tr class="gridHeader"><td>Tipo</td><td>Estado</td><td>Versión</td></tr>
                    <tr class="gridLineLight"><td><span id="spnModificationTypeSpan_0">Contrato original</span></td><td><span id="spnModificationStatusValue_0">Aprobado</span></td><td><span id="spnModificationVersionValue_0">1</span></td></tr></table>
                    """;
            case "stpContractBreachesStep" -> "<p class=\"EmptyText\">No hay incumplimientos registrados.</p>\n";
            default -> "";
        };
    }

    private static String general(Contract contract, PortalState state) {
        String supplier =
                state.company(contract.companyCode()).map(Company::name).orElse("");
        return """
                <table class="DetailTable">
                  <tr><td class="FieldLabel">Número del contrato</td><td><span id="txtContractReference1Gen">%s</span></td></tr>
                  <tr><td class="FieldLabel">Id del contrato</td><td><span id="spnContractUniqueIdentifier">%s</span></td></tr>
                  <tr><td class="FieldLabel">Estado</td><td><span id="spnContractStateGen">%s</span></td></tr>
                  <tr><td class="FieldLabel">Descripción</td><td><span id="txaContractDescription1Gen">%s</span></td></tr>
                  <tr><td class="FieldLabel">Entidad Estatal</td><td><span id="spnBuyerName">%s</span></td></tr>
                  <tr><td class="FieldLabel">Proveedor</td><td><span id="lblSupplierName">%s</span></td></tr>
                  <tr><td class="FieldLabel">Valor del contrato</td><td><span id="cbxContractValue1Gen" class="VortalNumericSpan">%s</span></td></tr>
                  <tr><td class="FieldLabel">Fecha de firma</td><td><span id="dtmbSupplierApprovalDateTimeBox_txt">%s</span></td></tr>
                  <tr><td class="FieldLabel">Fecha de inicio del contrato</td><td><span id="dtmbContractStartDate_txt">%s</span></td></tr>
                  <tr><td class="FieldLabel">Fecha de terminación del contrato</td><td><span id="dtmbContractEndDate_txt">%s</span></td></tr>
                  <tr><td class="FieldLabel">Supervisor</td><td><span id="spnSupervisorName">%s</span></td></tr>
                </table>
                """.formatted(
                        esc(contract.number()),
                        esc(contract.uniqueIdentifier()),
                        esc(contract.state()),
                        esc(contract.description()),
                        esc(contract.entityName()),
                        esc(supplier),
                        Html.money(contract.value()),
                        Html.dateTime(contract.signDate()),
                        Html.dateTime(contract.startDate()),
                        Html.dateTime(contract.endDate()),
                        esc(contract.supervisorName()));
    }
}
