package co.secop.robot.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Start-up options of the simulator.
 *
 * @param port             TCP port on 127.0.0.1; 0 picks a free one
 * @param seedFile         seed JSON on disk; {@code null} = classpath {@code config/simulador-semilla.json}
 * @param paymentFormMode  how the payment request form opens (modal iframe or window)
 * @param sessionIdle      idle time after which a session expires
 * @param maxUploadBytes   largest document the upload window accepts
 * @param variants         the unknown shapes of the portal to imitate ({@code --variante})
 * @param namesSeed        seed of the random names of {@link SimulatorVariant#UNKNOWN_IDS}; {@code null} = new names
 *                         at each start
 * @param login            captcha, account lock and language of the login ({@link LoginOptions})
 * @param allowRepeatedNumbers «Confirmar» accepts a number already used in the contract (the real portal's check
 *                         is not verified): the robot's own guard against sending twice is then all there is
 * @param renamedField     the payment form's field whose label, id and name the portal "changed"
 *                         ({@code --renombrar-campo}); {@code null} = none
 */
public record SimulatorOptions(
        int port,
        Path seedFile,
        PaymentFormMode paymentFormMode,
        Duration sessionIdle,
        long maxUploadBytes,
        Set<SimulatorVariant> variants,
        Long namesSeed,
        LoginOptions login,
        boolean allowRepeatedNumbers,
        RenamedField renamedField) {

    public static final Duration DEFAULT_SESSION_IDLE = Duration.ofMinutes(30);
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    public SimulatorOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("puerto inválido: " + port);
        }
        paymentFormMode = paymentFormMode == null ? PaymentFormMode.IFRAME : paymentFormMode;
        sessionIdle = sessionIdle == null ? DEFAULT_SESSION_IDLE : sessionIdle;
        if (sessionIdle.isNegative() || sessionIdle.isZero()) {
            throw new IllegalArgumentException("el tiempo de inactividad de la sesión debe ser positivo");
        }
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("el tamaño máximo de carga debe ser positivo");
        }
        variants = variants == null || variants.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(variants));
        login = login == null ? LoginOptions.defaults() : login;
    }

    /** Options without variants and with the default login (no captcha, Spanish). */
    public SimulatorOptions(
            int port, Path seedFile, PaymentFormMode paymentFormMode, Duration sessionIdle, long maxUploadBytes) {
        this(
                port,
                seedFile,
                paymentFormMode,
                sessionIdle,
                maxUploadBytes,
                Set.of(),
                null,
                LoginOptions.defaults(),
                false,
                null);
    }

    public SimulatorOptions withRepeatedNumbersAllowed(boolean allowed) {
        return new SimulatorOptions(
                port,
                seedFile,
                paymentFormMode,
                sessionIdle,
                maxUploadBytes,
                variants,
                namesSeed,
                login,
                allowed,
                renamedField);
    }

    public static SimulatorOptions defaults() {
        return new SimulatorOptions(
                0,
                null,
                PaymentFormMode.IFRAME,
                DEFAULT_SESSION_IDLE,
                DEFAULT_MAX_UPLOAD_BYTES,
                Set.of(),
                null,
                LoginOptions.defaults(),
                false,
                null);
    }

    public SimulatorOptions withPort(int newPort) {
        return new SimulatorOptions(
                newPort,
                seedFile,
                paymentFormMode,
                sessionIdle,
                maxUploadBytes,
                variants,
                namesSeed,
                login,
                allowRepeatedNumbers,
                renamedField);
    }

    public SimulatorOptions withSeedFile(Path newSeedFile) {
        return new SimulatorOptions(
                port,
                newSeedFile,
                paymentFormMode,
                sessionIdle,
                maxUploadBytes,
                variants,
                namesSeed,
                login,
                allowRepeatedNumbers,
                renamedField);
    }

    public SimulatorOptions withPaymentFormMode(PaymentFormMode mode) {
        return new SimulatorOptions(
                port,
                seedFile,
                Objects.requireNonNull(mode),
                sessionIdle,
                maxUploadBytes,
                variants,
                namesSeed,
                login,
                allowRepeatedNumbers,
                renamedField);
    }

    public SimulatorOptions withSessionIdle(Duration idle) {
        return new SimulatorOptions(
                port,
                seedFile,
                paymentFormMode,
                Objects.requireNonNull(idle),
                maxUploadBytes,
                variants,
                namesSeed,
                login,
                allowRepeatedNumbers,
                renamedField);
    }

    public SimulatorOptions withMaxUploadBytes(long bytes) {
        return new SimulatorOptions(
                port,
                seedFile,
                paymentFormMode,
                sessionIdle,
                bytes,
                variants,
                namesSeed,
                login,
                allowRepeatedNumbers,
                renamedField);
    }

    /** These variants (replacing any given before). */
    public SimulatorOptions withVariants(Set<SimulatorVariant> newVariants) {
        return new SimulatorOptions(
                port,
                seedFile,
                paymentFormMode,
                sessionIdle,
                maxUploadBytes,
                newVariants,
                namesSeed,
                login,
                allowRepeatedNumbers,
                renamedField);
    }

    /** The variants of a {@code --variante} text: {@code "ids-desconocidos,formulario-pagina"}. */
    public SimulatorOptions withVariants(String codes) {
        return withVariants(SimulatorVariant.parse(codes));
    }

    public SimulatorOptions withVariants(SimulatorVariant... newVariants) {
        return withVariants(Set.of(newVariants));
    }

    /** The seed of the random names of {@link SimulatorVariant#UNKNOWN_IDS} (the same seed gives the same names). */
    public SimulatorOptions withNamesSeed(long seed) {
        return new SimulatorOptions(
                port,
                seedFile,
                paymentFormMode,
                sessionIdle,
                maxUploadBytes,
                variants,
                seed,
                login,
                allowRepeatedNumbers,
                renamedField);
    }

    public SimulatorOptions withLogin(LoginOptions newLogin) {
        return new SimulatorOptions(
                port,
                seedFile,
                paymentFormMode,
                sessionIdle,
                maxUploadBytes,
                variants,
                namesSeed,
                Objects.requireNonNull(newLogin),
                allowRepeatedNumbers,
                renamedField);
    }

    /** The payment form shows {@code field} with another label, id and name ({@code null} = none renamed). */
    public SimulatorOptions withRenamedField(RenamedField field) {
        return new SimulatorOptions(
                port,
                seedFile,
                paymentFormMode,
                sessionIdle,
                maxUploadBytes,
                variants,
                namesSeed,
                login,
                allowRepeatedNumbers,
                field);
    }

    public boolean has(SimulatorVariant variant) {
        return variants.contains(variant);
    }
}
