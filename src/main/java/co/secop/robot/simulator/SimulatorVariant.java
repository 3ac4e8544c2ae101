package co.secop.robot.simulator;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shapes of SECOP II nobody here has seen, each one a variant the simulator can take
 * ({@code --variante a,b,...}); they combine with each other, with {@code --formulario} and with the faults.
 */
public enum SimulatorVariant {

    /** Every id, name and CSS class not held as confirmed ({@link ConfirmedNames}) gets a random name at start. */
    UNKNOWN_IDS("ids-desconocidos"),
    /** «Enviar» sends at once: no confirmation box. */
    SEND_WITHOUT_CONFIRMATION("enviar-sin-confirmacion"),
    /** «Confirmar» of the payment form asks first, with the generic confirmation box. */
    CONFIRM_ASKS("confirmar-con-confirmacion"),
    /**
     * «Crear» asks «¿Desea crear una solicitud de pago?» first and, when accepted, creates a draft («Borrador»
     * without invoice data) whose form then opens: cancelling the form leaves that draft in the plan.
     */
    CREATE_ASKS("crear-con-confirmacion"),
    /** «Crear» / «Registro» open the payment form as a page of its own, with «Volver» back to the plan. */
    FORM_AS_PAGE("formulario-pagina"),
    /** «Anexar documento» opens an upload box inside the same page instead of the {@code swip} window. */
    UPLOAD_IN_PAGE("anexos-en-pagina"),
    /** The social-security block validates a planilla when its date field is left, without a «Validar» button. */
    PLANILLA_ON_LEAVE("planilla-al-salir"),
    /** The social-security block is two single fields (one planilla) instead of a table of lines. */
    PLANILLA_FIELDS("planilla-campos"),
    /** SICOPI's answer to a planilla appears in the messages panel ({@code #msgMessagesPanel td.Message}). */
    PLANILLA_IN_MESSAGES("planilla-en-mensajes"),
    /** DIAN's answer to «Validar» the CUFE appears in the messages panel, not next to the field. */
    CUFE_IN_MESSAGES("cufe-en-mensajes"),
    /** A valid CUFE shows a label «Validado» next to the field (errors go to the messages panel). */
    CUFE_VALIDATED_LABEL("cufe-validado"),
    /** A page with two actions numbers its buttons: {@code btnConfirm2Gen}, {@code btnCancel2Gen} (docs/portal.md §19 [A]). */
    NUMBERED_BUTTONS("botones-numerados"),
    /** The page shows it is busy only with the class {@code loadingCursor}: no preloader, no blockUI (§19 [A]). */
    BUSY_CLASS("cursor-ocupado"),
    /** The form's validation lines («<Campo> es obligatorio») go to the messages panel, not {@code #validationSummary li} (§19). */
    VALIDATION_IN_PANEL("validacion-en-panel"),
    /**
     * Pages in English unless the language is chosen in the selector of the login page: the cookie
     * {@code CurrentLanguage=es-CO} alone does not do it (§19).
     */
    LANGUAGE_BY_SELECTOR("idioma-por-selector"),
    /**
     * «Detalle» of a payment opens the detail in a popup window ({@code window.open}) with «Cerrar» instead of
     * «Volver»; «Editar» there refreshes the plan of the window that opened it and closes the popup (§19 [A]).
     */
    DETAIL_IN_WINDOW("detalle-en-ventana"),
    /**
     * «Detalle» of a payment is a link with {@code target="_blank"}: the detail opens in a new tab without
     * «Volver»; «Editar» there shows the request in edition in that tab and leaves the plan as it was (§19 [A]).
     */
    DETAIL_IN_TAB("detalle-en-pestana");

    private final String code;

    SimulatorVariant(String code) {
        this.code = code;
    }

    /** The Spanish name used by {@code --variante}. */
    public String code() {
        return code;
    }

    /** "ids-desconocidos,formulario-pagina" (spaces and case ignored; empty or null = none). */
    public static Set<SimulatorVariant> parse(String text) {
        if (text == null || text.isBlank()) {
            return EnumSet.noneOf(SimulatorVariant.class);
        }
        return parse(Arrays.asList(text.split(",")));
    }

    public static Set<SimulatorVariant> parse(List<String> codes) {
        Set<SimulatorVariant> variants = EnumSet.noneOf(SimulatorVariant.class);
        for (String raw : codes) {
            String code = raw.strip().toLowerCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            variants.add(Arrays.stream(values())
                    .filter(v -> v.code.equals(code))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("la variante «" + raw.strip() + "» no existe; use "
                            + Arrays.stream(values())
                                    .map(SimulatorVariant::code)
                                    .collect(Collectors.joining(", ")))));
        }
        return variants;
    }
}
