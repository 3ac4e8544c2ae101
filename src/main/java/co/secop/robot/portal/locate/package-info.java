/**
 * The engine under the page objects: locators by key with their alternatives ({@link
 * co.secop.robot.portal.locate.Locators}, {@link co.secop.robot.portal.locate.KeyedBy}), the waits ({@link
 * co.secop.robot.portal.locate.PortalWait}), what a person does on an element ({@link
 * co.secop.robot.portal.locate.Ui}), the browser script {@code locate.js}, which window or iframe the driver is on
 * ({@link co.secop.robot.portal.locate.PortalBrowser}), the evidence of every frame, and the exceptions all of
 * these throw. Nothing here knows a page: {@code ArchitectureTest} keeps it so.
 */
package co.secop.robot.portal.locate;
