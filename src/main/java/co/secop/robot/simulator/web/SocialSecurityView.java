package co.secop.robot.simulator.web;

import static co.secop.robot.simulator.web.Html.esc;

import co.secop.robot.simulator.PortalFormat;
import co.secop.robot.simulator.SicopiRegistry;
import co.secop.robot.simulator.model.PlanillaLine;
import java.util.List;

/**
 * The social-security block of the payment request form (portal reference §20: a table for the planilla PILA
 * and its payment date, checked against SICOPI until the state reads «Consulta exitosa»). Nobody has seen its
 * labels or ids: a table of lines (default) or two single fields ({@code planilla-campos}), validated with a
 * button (default) or when the date field is left ({@code planilla-al-salir}).
 */
final class SocialSecurityView {

    static final String TITLE = "Pago de seguridad social";

    private SocialSecurityView() {}

    /**
     * @param lines the planilla lines of a draft opened again (a validated one shows «Consulta exitosa» and its
     *              IBC); none = one empty line
     */
    static String render(List<PlanillaLine> lines, boolean singleFields, boolean onLeave) {
        return singleFields ? fields(lines, onLeave) : table(lines, onLeave);
    }

    private static String table(List<PlanillaLine> lines, boolean onLeave) {
        StringBuilder rows = new StringBuilder();
        if (lines.isEmpty()) {
            rows.append(line(0, null, onLeave));
        }
        for (int i = 0; i < lines.size(); i++) {
            rows.append(line(i, lines.get(i), onLeave));
        }
        return """
                <tr><td colspan="2" class="SocialSecurityCell">
                  <fieldset id="fdsSocialSecurity" class="SocialSecurity" data-validation="%s">
                    <legend>%s</legend>
                    <table id="tblSocialSecurity" class="VortalGrid SocialSecurityGrid">
                      <thead><tr class="gridHeader"><td>Número de planilla</td><td>Fecha de pago</td><td>Estado de la consulta</td><td>IBC</td>%s</tr></thead>
                      <tbody>%s</tbody>
                    </table>
                    <input type="button" id="btnAddPlanilla" class="VortalButton" value="Agregar planilla">
                  </fieldset></td></tr>
                """.formatted(onLeave ? "al-salir" : "boton", TITLE, onLeave ? "" : "<td></td>", rows);
    }

    static String line(int i, PlanillaLine line, boolean onLeave) {
        return """
                <tr class="%s PlanillaLine" data-line="%d">
                  <td><input type="text" id="txtPlanillaNumber_%d" name="txtPlanillaNumber_%d" class="VortalTextBox PlanillaNumber" maxlength="20" value="%s"></td>
                  <td><input type="text" id="dtmbPlanillaDate_%d" name="dtmbPlanillaDate_%d" class="VortalTextBox DateBox PlanillaDate" placeholder="dd/MM/aaaa" value="%s"></td>
                  <td><span id="spnPlanillaState_%d" class="PlanillaState%s">%s</span></td>
                  <td><span id="spnPlanillaIbc_%d" class="PlanillaIbc">%s</span></td>%s
                </tr>
                """.formatted(
                        i % 2 == 0 ? "gridLineLight" : "gridLineDark",
                        i,
                        i,
                        i,
                        line == null ? "" : esc(line.number()),
                        i,
                        i,
                        date(line),
                        i,
                        validated(line) ? " SuccessMessage" : "",
                        validated(line) ? SicopiRegistry.SUCCESS : "",
                        i,
                        validated(line) ? Html.money(line.ibc()) : "",
                        onLeave
                                ? ""
                                : "\n  <td><input type=\"button\" id=\"btnValidatePlanilla_" + i
                                        + "\" class=\"VortalButton\" value=\"Validar\"></td>");
    }

