package co.secop.robot.simulator;

import static co.secop.robot.simulator.PortalClient.attr;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Captcha, locked accounts and the English portal on the login page (issue 11, the simulator's part). */
class LoginProtectionHttpTest extends SimulatorHttpSupport {

    private static final String AUTH = "/STS/Users/Login/LoginAuthenticate";

    private JsonNode login(String password, boolean captchaTicked) {
        return client.ajax(
                        AUTH,
                        Map.of(
                                "txtUserName",
                                "contratista.dos",
                                "txtPassword",
                                password,
                                "captchaChecked",
                                captchaTicked ? "true" : ""))
                .json();
    }

    @Test
    void withoutOptionsThereIsNoCaptchaAndTheContainerStaysHidden() {
        assertThat(attr(client.get("/STS/Users/Login/Index").body(), "divGoogleReCaptchaDiv", "style"))
                .isEqualTo("display:none");
        assertThat(login(PortalClient.PASSWORD, false).path("ok").asBoolean()).isTrue();
    }

    @Test
    void captchaAlwaysShowsTheBoxAndRefusesTheLoginWhileUnticked() {
        simulator.login(LoginOptions.defaults().captchaAlways());
        String page = client.get("/STS/Users/Login/Index").body();
        assertThat(attr(page, "divGoogleReCaptchaDiv", "style")).isEqualTo("display:block");
        assertThat(page)
                .containsPattern(
                        "(?s)<div id=\"divGoogleReCaptchaDiv\".*?<input type=\"checkbox\" id=\"chkCaptchaCheck\""
                                + ".*?<label for=\"chkCaptchaCheck\">No soy un robot</label>");

        JsonNode refused = login(PortalClient.PASSWORD, false);
        assertThat(refused.path("ok").asBoolean()).isFalse();
        assertThat(refused.path("captcha").asBoolean()).isTrue();
        assertThat(refused.path("message").asText()).isEqualTo("Marque la casilla «No soy un robot» para continuar.");
        assertThat(login(PortalClient.PASSWORD, true).path("ok").asBoolean()).isTrue();
    }

    @Test
    void captchaAfterFailuresAppearsOnlyOnceThatManyPasswordsWereWrong() {
        simulator.login(LoginOptions.defaults().captchaAfter(2));
        assertThat(login("mala", false).path("captcha").asBoolean()).isFalse();
        JsonNode second = login("mala", false);
        assertThat(second.path("message").asText()).isEqualTo("Usuario o contraseña incorrectos.");
        assertThat(second.path("captcha").asBoolean()).isTrue();
        assertThat(login(PortalClient.PASSWORD, false).path("captcha").asBoolean())
                .isTrue();
        assertThat(login(PortalClient.PASSWORD, true).path("ok").asBoolean()).isTrue();
        // a successful login clears the count
        assertThat(login(PortalClient.PASSWORD, false).path("ok").asBoolean()).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhile() {
        for (int i = 1; i <= 4; i++) {
            assertThat(login("mala", false).path("locked").asBoolean())
                    .as("intento " + i)
                    .isFalse();
        }
        JsonNode fifth = login("mala", false);
        assertThat(fifth.path("locked").asBoolean()).isTrue();
        assertThat(fifth.path("message").asText()).startsWith("Su cuenta ha sido bloqueada temporalmente");
        JsonNode right = login(PortalClient.PASSWORD, false);
        assertThat(right.path("ok").asBoolean()).isFalse();
        assertThat(right.path("locked").asBoolean()).isTrue();
        assertThat(client.get("/STS/Users/Login/Index").body()).contains("id=\"spnlblAccountLocked\"");
        assertThat(client.get("/StaticContent/Scripts/portal.js").body())
                .contains("if (!json.ok && json.locked) { locked.textContent = json.message; show(locked); return; }");

        simulator.clock().advance(LoginOptions.DEFAULT_LOCK_DURATION.plus(Duration.ofSeconds(1)));
        assertThat(login(PortalClient.PASSWORD, false).path("ok").asBoolean()).isTrue();
    }

    @Test
    void englishPortalUnlessTheLanguageCookieSaysSpanish() {
        simulator.login(LoginOptions.defaults().inEnglish());
        String page = client.get("/STS/Users/Login/Index").body();
        assertThat(page)
                .contains(
                        "<html lang=\"en\">",
                        "<label for=\"txtUserName\" class=\"FieldLabel\">User name</label>",
                        "<label for=\"txtPassword\" class=\"FieldLabel\">Password</label>");
        assertThat(attr(page, "btnLoginButton", "value")).isEqualTo("Log in");
        assertThat(attr(page, "btnButton1", "value")).isEqualTo("Enter");
        String work = client.login("contratista.dos", null);
        assertThat(work)
                .contains(
                        "title=\"My processes\"",
                        ">My contracts</a>",
                        ">Log out</a>",
                        "value=\"OK\"",
                        "Confirmation message")
                .doesNotContain(">Mis contratos</a>");

        client.cookie(Simulator.LANGUAGE_COOKIE, "es-CO");
        String spanish = client.get("/CO1Marketplace/Common/Workarea/Index").body();
        assertThat(spanish)
                .contains("<html lang=\"es\">", "title=\"Mis procesos\"", ">Mis contratos</a>", ">Salir</a>");
        assertThat(attr(client.get("/STS/Users/Login/Index").body(), "btnLoginButton", "value"))
                .isEqualTo("Ingresar");
    }

    @Test
    void theSettingsApiTurnsTheCaptchaAndTheLanguageOn() {
        JsonNode settings = api.post(
                        "settings", "{\"captcha\":\"tras-fallos\",\"captchaAfterFailures\":1," + "\"language\":\"en\"}")
                .json();
        assertThat(settings.path("captchaAfterFailures").asInt()).isEqualTo(1);
        assertThat(settings.path("language").asText()).isEqualTo("en");
        assertThat(login("mala", false).path("message").asText()).isEqualTo("Incorrect user name or password.");
        assertThat(login(PortalClient.PASSWORD, false).path("captcha").asBoolean())
                .isTrue();
        simulator.reset();
        assertThat(api.get("settings").json().path("language").asText()).isEqualTo("es");
    }
}
