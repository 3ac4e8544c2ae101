package co.secop.robot.cli;

import co.secop.robot.batch.Evidence;
import co.secop.robot.batch.RequestState;
import co.secop.robot.batch.StatusMemory;
import co.secop.robot.batch.StatusReader;
import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.format.SecretMasker;
import co.secop.robot.notification.NotificationException;
import co.secop.robot.notification.SmtpSettings;
import co.secop.robot.notification.SupervisorMailer;
import co.secop.robot.portal.PortalSession;
import co.secop.robot.report.RunFolder;
import co.secop.robot.report.RunIndex;
import co.secop.robot.report.StatusReport;
import co.secop.robot.spreadsheet.Problem;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./secop estado [HOJA]}: what SECOP II shows for each payment request, without changing anything. */
@Command(
        name = "estado",
        description = {
            "Consulta en SECOP II, sin cambiar nada, el estado de cada solicitud de pago del plan de pagos de los",
            "contratos de la hoja (o, sin hoja, de todos sus contratos «En ejecución», en cada empresa de la cuenta):",
            "número, periodo, valor, estado como lo escribe el portal, fecha del último cambio y motivo de un",
            "«Rechazado». Marca «nuevo:» lo que cambió desde la consulta anterior y deja estado.html y estado.xlsx."
        })
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    SheetArguments sheet;

    @Option(
            names = "--portal",
            paramLabel = "URL",
            description = "Página de inicio de sesión del portal (por defecto portal.url).")
    String portal;

    @Option(
            names = "--correo",
            description = "Si algo cambió, le envía un correo con el resumen (a correo.contratista o"
                    + " SECOP_CORREO_CONTRATISTA, por el servidor de correo.servidor); una sola vez por cambio.")
    boolean mail;

    @Mixin
    BrowserSessionOptions browser;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    /**
     * One {@code estado}.
     *
     * @param loaded     the sheet, or null to read every contract «En ejecución» of the account
     * @param memoryFile what the last reading of this account saw
     * @param outputBase where the {@code estado-<fecha>} folder goes
     * @param mailTo     the contractor's address when {@code --correo}
     */
    record Request(
            String loginUrl,
            Credentials credentials,
            PaymentSheetLoader.Loaded loaded,
            BrowserSessionOptions session,
            Path memoryFile,
            Path outputBase,
            Optional<String> mailTo,
            SmtpSettings smtp) {}

    @Override
    public Integer call() {
        RobotConfiguration settings = config.load();
        String loginUrl = Optional.ofNullable(portal).orElse(settings.loginUrl());
        settings.checkedLoginUrl(loginUrl);
        PaymentSheetLoader.Loaded loaded =
                sheet.given() ? sheet.load("estado", settings.maxZipBytes(), settings.fieldLimits()) : null;
        SmtpSettings smtp = settings.smtp();
        Optional<String> mailTo = Optional.empty();
        if (mail) {
            mailTo = Optional.of(settings.contractorEmail()
                    .orElseThrow(() -> new UserFacingException("Para --correo falta su dirección: escríbala en "
                            + "correo.contratista de config/secop.conf o en la variable SECOP_CORREO_CONTRATISTA.")));
            if (!smtp.configured()) {
                throw new UserFacingException("Para --correo falta el servidor de correo: configure correo.servidor"
                        + " (o SECOP_SMTP_HOST) como para el correo al supervisor.");
            }
        }
        Credentials credentials = Credentials.fromEnvironmentOrPrompt(System.getenv(), System::console);
        return run(
                spec.commandLine().getOut(),
                settings,
                new Request(
                        loginUrl,
                        credentials,
                        loaded,
                        browser,
                        settings.statusMemoryFile(loginUrl, credentials.user()),
                        settings.outputBase(),
                        mailTo,
                        smtp));
    }

    static int run(PrintWriter out, RobotConfiguration settings, Request request) {
        PaymentSheetLoader.Loaded loaded = request.loaded();
        if (loaded != null) {
            for (Problem problem : loaded.report().problems()) {
                out.println(problem.describe() + " (la fila no se consulta)");
            }
        }
        BrowserSettings browserSettings = request.session().browser(settings);
        LocalDateTime startedAt = LocalDateTime.now();
        Path folder = request.outputBase().resolve("estado-" + startedAt.format(STAMP));
        Path evidenceDir = folder.resolve(RunFolder.EVIDENCE_DIR);
        Credentials credentials = request.credentials();
        Evidence evidence = new Evidence(folder, evidenceDir, new SecretMasker().register(credentials.password()));
        StatusReader.Reading reading;
        try (PortalSession portal =
                PortalSession.open(browserSettings, request.session().portal(settings, browserSettings, out))) {
            StatusReader reader = new StatusReader(
                    portal,
                    request.loginUrl(),
                    credentials.user(),
                    credentials.password(),
                    settings.preferredCompany(),
                    Optional.of(evidence));
            reading = loaded == null
                    ? reader.readAccount()
                    : reader.readSheet(loaded.report().validRows());
        }
        StatusMemory memory = StatusMemory.load(request.memoryFile());
        List<RequestState> requests = memory.remember(reading.requests());
        for (StatusReader.RowState state : reading.rows()) {
            out.println("Fila " + state.row().rowNumber() + " · " + state.row().contract() + " · "
                    + state.row().number()
                    + " → " + state.state()
                    + state.paymentId().map(id -> " (" + id + ")").orElse("")
                    + state.reason()
                            .map(r -> "\n    Motivo del supervisor: " + r)
                            .orElse(""));
        }
        if (!reading.rows().isEmpty()) {
            out.println();
        }
        String cargar = loaded == null
                ? Launcher.command("cargar <su hoja de pagos>")
                : Launcher.command("cargar " + shellQuoted(loaded.sheet().file()));
        StatusReport report = new StatusReport(requests, cargar);
        out.print(report.text());
        reading.failures().forEach(out::println);
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new UserFacingException("No se pudo crear la carpeta «" + folder + "»: " + e.getMessage(), e);
        }
        Path html = report.writeHtml(folder, startedAt);
        Path xlsx = report.writeWorkbook(folder);
        RunIndex.writeStatusSummary(
                folder,
                "Consulta de estado: "
                        + (loaded == null
                                ? "toda la cuenta"
                                : loaded.sheet().file().getFileName()),
                startedAt,
                LocalDateTime.now());
        Path index = RunIndex.update(request.outputBase());
        out.println("Resultados: " + html.toAbsolutePath() + " y " + xlsx.getFileName() + " (índice: " + index + ")");
        if (Files.isDirectory(evidenceDir)) {
            out.println("Capturas y copias de las páginas (con sus iframes y ventanas) de lo que no se pudo leer: "
                    + evidenceDir.toAbsolutePath());
        }
        if (request.mailTo().isPresent()) {
            mail(out, request, memory, report, requests);
        }
        memory.save(request.memoryFile());
        out.flush();
        boolean problems = (loaded != null && loaded.report().hasProblems())
                || !reading.failures().isEmpty();
        return problems ? SecopCli.SOME_FAILED : SecopCli.OK;
    }

    /** One summary of what the contractor was not yet told; recorded only once the server took it. */
    private static void mail(
            PrintWriter out, Request request, StatusMemory memory, StatusReport report, List<RequestState> requests) {
        List<RequestState> untold = memory.notMailed(requests);
        if (untold.isEmpty()) {
            out.println("Correo: nada nuevo que contarle.");
            return;
        }
        StringBuilder body = new StringBuilder("Cambios en sus solicitudes de pago de SECOP II:\n\n");
        for (RequestState change : untold) {
            body.append("- Contrato ")
                    .append(change.contract())
                    .append(", número ")
                    .append(change.number().isEmpty() ? change.paymentId() : change.number())
                    .append(" (")
                    .append(change.totalValue())
                    .append("): ")
                    .append(change.state())
                    .append(change.lastChange()
                            .map(at -> " desde el " + at.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")))
                            .orElse(""))
                    .append('\n');
            change.reason()
                    .ifPresent(r ->
                            body.append("  Motivo de la entidad: ").append(r).append('\n'));
            report.whatToDo(change)
                    .ifPresent(todo -> body.append("  Qué hacer: ").append(todo).append('\n'));
        }
        body.append("\nEstado completo (sin cambiar nada en el portal):\n\n").append(report.text());
        String what = untold.stream()
                .map(r -> r.contract() + "/" + r.paymentId() + "/" + r.state())
                .sorted()
                .collect(Collectors.joining("\n"));
        String subject = "SECOP II: " + untold.size()
                + (untold.size() == 1 ? " solicitud de pago cambió" : " solicitudes de pago cambiaron") + " ("
                + untold.stream().map(RequestState::state).distinct().collect(Collectors.joining(", ")) + ")";
        try {
            new SupervisorMailer(request.smtp())
                    .sendText(
                            request.mailTo().get(),
                            subject,
                            body.toString(),
                            "<estado-" + sha256(what) + "@secop-robot>");
            memory.mailed(untold);
            out.println("Correo enviado a " + request.mailTo().get() + " con " + untold.size()
                    + (untold.size() == 1 ? " cambio." : " cambios."));
        } catch (NotificationException e) {
            out.println(e.getMessage() + " Se intentará de nuevo en la próxima consulta con --correo.");
        }
    }

    /** The path ready to paste in the launcher's shell: {@code 'mis pagos.xlsx'} (or {@code "..."} on Windows). */
    static String shellQuoted(Path path) {
        String text = path.toString();
        if (text.matches("[\\p{L}\\p{N}_./:@%+=,-]+")) {
            return text;
        }
        if (Launcher.name().toLowerCase(java.util.Locale.ROOT).endsWith(".cmd")) {
            return "\"" + text + "\"";
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
