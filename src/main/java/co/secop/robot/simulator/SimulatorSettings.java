package co.secop.robot.simulator;

import java.time.Duration;

/**
 * The settings that can change while the simulator runs ({@code POST /_mock/api/settings}).
 * Start from the {@link SimulatorOptions}; {@link #restore()} goes back to them.
 */
public final class SimulatorSettings {

    private final SimulatorOptions options;
    private volatile PaymentFormMode paymentFormMode;
    private volatile Duration sessionIdle;
    private volatile LoginOptions login;

    public SimulatorSettings(SimulatorOptions options) {
        this.options = options;
        restore();
    }

    public void restore() {
        paymentFormMode = options.has(SimulatorVariant.FORM_AS_PAGE) ? PaymentFormMode.PAGE : options.paymentFormMode();
        sessionIdle = options.sessionIdle();
        login = options.login();
    }

    public PaymentFormMode paymentFormMode() {
        return paymentFormMode;
    }

    public void paymentFormMode(PaymentFormMode mode) {
        paymentFormMode = mode;
    }

    public Duration sessionIdle() {
        return sessionIdle;
    }

    public void sessionIdle(Duration idle) {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("el tiempo de inactividad de la sesión debe ser positivo");
        }
        sessionIdle = idle;
    }

    /** Captcha, account lock and language of the login (changeable while running). */
    public LoginOptions login() {
        return login;
    }

    public void login(LoginOptions newLogin) {
        login = java.util.Objects.requireNonNull(newLogin);
    }

    /** The start-up options (variants, login behaviour). */
    public SimulatorOptions options() {
        return options;
    }

    public boolean has(SimulatorVariant variant) {
        return options.has(variant);
    }

    public long maxUploadBytes() {
        return options.maxUploadBytes();
    }
}
