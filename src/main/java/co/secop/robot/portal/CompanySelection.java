package co.secop.robot.portal;

import co.secop.robot.portal.locate.PortalException;
import co.secop.robot.portal.locate.PortalWait;
import co.secop.robot.portal.locate.SessionExpiredException;
import co.secop.robot.portal.locate.Texts;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The company choice right after the credentials ({@code #seldpCompany} + "Entrar"). Users with a
 * single company skip it: the portal goes straight on and {@link #enter} only waits for the work area.
 */
public final class CompanySelection extends Page {

    private final boolean choiceShown;

    CompanySelection(PortalSession session, boolean choiceShown) {
        super(session);
        this.choiceShown = choiceShown;
    }

    /** Whether the portal asked to choose a company (the user has more than one). */
    public boolean choiceShown() {
        return choiceShown;
    }

    /** Names of the companies offered (empty when the portal did not ask). */
    public List<String> companies() {
        List<String> names = new ArrayList<>();
        if (choiceShown) {
            for (WebElement option : select().getOptions()) {
                names.add(Texts.clean(option.getText()));
            }
        }
        return names;
    }

    /**
     * Chooses the company (by name or code; {@code null} keeps the one the portal proposes), presses
     * "Entrar", waits for the work area and acknowledges the information popup when it shows.
     */
    public WorkAreaPage enter(String companyNameOrCode) {
        if (choiceShown) {
            if (companyNameOrCode != null && !companyNameOrCode.isBlank()) {
                String code = codeOf(companyNameOrCode);
                if (!code.equals(select().getFirstSelectedOption().getDomProperty("value"))) {
                    ui.selectByValue(by("empresa.lista"), code, "la lista de empresas");
                }
                wait.until(
                        "que SECOP II registre la empresa elegida",
                        d -> !wait.overlayShown()
                                && code.equals(select().getFirstSelectedOption().getDomProperty("value")));
            }
            ui.click(by("empresa.entrar"), "el botón «Entrar»");
        }
        String loginPart = locators.text("sesion.url-login");
        wait.until("el escritorio de SECOP II después de iniciar sesión", d -> {
            if (shown("login.error")) {
                throw new LoginRejectedException(
                        Texts.clean(PortalWait.displayed(d, by("login.error")).getText()));
            }
            String url = d.getCurrentUrl();
            if (url != null && url.contains(loginPart) && shown("sesion.mensaje-expirada")) {
                // The portal sent the new session back to the login page ("La sesión ha expirado").
                throw new SessionExpiredException(
                        "La sesión de SECOP II expiró al entrar al escritorio: hay que " + "iniciar sesión de nuevo.");
            }
            return url != null && !url.contains(loginPart) && shown("encabezado.conectado");
        });
        session.markSignedIn(true);
        LanguageCheck.requireSpanish(session);
        InformationPopup.acknowledgeIfShown(session);
        WorkAreaPage work = new WorkAreaPage(session);
        if (!choiceShown && companyNameOrCode != null && !companyNameOrCode.isBlank()) {
            String active = work.header().activeCompany();
            if (!active.isEmpty() && !Texts.same(active, companyNameOrCode)) {
                throw new PortalException("El usuario solo tiene la empresa «" + active + "» en SECOP II; no tiene «"
                        + companyNameOrCode + "».");
            }
        }
        return work;
    }

    private Select select() {
        return new Select(wait.visible(by("empresa.lista"), "la lista de empresas"));
    }

    private String codeOf(String nameOrCode) {
        List<String> offered = new ArrayList<>();
        for (WebElement option : select().getOptions()) {
            String value = option.getDomProperty("value");
            String text = Texts.clean(option.getText());
            if (Texts.same(text, nameOrCode) || nameOrCode.strip().equals(value)) {
                return value;
            }
            offered.add(text);
        }
        throw new PortalException("El usuario no tiene la empresa «" + nameOrCode + "» en SECOP II. Empresas "
                + "disponibles: " + String.join(", ", offered) + ".");
    }
}
