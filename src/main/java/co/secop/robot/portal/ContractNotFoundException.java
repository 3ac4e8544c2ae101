package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalException;

/** "Mis contratos" of the active company does not list the requested contract. */
public class ContractNotFoundException extends PortalException {

    public ContractNotFoundException(String message) {
        super(message);
    }
}
