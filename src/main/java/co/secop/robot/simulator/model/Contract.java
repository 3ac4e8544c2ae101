package co.secop.robot.simulator.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A supplier contract ("Mis contratos").
 *
 * @param entityPlan          the entity defined a payment plan (rows with "Registro"; no "Crear" button)
 * @param pendingModification show the extra first step "Modificación pendiente"
 */
public record Contract(
        long id,
        String number,
        String companyCode,
        String entityName,
        String state,
        BigDecimal value,
        String description,
        LocalDateTime signDate,
        LocalDateTime startDate,
        LocalDateTime endDate,
        boolean pendingModification,
        boolean entityPlan,
        String supervisorName) {

    public static final String IN_EXECUTION = "En ejecución";
    public static final String UNIQUE_PREFIX = "CO1.SLCNTR.";

    public String uniqueIdentifier() {
        return UNIQUE_PREFIX + id;
    }

    public boolean inExecution() {
        return IN_EXECUTION.equals(state);
    }
}
