package co.secop.robot.portal;

/** The "Escritorio" ({@code /CO1Marketplace/Common/Workarea/Index}) where the portal lands after login. */
public final class WorkAreaPage extends Page {

    WorkAreaPage(PortalSession session) {
        super(session);
    }

    public HeaderMenu header() {
        return new HeaderMenu(session);
    }
}
