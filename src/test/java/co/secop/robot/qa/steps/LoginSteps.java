package co.secop.robot.qa.steps;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.portal.LoginRejectedException;
import co.secop.robot.qa.BrowserHolder;
import co.secop.robot.qa.PortalFlow;
import co.secop.robot.qa.PortalUnderTest;
import co.secop.robot.qa.QaConfig;
import co.secop.robot.qa.QaWorld;
import io.cucumber.java.es.Cuando;
import io.cucumber.java.es.Dado;
import io.cucumber.java.es.Entonces;
import java.util.List;

/** Signing in: credentials, company choice, work area. */
public class LoginSteps {

    private final QaWorld world;
    private final BrowserHolder browser;
    private final PortalUnderTest portal;
    private final PortalFlow flow;

    public LoginSteps(QaWorld world, BrowserHolder browser, PortalUnderTest portal, PortalFlow flow) {
        this.world = world;
        this.browser = browser;
        this.portal = portal;
        this.flow = flow;
    }

    @Dado("que abro la página de inicio de sesión de SECOP II")
    public void openLoginPage() {
        world.loginPage = browser.session().openLogin(portal.loginUrl());
    }

    @Dado("que inicié sesión como contratista con la empresa {string}")
    public void signedInWithCompany(String company) {
        flow.signIn(company);
    }

    @Cuando("ingreso con el usuario {string} y la contraseña {string}")
    public void signIn(String user, String password) {
        world.lastError = null;
        try {
            world.companySelection = world.loginPage.signIn(user, password);
        } catch (LoginRejectedException e) {
            world.lastError = e;
        }
    }

    @Cuando("ingreso con las credenciales del contratista")
    public void signInWithConfiguredCredentials() {
        world.companySelection = world.loginPage.signIn(QaConfig.user(), QaConfig.password());
    }

    @Entonces("el portal rechaza el ingreso con el mensaje {string}")
    public void loginRejected(String message) {
        assertThat(world.lastError)
                .as("el portal debía rechazar las credenciales")
                .isInstanceOf(LoginRejectedException.class);
        assertThat(((LoginRejectedException) world.lastError).portalMessage()).isEqualTo(message);
    }

    @Entonces("sigo en la página de inicio de sesión sin sesión abierta")
    public void stillOnLoginPage() {
        assertThat(world.companySelection)
                .as("no debe ofrecer la elección de empresa")
                .isNull();
        assertThat(browser.session().signedIn()).as("sesión abierta").isFalse();
        assertThat(browser.driver().getCurrentUrl()).contains("/STS/Users/Login");
    }

    @Entonces("el portal me pide elegir la empresa entre:")
    public void companyChoice(List<String> companies) {
        assertThat(world.lastError).as("error al ingresar").isNull();
        assertThat(world.companySelection.choiceShown())
                .as("el portal pide elegir empresa")
                .isTrue();
        assertThat(world.companySelection.companies()).containsExactlyElementsOf(companies);
    }

    @Entonces("el portal no pide elegir empresa")
    public void noCompanyChoice() {
        assertThat(world.lastError).as("error al ingresar").isNull();
        assertThat(world.companySelection.choiceShown())
                .as("el portal pide elegir empresa")
                .isFalse();
    }

    @Cuando("entro con la empresa {string}")
    public void enterWithCompany(String company) {
        world.workArea = world.companySelection.enter(company);
    }

    @Cuando("entro con la empresa que propone el portal")
    public void enterWithProposedCompany() {
        world.workArea = world.companySelection.enter(null);
    }

    @Entonces("veo el escritorio de {string} con la empresa activa {string}")
    public void workArea(String user, String company) {
        assertThat(browser.session().signedIn()).as("sesión abierta").isTrue();
        assertThat(world.workArea.header().userName()).isEqualTo(user);
        assertThat(world.workArea.header().activeCompany()).isEqualTo(company);
    }

    @Entonces("veo el escritorio con un usuario y una empresa activa")
    public void workAreaOfConfiguredUser() {
        assertThat(browser.session().signedIn()).as("sesión abierta").isTrue();
        assertThat(world.workArea.header().userName()).isNotBlank();
        assertThat(world.workArea.header().activeCompany()).isNotBlank();
        world.scenario.log("Usuario «" + world.workArea.header().userName() + "», empresa «"
                + world.workArea.header().activeCompany() + "».");
    }
}
