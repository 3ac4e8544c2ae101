package co.secop.robot.portal;

import co.secop.robot.simulator.SimulatorOptions;

/** The variant `detalle-en-ventana`: {@link PaymentDetailInOtherWindowTests}. */
class PaymentDetailInPopupTest extends PaymentDetailInOtherWindowTests {

    @Override
    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults().withVariants("detalle-en-ventana");
    }
}