    private static String fields(List<PlanillaLine> lines, boolean onLeave) {
        PlanillaLine line = lines.isEmpty() ? null : lines.get(0);
        return """
                <tr><td colspan="2" class="SocialSecurityCell">
                  <fieldset id="fdsSocialSecurity" class="SocialSecurity PlanillaLine" data-line="0" data-validation="%s">
                    <legend>%s</legend>
                    <table class="FormTable">
                      <tr><td class="FieldLabelCell"><label for="txtPlanillaNumber_0">Número de planilla</label><span class="Required">*</span></td>
                        <td><input type="text" id="txtPlanillaNumber_0" name="txtPlanillaNumber_0" class="VortalTextBox PlanillaNumber" maxlength="20" value="%s"></td></tr>
                      <tr><td class="FieldLabelCell"><label for="dtmbPlanillaDate_0">Fecha de pago</label><span class="Required">*</span></td>
                        <td><input type="text" id="dtmbPlanillaDate_0" name="dtmbPlanillaDate_0" class="VortalTextBox DateBox PlanillaDate" placeholder="dd/MM/aaaa" value="%s">%s</td></tr>
                      <tr><td class="FieldLabelCell"><label for="spnPlanillaState_0">Estado de la consulta</label></td>
                        <td><span id="spnPlanillaState_0" class="PlanillaState%s">%s</span></td></tr>
                      <tr><td class="FieldLabelCell"><label for="spnPlanillaIbc_0">IBC</label></td>
                        <td><span id="spnPlanillaIbc_0" class="PlanillaIbc">%s</span></td></tr>
                    </table>
                  </fieldset></td></tr>
                """.formatted(
                        onLeave ? "al-salir" : "boton",
                        TITLE,
                        line == null ? "" : esc(line.number()),
                        date(line),
                        onLeave
                                ? ""
                                : " <input type=\"button\" id=\"btnValidatePlanilla_0\" class=\"VortalButton\""
                                        + " value=\"Validar planilla\">",
                        validated(line) ? " SuccessMessage" : "",
                        validated(line) ? SicopiRegistry.SUCCESS : "",
                        validated(line) ? Html.money(line.ibc()) : "");
    }

    private static boolean validated(PlanillaLine line) {
        return line != null && line.validated();
    }

    private static String date(PlanillaLine line) {
        return line == null || line.paymentDate() == null ? "" : PortalFormat.date(line.paymentDate());
    }

    /**
     * The block in a request's «Detalle» (read only): each line with its state as the form showed it when the
     * request was confirmed; «Sin validar» for a line SICOPI never answered «Consulta exitosa» for (kept only
     * with the refusal turned off). Shown only where the form shows the block.
     */
    static String detail(List<PlanillaLine> lines) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            PlanillaLine line = lines.get(i);
            rows.append("""
                    <tr class="%s"><td><span id="spnDetailPlanillaNumber_%d" class="PlanillaNumber">%s</span></td>
                    <td><span id="spnDetailPlanillaDate_%d" class="PlanillaDate">%s</span></td>
                    <td><span id="spnDetailPlanillaState_%d" class="PlanillaState%s">%s</span></td>
                    <td><span id="spnDetailPlanillaIbc_%d" class="PlanillaIbc">%s</span></td></tr>
                    """.formatted(
                            i % 2 == 0 ? "gridLineLight" : "gridLineDark",
                            i,
                            esc(line.number()),
                            i,
                            date(line),
                            i,
                            line.validated() ? " SuccessMessage" : "",
                            line.validated() ? SicopiRegistry.SUCCESS : NOT_VALIDATED,
                            i,
                            line.validated() ? Html.money(line.ibc()) : ""));
        }
        if (lines.isEmpty()) {
            rows.append("<tr><td colspan=\"4\" class=\"EmptyText\">Sin planillas registradas.</td></tr>\n");
        }
        return """
                  <div class="SubTitle">%s</div>
                  <table id="tblDetailSocialSecurity" class="VortalGrid SocialSecurityGrid"><tr class="gridHeader"><td>Número de planilla</td><td>Fecha de pago</td><td>Estado de la consulta</td><td>IBC</td></tr>
                  %s</table>
                """.formatted(TITLE, rows);
    }

    static final String NOT_VALIDATED = "Sin validar";
}
