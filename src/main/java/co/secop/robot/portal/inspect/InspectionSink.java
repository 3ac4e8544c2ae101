package co.secop.robot.portal.inspect;

import co.secop.robot.portal.locate.PageDocuments;
import java.util.List;

/** Where {@link PortalInspection} leaves what it saw (the {@code revision/} folder) and what it tells the person. */
public interface InspectionSink {

    /**
     * One page as the robot found it.
     *
     * @param folder     {@code 01-inicio-de-sesion}...
     * @param screenshot PNG bytes (empty when it could not be taken)
     * @param documents  the HTML of every window and iframe (secrets are the sink's to mask)
     * @param inventory  every input, select, textarea, button and link of every document
     */
    void page(
            String folder,
            String title,
            String url,
            byte[] screenshot,
            List<PageDocuments.Document> documents,
            List<InventoryItem> inventory,
            List<KeyCheck> keys);

    /** Something the person should read now, e.g. before the robot opens «Crear». */
    void notice(String message);
}
