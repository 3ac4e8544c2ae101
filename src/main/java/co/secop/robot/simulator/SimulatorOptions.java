package co.secop.robot.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Start-up options of the simulator.
 *
 * @param port            TCP port on 127.0.0.1; 0 picks a free one
 * @param seedFile        seed JSON on disk; {@code null} = classpath {@code config/simulador-semilla.json}
 * @param paymentFormMode how the payment request form opens (modal iframe or window)
 * @param sessionIdle     idle time after which a session expires
 * @param maxUploadBytes  largest document the upload window accepts
 * @param allowRepeatedNumbers «Confirmar» accepts a number already used in the contract (the real portal's check
 *                        is not verified): the robot's own guard against sending twice is then all there is
 */
public record SimulatorOptions(int port, Path seedFile, PaymentFormMode paymentFormMode, Duration sessionIdle,
                               long maxUploadBytes, boolean allowRepeatedNumbers) {

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
    }

    public SimulatorOptions(int port, Path seedFile, PaymentFormMode paymentFormMode, Duration sessionIdle,
                            long maxUploadBytes) {
        this(port, seedFile, paymentFormMode, sessionIdle, maxUploadBytes, false);
    }

    public SimulatorOptions withRepeatedNumbersAllowed(boolean allowed) {
        return new SimulatorOptions(port, seedFile, paymentFormMode, sessionIdle, maxUploadBytes, allowed);
    }

    public static SimulatorOptions defaults() {
        return new SimulatorOptions(0, null, PaymentFormMode.IFRAME, DEFAULT_SESSION_IDLE, DEFAULT_MAX_UPLOAD_BYTES);
    }

    public SimulatorOptions withPort(int newPort) {
        return new SimulatorOptions(newPort, seedFile, paymentFormMode, sessionIdle, maxUploadBytes, allowRepeatedNumbers);
    }

    public SimulatorOptions withSeedFile(Path newSeedFile) {
        return new SimulatorOptions(port, newSeedFile, paymentFormMode, sessionIdle, maxUploadBytes, allowRepeatedNumbers);
    }

    public SimulatorOptions withPaymentFormMode(PaymentFormMode mode) {
        return new SimulatorOptions(port, seedFile, Objects.requireNonNull(mode), sessionIdle, maxUploadBytes, allowRepeatedNumbers);
    }

    public SimulatorOptions withSessionIdle(Duration idle) {
        return new SimulatorOptions(port, seedFile, paymentFormMode, Objects.requireNonNull(idle), maxUploadBytes, allowRepeatedNumbers);
    }

    public SimulatorOptions withMaxUploadBytes(long bytes) {
        return new SimulatorOptions(port, seedFile, paymentFormMode, sessionIdle, bytes, allowRepeatedNumbers);
    }
}
