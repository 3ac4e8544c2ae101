package co.secop.robot.portal;

/**
 * A document as the portal lists it in the form or the payment's detail.
 *
 * @param name as shown ({@code cps-2026-0101-noviembre.zip})
 * @param size as shown ({@code 12,5 KB}); empty when the portal shows no size
 */
public record ShownDocument(String name, String size) {}
