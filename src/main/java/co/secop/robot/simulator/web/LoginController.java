package co.secop.robot.simulator.web;

import co.secop.robot.simulator.LoginOptions;
import co.secop.robot.simulator.SimulatorVariant;
import co.secop.robot.simulator.model.Company;
import co.secop.robot.simulator.model.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STS login: {@code /STS/Users/Login/Index}, AJAX {@code LoginAuthenticate}, company choice
 * ({@code CompanySelectedIndexChanged}, {@code ChooseInformation}) and {@code LogOut}.
 */
public final class LoginController {

    public static final String BASE = "/STS/Users/Login/";
    public static final String WORKAREA = "/CO1Marketplace/Common/Workarea/Index";
    /** The login address's language parameter ({@code &currentLanguage=es-CO}, docs/portal.md §1). */
    public static final String LANGUAGE_PARAMETER = "currentLanguage";

    private final WebContext web;
    private final LoginAttempts attempts;

    public LoginController(WebContext web, LoginAttempts attempts) {
        this.web = web;
        this.attempts = attempts;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::root);
        routes.get(BASE + "Index", this::loginPage);
        routes.post(BASE + "LoginAuthenticate", this::authenticate);
        routes.post(BASE + "CompanySelectedIndexChanged", this::companyChanged);
        routes.post(BASE + "ChooseInformation", this::chooseInformation);
        routes.get(BASE + "LogOut", this::logOut);
        routes.get("/CO1BusinessLine/Tendering/ProcedureEdit/LogOut", this::logOut);
        routes.get("/CO1Portal/Tendering/Login", ctx -> ctx.redirect(Guard.LOGIN));
    }

    private void root(Context ctx) {
        boolean signedIn =
                web.sessions().lookup(ctx).active().filter(Session::signedIn).isPresent();
        ctx.redirect(signedIn ? WORKAREA : Guard.LOGIN);
    }

    private void loginPage(Context ctx) {
        boolean expired = "true".equalsIgnoreCase(ctx.queryParam("expired"));
        Texts t = Texts.current();
        String content = """
                <div class="LoginPage">
                  <div class="LoginBanner">
                    <div class="LoginLogo"><span class="LogoSecop">SECOP</span><span class="LogoII">II</span></div>
                    <p>%s</p>
                    <p class="LoginBannerSmall">Colombia Compra Eficiente &middot; Agencia Nacional de Contratación Pública</p>
                  </div>
                  <div class="LoginBox">
                    %s
                    <form id="loginForm" action="#" onsubmit="return false;" autocomplete="off">
                      <h1 class="LoginTitle">%s</h1>
                      <div id="divSessionExpiredMessage" class="SessionExpiredMessage" style="display:%s">%s</div>
                      <div id="divCredentials">
                        <label for="txtUserName" class="FieldLabel">%s</label>
                        <input type="text" id="txtUserName" name="txtUserName" class="VortalTextBox" maxlength="100">
                        <label for="txtPassword" class="FieldLabel">%s</label>
                        <input type="password" id="txtPassword" name="txtPassword" class="VortalTextBox" maxlength="100">
                        <div id="divGoogleReCaptchaDiv" class="ReCaptchaContainer" style="display:%s">%s</div>
                        <span id="spnlblFailureText" class="error-text FailureText" style="display:none"></span>
                        <span id="spnlblAccountLocked" class="error-text AccountLocked" style="display:none"></span>
                        <input type="button" id="btnLoginButton" class="VortalButton VortalBlueButton LoginButton" value="%s">
                        <p class="LoginLinks"><a href="#" id="lnkForgotPassword">%s</a> &middot; <a href="#" id="lnkRegister">%s</a></p>
                      </div>
                      <div id="divCompanySelection" class="CompanySelection" style="display:none">
                        <p class="CompanySelectionTitle">%s</p>
                        <label for="seldpCompany" class="FieldLabel">%s</label>
                        <select id="seldpCompany" name="seldpCompany" class="VortalDropDown"></select>
                        <input type="button" id="btnButton1" class="VortalButton VortalBlueButton" value="%s" title="%s">
                      </div>
                    </form>
                  </div>
                </div>
                """.formatted(
                        Html.esc(t.get("HeaderSubtitle")),
                        web.settings().has(SimulatorVariant.LANGUAGE_BY_SELECTOR) ? languageSelector(t) : "",
                        Html.esc(t.get("LoginTitle")),
                        expired ? "block" : "none",
                        Html.esc(t.get("SessionExpiredLogin")),
                        Html.esc(t.get("UserName")),
                        Html.esc(t.get("Password")),
                        captchaRequired(ctx) ? "block" : "none",
                        captchaBox(t),
                        Html.esc(t.get("LoginButton")),
                        Html.esc(t.get("ForgotPassword")),
                        Html.esc(t.get("Register")),
                        Html.esc(t.get("CompanySelectionTitle")),
                        Html.esc(t.get("Company")),
                        Html.esc(t.get("Enter")),
                        Html.esc(t.get("Enter")));
        ctx.html(Layout.page(t.get("LoginTitle"), "login", null, "", content, Map.of("base", BASE)));
    }

    /** The variant "idioma-por-selector": the language a person chooses before signing in. */
    private static String languageSelector(Texts t) {
        boolean spanish = "es".equals(t.language());
        return """
                <div class="LanguageSelector">
                  <label for="selLanguage">%2$s</label>
                  <select id="selLanguage" name="selLanguage" class="VortalDropDown" onchange="var q = window.location.search.replace(/^[?]/, '').split('&').filter(function (p) { return p && p.indexOf('%1$s=') !== 0; }); q.push('%1$s=' + this.value); window.location.search = '?' + q.join('&');">
                    <option value="en-US"%3$s>English</option>
                    <option value="es-CO"%4$s>Español</option>
                  </select>
                </div>""".formatted(
                        LANGUAGE_PARAMETER,
                        Html.esc(t.get("Language")),
                        spanish ? "" : " selected",
                        spanish ? " selected" : "");
    }

    /** The captcha a person ticks ("No soy un robot"), inside {@code #divGoogleReCaptchaDiv}. */
    private static String captchaBox(Texts t) {
        return """
                <div class="g-recaptcha CaptchaBox" data-sitekey="6LeSimuladorSecopII">
                  <input type="checkbox" id="chkCaptchaCheck" name="chkCaptchaCheck" class="CaptchaCheck">
                  <label for="chkCaptchaCheck">%s</label>
                  <textarea id="txaresponseKey" name="txaresponseKey" class="CaptchaResponse" style="display:none"></textarea>
                </div>""".formatted(Html.esc(t.get("CaptchaLabel")));
    }

    /** True when every "Ingresar" must come with the ticked captcha ({@code --captcha siempre}). */
    private boolean captchaRequired(Context ctx) {
        return web.settings().login().captchaAfterFailures() == 0;
    }

    /**
     * "Ingresar": a locked account is refused whatever the password; a required captcha must be ticked
     * ({@code captchaChecked=true}) before the password is even checked; wrong passwords count towards the
     * captcha and the lock.
     */
    private void authenticate(Context ctx) {
        String name = ctx.formParam("txtUserName");
        Texts texts = Texts.current();
        LoginOptions login = web.settings().login();
        if (attempts.locked(name, web.clock().instant())) {
            ctx.json(Map.of("ok", false, "locked", true, "message", texts.get("AccountLocked")));
            return;
        }
        boolean captcha = attempts.captchaRequired(name, login);
        if (captcha && !"true".equals(ctx.formParam("captchaChecked"))) {
            ctx.json(Map.of("ok", false, "captcha", true, "message", texts.get("CaptchaRequired")));
            return;
        }
        Optional<User> user = web.state().authenticate(name, ctx.formParam("txtPassword"));
        if (user.isEmpty()) {
            if (attempts.failed(name, login, web.clock().instant())) {
                ctx.json(Map.of("ok", false, "locked", true, "message", texts.get("AccountLocked")));
            } else {
                ctx.json(Map.of(
                        "ok",
                        false,
                        "captcha",
                        attempts.captchaRequired(name, login),
                        "message",
                        texts.get("WrongCredentials")));
            }
            return;
        }
        attempts.succeeded(name);
        List<Company> companies = web.state().companiesOf(user.get());
        if (companies.isEmpty()) {
            ctx.json(Map.of("ok", false, "message", "El usuario no está vinculado a ninguna empresa."));
            return;
        }
        Session session = web.sessions().open(ctx, user.get(), companies.get(0).code());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ok", true);
        answer.put(
                "companies",
                companies.stream()
                        .map(c -> Map.of("code", c.code(), "name", c.name()))
                        .toList());
        if (companies.size() == 1) {
            session.signIn(companies.get(0).code());
            answer.put("redirect", WORKAREA);
        }
        ctx.json(answer);
    }

    /** After credentials, before "Entrar": remembers the chosen company. */
    private void companyChanged(Context ctx) {
        Session session = pendingSession(ctx);
        String code = ctx.formParam("companyCode");
        if (code == null || !session.user().belongsTo(code)) {
            ctx.json(Map.of("ok", false, "message", "Seleccione una empresa válida."));
            return;
        }
        session.activeCompanyCode(code);
        ctx.json(Map.of("ok", true));
    }

    /** "Entrar": completes the sign-in with the selected company. */
    private void chooseInformation(Context ctx) {
        Session session = pendingSession(ctx);
        String code = Optional.ofNullable(ctx.formParam("companyCode"))
                .filter(c -> !c.isBlank())
                .orElse(session.activeCompanyCode());
        if (!session.user().belongsTo(code)) {
            ctx.json(Map.of("ok", false, "message", "Seleccione una empresa válida."));
            return;
        }
        session.signIn(code);
        ctx.json(Map.of("ok", true, "redirect", WORKAREA));
    }

    private Session pendingSession(Context ctx) {
        Session session = web.sessions().lookup(ctx).active().orElseThrow(Outcome.AjaxSessionExpired::new);
        web.sessions().touch(session);
        return session;
    }

    private void logOut(Context ctx) {
        web.sessions().close(ctx);
        ctx.redirect(Guard.LOGIN);
    }
}
