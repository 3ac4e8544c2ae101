package co.secop.robot.portal;

import co.secop.robot.simulator.SimulatorOptions;

/** The variant `detalle-en-pestana`: {@link PaymentDetailInOtherWindowTests}. */
class PaymentDetailInNewTabTest extends PaymentDetailInOtherWindowTests {

    @Override
    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults().withVariants("detalle-en-pestana");
    }
}
