/**
 * What only {@code ./secop revisar} uses: it walks the pages as a person would, lists what it sees ({@link
 * co.secop.robot.portal.inspect.DomInventory}), checks every locator key ({@link
 * co.secop.robot.portal.inspect.KeyCheck}) and suggests a replacement for a key that no longer matches ({@link
 * co.secop.robot.portal.inspect.Suggestions}). No page object imports it.
 */
package co.secop.robot.portal.inspect;
