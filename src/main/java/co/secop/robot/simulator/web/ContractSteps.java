package co.secop.robot.simulator.web;

import static co.secop.robot.simulator.web.Html.esc;

import co.secop.robot.simulator.model.Contract;
import java.util.ArrayList;
import java.util.List;

/** The detail page's StepManager: the nine sections, plus "Modificación pendiente" first when pending. */
public final class ContractSteps {

    public static final String PENDING_MODIFICATION = "stpPendingModificationStep";
    public static final String GENERAL = "stpGeneralInformationStep";
    public static final String EXECUTION = "stpContractExecutionStep";

    /** One section: internal name and visible label. */
    public record Step(String name, String label) {}

    private static final List<Step> SECTIONS = List.of(
            new Step(GENERAL, "Información general"),
            new Step("stpContractConditionsStep", "Condiciones"),
            new Step("stpGoodsAndServicesStep", "Bienes y servicios"),
            new Step("stpSupplierDocumentsStep", "Documentos del Proveedor"),
            new Step("stpContractDocumentsStep", "Documentos del contrato"),
            new Step("stpBudgetInformationStep", "Información presupuestal"),
            new Step(EXECUTION, "Ejecución del Contrato"),
            new Step("stpContractModificationsStep", "Modificaciones del Contrato"),
            new Step("stpContractBreachesStep", "Incumplimientos"));

    private ContractSteps() {}

    public static List<Step> of(Contract contract) {
        List<Step> steps = new ArrayList<>();
        if (contract.pendingModification()) {
            steps.add(new Step(PENDING_MODIFICATION, "Modificación pendiente"));
        }
        steps.addAll(SECTIONS);
        return steps;
    }

    public static boolean exists(Contract contract, String stepName) {
        return of(contract).stream().anyMatch(s -> s.name().equals(stepName));
    }

    /** {@code div#stpmStepManager} with {@code stepDiv_N} (N from 1), the active one highlighted. */
    public static String render(Contract contract, String activeStep) {
        StringBuilder html = new StringBuilder("<div id=\"stpmStepManager\" class=\"StepManager\">\n");
        List<Step> steps = of(contract);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            int n = i + 1;
            boolean active = step.name().equals(activeStep);
            html.append("<div id=\"stepDiv_")
                    .append(n)
                    .append("\" class=\"")
                    .append(active ? "LeftMenuButtonOn Black" : "LeftMenuButtonOff Blue_1")
                    .append("\" data-step=\"")
                    .append(step.name())
                    .append("\" title=\"")
                    .append(esc(step.label()))
                    .append("\">")
                    .append("<div id=\"stepPipe_")
                    .append(n)
                    .append("\" class=\"stepPipe")
                    .append(n == steps.size() ? " stepPipeLast" : "")
                    .append("\"></div>")
                    .append("<div id=\"stepCircle_")
                    .append(n)
                    .append("\" class=\"MainColor6 circle26 White step\">")
                    .append("<span id=\"stepNumber_")
                    .append(n)
                    .append("\">")
                    .append(n)
                    .append("</span>")
                    .append(
                            active
                                    ? "<div id=\"stepCircleSelected_" + n
                                            + "\" class=\"MainColor4 circle22 Black stepOn\"></div>"
                                    : "")
                    .append("</div>")
                    .append("<span id=\"lnk_stpmStepManager")
                    .append(n + 1)
                    .append("\" class=\"StepLabel\">")
                    .append(esc(step.label()))
                    .append("</span>")
                    .append("</div>\n");
        }
        return html.append("</div>\n").toString();
    }

    public static String label(Contract contract, String stepName) {
        return of(contract).stream()
                .filter(s -> s.name().equals(stepName))
                .map(Step::label)
                .findFirst()
                .orElse("");
    }
}
