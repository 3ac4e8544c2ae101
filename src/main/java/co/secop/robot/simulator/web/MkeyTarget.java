package co.secop.robot.simulator.web;

/**
 * What an {@code mkey} (per page load, per session) points at. An action with an unknown or stale
 * mkey gets the "Error inesperado" page.
 */
public sealed interface MkeyTarget
        permits MkeyTarget.Page, MkeyTarget.ContractPage, MkeyTarget.FormOpening, FormDraft, MkeyTarget.UploadWindow {

    /** A plain page (Mis contratos, supervisor list, work area). */
    record Page(String name) implements MkeyTarget {}

    /** The contract detail page: its sections and Plan de pagos actions. */
    record ContractPage(long contractId) implements MkeyTarget {}

    /** A link that opens the payment request form for a contract (paymentId null = "Crear"). */
    record FormOpening(long contractId, String paymentId) implements MkeyTarget {}

    /** The upload window opened from a form: uploads go to that form's draft. */
    record UploadWindow(String formKey) implements MkeyTarget {}
}
