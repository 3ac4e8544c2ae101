package co.secop.robot.portal;

/** "Mis contratos" of the active company does not list the requested contract. */
public class ContractNotFoundException extends PortalException {

    public ContractNotFoundException(String message) {
        super(message);
    }
}
