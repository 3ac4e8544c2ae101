/**
 * Page objects of SECOP II, supplier side: one class per page or popup, exposing what a user does and
 * returning the next page object, with the exceptions and values callers use. Below them,
 * {@code portal.locate} finds elements and waits (it never sees a page); above them, {@code portal.inspect}
 * is what only {@code revisar} uses. They hide locators ({@link co.secop.robot.portal.locate.Locators}, read from
 * {@code config/localizadores.conf}) and waits (explicit conditions, 100 ms polling, overlays
 * {@code div.vortal-preloader}/{@code .blockUI} respected), never assert, and report the portal's dead ends
 * as {@link co.secop.robot.portal.locate.PortalException}s with Spanish messages.
 *
 * <pre>{@code
 * PortalSession portal = new PortalSession(driver, PortalSettings.defaults());
 * PaymentPlanSection plan = portal.openLogin(url).signIn(user, password).enter(company)
 *         .header().openMyContracts().openDetail("CPS-2026-0101").openPaymentPlan();
 * plan = plan.create().electronicInvoice(false).invoiceNumber("CC-1").dueDate(due)
 *         .netValue(net).totalValue(total).attach(zip).confirm();
 * plan = plan.send(plan.entry("CC-1").orElseThrow());
 * }</pre>
 */
package co.secop.robot.portal;
