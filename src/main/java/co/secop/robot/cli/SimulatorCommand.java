package co.secop.robot.cli;

import co.secop.robot.config.SecopConfig;
import co.secop.robot.simulator.FaultKind;
import co.secop.robot.simulator.FaultSettings;
import co.secop.robot.simulator.LoginOptions;
import co.secop.robot.simulator.PaymentFormMode;
import co.secop.robot.simulator.RenamedField;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.simulator.SimulatorVariant;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./secop simulador}: the bundled imitation of SECOP II, for demos, QA and training. */
@Command(
        name = "simulador",
        description = {
            "Inicia el simulador de SECOP II incluido (en este equipo) y muestra su dirección.",
            "Queda en ejecución hasta Ctrl+C. Con --tasa-fallas imita un portal lento e inestable."
        },
        footerHeading = "%nFallas (--fallas TIPO,TIPO...; por defecto todas). Cada petición elegible falla%n"
                + "con la probabilidad --tasa-fallas, sorteada con --semilla (misma semilla, mismas%n"
                + "fallas). Tipos y peticiones elegibles:%n",
        footer = {
            "  error-500           «Error inesperado» (HTTP 500); la acción NO se aplica.",
            "                      Acciones AJAX (POST) después de iniciar sesión.",
            "  error-tras-guardar  la acción SÍ se guarda pero responde «Error inesperado».",
            "                      «Confirmar», «Enviar», «Borrar» y «Editar».",
            "  sesion-expirada     la sesión expira en mitad del trámite.",
            "                      Acciones AJAX (POST) con la sesión iniciada.",
            "  precargador-lento   el servidor tarda --lentitud-ms: «Por favor, espere» se queda.",
            "                      Peticiones AJAX y cargas de página después de iniciar sesión.",
            "  redibujo            la sección se redibuja al cargar (elementos obsoletos).",
            "                      Recargas AJAX de «Ejecución del Contrato» y de la lista",
            "                      «Mis contratos».",
            "  ventana-tardia      «Anexar documento» abre su ventana --lentitud-ms tarde.",
            "                      La página del formulario «Solicitud de pago».",
            "  carga-fallida       la carga termina en «Error» y no «Documento anexo».",
            "                      La carga de archivos de «Anexar documento».",
            "  clic-tragado        el siguiente clic en un botón lo traga la capa .blockUI.",
            "                      Inicio de sesión, detalle del contrato y recargas de su",
            "                      sección «Ejecución del Contrato».",
            "  estado-ingles       los estados salen en inglés («Sent») y 1,5 s después en",
            "                      español. Recargas AJAX de «Ejecución del Contrato» y de",
            "                      la lista «Mis contratos».",
            "  login-expirado      «Ingresar» responde «sesión expirada» y vuelve al inicio.",
            "                      El «Ingresar» del inicio de sesión.",
            "  caida               el servidor responde HTTP 503 «Service Unavailable» a",
            "                      todo durante --caida-ms. Empieza en una carga de página",
            "                      después de iniciar sesión.",
            "  sicopi-caido        la consulta de la planilla a SICOPI responde «no está",
            "                      disponible». La validación de la planilla de seguridad social.",
            "",
            "La latencia (--latencia-ms más hasta --fluctuacion-ms) se suma a cada petición",
            "al portal, nunca a los archivos estáticos ni a /_mock/api/. Las fallas también",
            "se cambian con POST /_mock/api/faults, por ejemplo",
            "  {\"latencyMs\":200,\"rate\":0.2,\"seed\":7,\"kinds\":[\"error-500\",\"caida\"]}",
            "se consultan con GET /_mock/api/faults y se apagan con DELETE (o rate 0).",
            "",
            "Variantes (--variante V,V...; se combinan entre sí, con --formulario y con las fallas):",
            "  ids-desconocidos          todo id, name y clase CSS no confirmado en el portal real",
            "                            cambia de nombre al azar en cada inicio (--semilla lo fija).",
            "  enviar-sin-confirmacion   «Enviar» envía de una vez, sin caja de confirmación.",
            "  confirmar-con-confirmacion «Confirmar» pregunta con la caja genérica de confirmación.",
            "  crear-con-confirmacion    «Crear» pregunta «¿Desea crear una solicitud de pago?» y, si se",
            "                            acepta, crea un borrador antes de abrir el formulario.",
            "  formulario-pagina         el formulario de pago se abre como página, con «Volver».",
            "  anexos-en-pagina          «Anexar documento» abre un cuadro en la misma página, no la",
            "                            ventana «swip».",
            "  planilla-al-salir         la planilla se valida al salir de su fecha, sin botón «Validar».",
            "  planilla-campos           el bloque de seguridad social son dos campos (una planilla),",
            "                            no una tabla.",
            "  planilla-en-mensajes      la respuesta de SICOPI sale en el panel de mensajes.",
            "  cufe-en-mensajes          la respuesta de la DIAN al «Validar» del CUFE sale en el panel",
            "                            de mensajes.",
            "  cufe-validado             un CUFE válido muestra la etiqueta «Validado» junto al campo.",
            "Seguridad social: el bloque de la planilla sale en los contratos de prestación de servicios",
            "por contratación directa de una persona natural (CPS-2026-0104). --sin-rechazo-planilla deja",
            "confirmar y enviar sin «Consulta exitosa»: así se prueba que el robot, y no el portal, no envía.",
            "Inicio de sesión: --captcha siempre|tras-fallos N pide marcar «No soy un robot»; cinco",
            "contraseñas erradas bloquean la cuenta un rato; --idioma en responde en inglés salvo con",
            "la cookie CurrentLanguage=es-CO.",
            "--renombrar-campo valor-neto (o valor-total, numero-factura, notas) cambia la etiqueta y el id",
            "de ese campo del formulario de pago: así se ve qué dice el robot cuando el portal cambia.",
            "Ejemplo:",
            "  ./secop simulador --latencia-ms 300 --tasa-fallas 0.2 --semilla 7 \\",
            "                    --fallas error-tras-guardar,caida"
        })
