package co.secop.robot.portal;

/**
 * A document as the portal lists it in the form or the payment's detail.
 *
 * @param name   as shown ({@code cps-2026-0101-noviembre.zip})
 * @param size   as shown ({@code 12,5 KB}); empty when the portal shows no size
 * @param sha256 SHA-256 (hex) of the file the portal offers to download in the document's row; empty when it
 *               offers none or the file could not be had
 */
public record ShownDocument(String name, String size, String sha256) {

    public ShownDocument(String name, String size) {
        this(name, size, "");
    }
}
