package co.secop.robot.simulator;

/** How "Crear" / "Registro" open the payment request form. */
public enum PaymentFormMode {
    /** In-page modal {@code div#PaymentRequestModal} holding {@code iframe#PaymentRequestModal_iframe}. */
    IFRAME,
    /** A separate browser window named {@code PaymentRequestWindow}. */
    WINDOW,
    /** A page of its own, reached by navigation, with «Volver» back to the plan (variant "formulario-pagina"). */
    PAGE
}
