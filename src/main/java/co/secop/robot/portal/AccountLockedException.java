package co.secop.robot.portal;

/** SECOP II locked the account (too many wrong passwords); trying again would only prolong it. */
public class AccountLockedException extends LoginRejectedException {

    public AccountLockedException(String portalMessage) {
        super(portalMessage);
    }

    @Override
    public String getMessage() {
        return "SECOP II bloqueó la cuenta: «" + portalMessage() + "». El robot no vuelve a intentarlo; espere el "
                + "tiempo que indique el portal (o desbloquéela con «¿Olvidó su contraseña?») antes de ejecutarlo de nuevo.";
    }
}
