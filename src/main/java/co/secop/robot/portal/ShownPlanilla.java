package co.secop.robot.portal;

/**
 * One line of the social-security block as the portal shows it.
 *
 * @param number      the planilla number in the field
 * @param paymentDate the payment date in the field ({@code 05/11/2026})
 * @param state       the state of the check next to it («Consulta exitosa»); "" when the portal shows none there
 * @param ibc         what the platform computed ({@code 1.400.000,00 COP}); "" when it shows nothing
 */
public record ShownPlanilla(String number, String paymentDate, String state, String ibc) {}
