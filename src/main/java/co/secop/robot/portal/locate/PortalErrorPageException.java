package co.secop.robot.portal.locate;

/** The portal showed its "Error inesperado" page. */
public class PortalErrorPageException extends PortalException {

    private final String portalText;

    public PortalErrorPageException(String title, String portalText) {
        super("SECOP II mostró la página «" + title + "»" + (portalText.isBlank() ? "." : ": " + portalText));
        this.portalText = portalText;
    }

    public String portalText() {
        return portalText;
    }
}
