package co.secop.robot.qa;

import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.MockPortalApi;
import org.picocontainer.Disposable;

/**
 * The portal of one scenario: a simulator of its own on a free port (started on first use, stopped when
 * the scenario ends, pass or fail), or the test portal given with {@code -Dsecop.qa.portal}.
 */
public final class PortalUnderTest implements Disposable {

    private Simulator simulator;
    private MockPortalApi api;

    public boolean simulated() {
        return QaConfig.simulated();
    }

    public synchronized String loginUrl() {
        return QaConfig.portalUrl().orElseGet(() -> simulator().loginUrl());
    }

    public synchronized Simulator simulator() {
        if (!simulated()) {
            throw new IllegalStateException("Este paso necesita el simulador (etiqueta " + QaConfig.SIMULATOR_TAG
                    + ") y las pruebas corren contra " + QaConfig.portalUrl().orElseThrow() + ".");
        }
        if (simulator == null) {
            simulator = Simulator.start(SimulatorOptions.defaults().withPort(0));
        }
        return simulator;
    }

    /** The mock API of this scenario's simulator. */
    public synchronized MockPortalApi api() {
        if (api == null) {
            api = new MockPortalApi(simulator().baseUrl());
        }
        return api;
    }

    @Override
    public synchronized void dispose() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