public final class SimulatorCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--puerto",
            paramLabel = "N",
            description = "Puerto TCP (0 = uno libre). Por defecto: simulador.puerto.")
    Integer port;

    @Option(
            names = "--formulario",
            paramLabel = "iframe|ventana",
            description = "Cómo se abre el formulario de pago: iframe (ventana modal) o ventana (ventana aparte).")
    String formMode;

    @Option(
            names = "--semilla-datos",
            paramLabel = "ARCHIVO",
            description =
                    "Archivo JSON con los usuarios, contratos y pagos iniciales (por defecto config/simulador-semilla.json).")
    Path seedFile;

    @Option(
            names = "--config",
            paramLabel = "ARCHIVO",
            description = "Archivo de configuración (por defecto config/secop.conf).")
    Path configFile;

    @Option(
            names = "--latencia-ms",
            paramLabel = "MS",
            description = "Demora fija añadida a cada petición al portal (por defecto 0).")
    Long latencyMs;

    @Option(
            names = "--fluctuacion-ms",
            paramLabel = "MS",
            description = "Demora adicional al azar, de 0 a MS, por petición (por defecto la mitad de --latencia-ms).")
    Long jitterMs;

    @Option(
            names = "--tasa-fallas",
            paramLabel = "TASA",
            description = "Probabilidad de falla de cada petición elegible: 0.2 o 20%% (por defecto 0, sin fallas).")
    String rate;

    @Option(
            names = "--semilla",
            paramLabel = "N",
            description = "Semilla del sorteo de fallas: la misma semilla da las mismas fallas (por defecto 2026).")
    Long seed;

    @Option(
            names = "--fallas",
            paramLabel = "TIPO,TIPO...",
            split = ",",
            hideParamSyntax = true,
            description = "Qué fallas pueden ocurrir (ver la lista abajo; por defecto todas).")
    java.util.List<String> kinds;

    @Option(
            names = "--lentitud-ms",
            paramLabel = "MS",
            description = "Duración de «precargador-lento» y retraso de «ventana-tardia» (por defecto 2500).")
    Long slowMs;

    @Option(
            names = "--permitir-numeros-repetidos",
            description =
                    "«Confirmar» acepta un número de factura o pago ya usado en el contrato (no se sabe si el portal real lo rechaza): así se prueba que el robot, y no el portal, evita radicar dos veces.")
    boolean allowRepeatedNumbers;

    @Option(
            names = "--sin-rechazo-planilla",
            description =
                    "«Confirmar» y «Enviar» aceptan una solicitud sin planilla validada («Consulta exitosa»): así se prueba que el robot, y no el portal, no la envía.")
    boolean acceptUnvalidatedPlanillas;

    @Option(
            names = "--caida-ms",
            paramLabel = "MS",
            description = "Cuánto dura una «caida» del servidor (por defecto 4000).")
    Long outageMs;

    @Option(
            names = "--variante",
            paramLabel = "V,V...",
            split = ",",
            hideParamSyntax = true,
            description = "Variantes del portal que imitar (ver la lista abajo).")
    java.util.List<String> variants;

    @Option(
            names = "--captcha",
            paramLabel = "siempre|tras-fallos",
            description = "Pide el captcha «No soy un robot»: siempre, o tras-fallos N (N contraseñas erradas).")
    String captcha;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "N",
            hidden = true,
            description = "Fallos antes del captcha con --captcha tras-fallos.")
    Integer captchaFailures;

    @Option(
            names = "--idioma",
            paramLabel = "es|en",
            description =
                    "Idioma del portal: en responde en inglés salvo con la cookie CurrentLanguage=es-CO (por defecto es).")
    String language;

    @Option(
            names = "--renombrar-campo",
            paramLabel = "CAMPO",
            description = "Cambia la etiqueta, el id y el name de un campo del formulario de pago, como si el portal"
                    + " hubiera cambiado: valor-neto, valor-total, numero-factura o notas.")
    String renamedField;

    @Override
    public Integer call() throws InterruptedException {
        SecopConfig config = SecopConfig.load(Optional.ofNullable(configFile));
        SimulatorOptions options = options(config);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        FaultSettings faults = faults();
        try (Simulator simulator = Simulator.start(options)) {
            simulator.state().acceptUnvalidatedPlanillas(acceptUnvalidatedPlanillas);
            simulator.faults(faults);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                simulator.close();
                                stopped.countDown();
                            },
                            "simulador-cierre"));
            out.println("Simulador de SECOP II en " + simulator.loginUrl());
            out.println(usersLine(seedFile));
            out.println("Supervisor: " + simulator.baseUrl()
                    + "/CO1ContractsManagement/Tendering/ProcurementContractManagement/Index");
            out.println("API de pruebas: " + simulator.baseUrl() + "/_mock/api/payments");
            if (!options.variants().isEmpty()) {
                out.println("Variantes: "
                        + String.join(
                                ", ",
                                options.variants().stream()
                                        .map(SimulatorVariant::code)
                                        .toList())
                        + simulator
                                .namesSeed()
                                .map(s -> " (semilla de nombres " + s + ")")
                                .orElse(""));
            }
            if (options.renamedField() != null) {
                RenamedField field = options.renamedField();
                out.println("Campo renombrado en el formulario de pago: «" + field.label() + "» (" + field.id()
                        + ") ahora es «" + field.newLabel() + "» (" + field.newId() + ")");
            }
            if (!faults.isOff()) {
                out.println("Fallas simuladas: " + faults + " (consulte " + simulator.baseUrl() + "/_mock/api/faults)");
            }
            out.println("Detenga el simulador con Ctrl+C.");
            out.flush();
            stopped.await();
        }
        return SecopCli.OK;
    }

    /** The demo password is shown only for the bundled seed: another seed file has its own users and passwords. */
    static String usersLine(Path seedFile) {
        return seedFile == null
                ? "Usuarios de prueba (contraseña " + DemoCommand.DEMO_PASSWORD
                        + "): contratista.demo, contratista.dos, supervisor.demo"
                : "Usuarios y contraseñas: los del archivo de datos " + seedFile.getFileName()
                        + " (no se muestran aquí).";
    }

    SimulatorOptions options(SecopConfig config) {
        SimulatorOptions options = SimulatorOptions.defaults()
                .withPort(port != null ? port : config.integer("simulador.puerto"))
                .withPaymentFormMode(formMode(formMode != null ? formMode : config.string("simulador.formulario-pago")))
                .withSessionIdle(config.duration("simulador.sesion-inactividad"))
                .withMaxUploadBytes(config.bytes("simulador.tamano-maximo-adjunto"))
                .withRepeatedNumbersAllowed(allowRepeatedNumbers);
        try {
            options = options.withVariants(SimulatorVariant.parse(variants == null ? java.util.List.of() : variants))
                    .withLogin(login())
                    .withRenamedField(RenamedField.parse(renamedField));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("Opciones del simulador inválidas: " + e.getMessage());
        }
        if (seed != null) {
            options = options.withNamesSeed(seed);
        }
        return seedFile == null ? options : options.withSeedFile(seedFile);
    }

    private LoginOptions login() {
        if (captchaFailures != null && !"tras-fallos".equalsIgnoreCase(captcha == null ? "" : captcha.strip())) {
            throw new IllegalArgumentException(
                    "el número " + captchaFailures + " sobra: solo va después de --captcha tras-fallos");
        }
        LoginOptions login = LoginOptions.parseCaptcha(LoginOptions.defaults(), captcha, captchaFailures);
        String lang = language == null ? "es" : language.strip().toLowerCase(Locale.ROOT);
        return switch (lang) {
            case "es" -> login;
            case "en" -> login.inEnglish();
            default -> throw new IllegalArgumentException("el idioma «" + language + "» no existe: use es o en");
        };
    }

    /** The fault options; all absent = {@link FaultSettings#off()}. */
    public FaultSettings faults() {
        double chance;
        try {
            chance = rate(rate);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("Opciones de fallas inválidas: " + e.getMessage());
        }
        if (kinds != null && !kinds.isEmpty() && chance == 0) {
            throw new UserFacingException(
                    "--fallas solo elige los tipos: indique también --tasa-fallas (por ejemplo 0.2).");
        }
        try {
            long latency = latencyMs == null ? 0 : latencyMs;
            return new FaultSettings(
                    latency,
                    jitterMs == null ? latency / 2 : jitterMs,
                    chance,
                    seed == null ? FaultSettings.DEFAULT_SEED : seed,
                    FaultKind.parse(kinds),
                    slowMs == null ? FaultSettings.DEFAULT_SLOW_MS : slowMs,
                    outageMs == null ? FaultSettings.DEFAULT_OUTAGE_MS : outageMs);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("Opciones de fallas inválidas: " + e.getMessage());
        }
    }

    /** "0.2", "0,2" or "20%" → 0.2; null → 0. */
    static double rate(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String t = text.strip().replace(',', '.');
        try {
            return t.endsWith("%")
                    ? Double.parseDouble(t.substring(0, t.length() - 1).strip()) / 100
                    : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("la tasa de fallas «" + text + "» no es un número (use 0.2 o 20%)");
        }
    }

    static PaymentFormMode formMode(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "iframe", "modal" -> PaymentFormMode.IFRAME;
            case "ventana", "window" -> PaymentFormMode.WINDOW;
            default ->
                throw new UserFacingException("El modo de formulario «" + text + "» no existe: use iframe o ventana.");
        };
    }
}
