package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalException;

/** The "Anexar documento" window refused a file; the message carries the portal's reason. */
public class DocumentUploadException extends PortalException {

    public DocumentUploadException(String message) {
        super(message);
    }
}
