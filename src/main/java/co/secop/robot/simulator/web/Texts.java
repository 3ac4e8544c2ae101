package co.secop.robot.simulator.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The texts a person reads on the shell, the header, the login page and the script-built boxes, in the
 * language of the current request (Spanish unless the simulator answers in English, see
 * {@code SimulatorOptions#language}). The page carries them as {@code NextWay.Localization}, as the real
 * portal does, and portal.js builds the session-timeout warning and the confirmation questions from it.
 */
public final class Texts {

    private static final Map<String, String> ES = new LinkedHashMap<>();
    private static final Map<String, String> EN = new LinkedHashMap<>();
    private static final ThreadLocal<Texts> CURRENT = new ThreadLocal<>();

    public static final Texts SPANISH = new Texts("es", ES);
    public static final Texts ENGLISH = new Texts("en", EN);

    static {
        put("PleaseWait", "Por favor, espere . ", "Please wait . ");
        put("HeaderSubtitle", "Sistema Electrónico de Contratación Pública", "Electronic Public Procurement System");
        put("UserOptions", "Opciones del usuario", "User options");
        put("User", "Usuario", "User");
        put("MyProfile", "Mi perfil", "My profile");
        put("LogOut", "Salir", "Log out");
        put("Desktop", "Escritorio", "Desk");
        put("Search", "Buscar...", "Search...");
        put("MenuContracts", "Contratos", "Contracts");
        put("MenuMyProcesses", "Mis procesos", "My processes");
        put("MenuMyOffers", "Mis ofertas", "My offers");
        put("MenuMyContracts", "Mis contratos", "My contracts");
        put("ConfirmTitle", "Mensaje de confirmación", "Confirmation message");
        put("Close", "Cerrar", "Close");
        put("Cancel", "Cancelar", "Cancel");
        put("Accept", "Aceptar", "OK");
        put("LoginTitle", "Ingresar", "Log in");
        put("UserName", "Usuario", "User name");
        put("Password", "Contraseña", "Password");
        put("LoginButton", "Ingresar", "Log in");
        put("ForgotPassword", "¿Olvidó su contraseña?", "Forgot your password?");
        put("Register", "Registro", "Register");
        put(
                "CompanySelectionTitle",
                "Seleccione la empresa con la que desea ingresar",
                "Select the company you want to log in with");
        put("Company", "Empresa", "Company");
        put("Enter", "Entrar", "Enter");
        put(
                "SessionExpiredLogin",
                "La sesión ha expirado por inactividad.",
                "The session has expired due to inactivity.");
        put("WrongCredentials", "Usuario o contraseña incorrectos.", "Incorrect user name or password.");
        put(
                "AccountLocked",
                "Su cuenta ha sido bloqueada temporalmente por exceder el número de intentos fallidos. "
                        + "Intente de nuevo más tarde.",
                "Your account has been temporarily locked after too many failed "
                        + "attempts. Please try again later.");
        put("CaptchaLabel", "No soy un robot", "I'm not a robot");
        put("Language", "Idioma", "Language");
        put(
                "CaptchaRequired",
                "Marque la casilla «No soy un robot» para continuar.",
                "Tick the box «I'm not a robot» to continue.");
        put("SessionTimeoutTextTitle", "Alerta", "Alert");
        put("SessionTimeoutTextWarning", "Advertencia", "Warning");
        put("SessionTimeoutTextHeader", "La sesión ha expirado", "The session has expired");
        put(
                "SessionTimeoutTextInactivity",
                "La sesión ha expirado por inactividad.",
                "The session has expired due to inactivity.");
        put(
                "SessionTimeoutTextSecurity",
                "Por razones de seguridad la sesión ha terminado.",
                "For security reasons the session has ended.");
        put("SessionTimeoutTextClick", "Para iniciar la sesión hacer clic", "To log in again click");
        put("SessionTimeoutTextHere", "Aquí", "Here");
        put(
                "ConfirmSendPayment",
                "¿Está seguro de enviar la solicitud de pago a la entidad estatal?",
                "Are you sure you want to send the payment request to the state entity?");
        put(
                "ConfirmDeletePayment",
                "¿Está seguro de borrar la solicitud de pago? Esta acción no se puede deshacer.",
                "Are you sure you want to delete the payment request? This cannot be undone.");
        put("ConfirmCreatePayment", "¿Desea crear una solicitud de pago?", "Do you want to create a payment request?");
        put(
                "ConfirmRemoveDocument",
                "¿Desea eliminar el documento «{0}» de la solicitud de pago?",
                "Do you want to remove the document «{0}» from the payment request?");
        put(
                "ConfirmPaymentRequest",
                "¿Está seguro de confirmar la solicitud de pago?",
                "Are you sure you want to confirm the payment request?");
    }

    private final String language;
    private final Map<String, String> texts;

    private Texts(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    private static void put(String key, String spanish, String english) {
        ES.put(key, spanish);
        EN.put(key, english);
    }

    /** The texts of the request being answered (Spanish when none was chosen). */
    public static Texts current() {
        Texts texts = CURRENT.get();
        return texts == null ? SPANISH : texts;
    }

    /** Chooses the language of the request running on this thread; {@code null} clears it. */
    public static void use(Texts texts) {
        if (texts == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(texts);
        }
    }

    public String language() {
        return language;
    }

    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("texto desconocido: " + key);
        }
        return text;
    }

    /** {@code window.NextWay = {Localization: {...}};} with every text of this language. */
    String localizationScript() {
        StringBuilder js = new StringBuilder("window.NextWay = {Localization: {");
        boolean first = true;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            js.append(first ? "" : ", ")
                    .append(e.getKey())
                    .append(": \"")
                    .append(jsString(e.getValue()))
                    .append('"');
            first = false;
        }
        return js.append("}};").toString();
    }

    private static String jsString(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
