package co.secop.robot.simulator.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A supplier contract ("Mis contratos").
 *
 * @param entityPlan          the entity defined a payment plan (rows with "Registro"; no "Crear" button)
 * @param pendingModification show the extra first step "Modificación pendiente"
 * @param type                «Prestación de servicios profesionales y de apoyo a la gestión», «Compraventa»...
 * @param modality            «Contratación directa», «Mínima cuantía»...
 * @param supplierKind        «Persona natural colombiana», «Persona natural extranjera», «Persona jurídica»
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
        String supervisorName,
        String type,
        String modality,
        String supplierKind) {

    public static final String SERVICES = "Prestación de servicios profesionales y de apoyo a la gestión";
    public static final String DIRECT = "Contratación directa";

    public static final String IN_EXECUTION = "En ejecución";
    public static final String UNIQUE_PREFIX = "CO1.SLCNTR.";

    public String uniqueIdentifier() {
        return UNIQUE_PREFIX + id;
    }

    /**
     * The payment request shows the social-security block (portal reference §20): services contracts from
     * «Contratación directa» held by a natural person.
     */
    public boolean asksForPlanilla() {
        return SERVICES.equalsIgnoreCase(type)
                && DIRECT.equalsIgnoreCase(modality)
                && supplierKind != null
                && supplierKind.toLowerCase(java.util.Locale.ROOT).startsWith("persona natural");
    }

    public boolean inExecution() {
        return IN_EXECUTION.equals(state);
    }
}
