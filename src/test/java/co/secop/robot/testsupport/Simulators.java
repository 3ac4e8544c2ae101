package co.secop.robot.testsupport;

import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A simulator per test, closed after it, pass or fail:
 * {@code @RegisterExtension final Simulators simulators = new Simulators();} then
 * {@code simulator = simulators.start(options)} in the test.
 */
public final class Simulators implements AfterEachCallback {

    private Simulator simulator;

    public Simulator start(SimulatorOptions options) {
        if (simulator != null) {
            throw new IllegalStateException("Esta prueba ya inició un simulador.");
        }
        simulator = Simulator.start(options);
        return simulator;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
