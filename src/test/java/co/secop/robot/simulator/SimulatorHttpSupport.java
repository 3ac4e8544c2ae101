package co.secop.robot.simulator;

import co.secop.robot.testsupport.MockPortalApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * One simulator per test class over plain HTTP: reset (clock included) before each test, with a fresh
 * cookie-keeping {@link PortalClient} for the portal's pages and the {@link MockPortalApi} for {@code /_mock/api/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SimulatorHttpSupport {

    protected Simulator simulator;
    protected MockPortalApi api;
    protected PortalClient client;

    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults();
    }

    @BeforeAll
    void startSimulator() {
        simulator = Simulator.start(simulatorOptions());
        api = new MockPortalApi(simulator.baseUrl());
    }

    @AfterAll
    void stopSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @BeforeEach
    void freshSimulator() {
        simulator.reset();
        simulator.clock().resetOffset();
        client = new PortalClient(simulator);
    }
}
