package co.secop.robot.qa.steps;

import co.secop.robot.qa.BrowserHolder;
import co.secop.robot.qa.QaConfig;
import co.secop.robot.qa.QaWorld;
import io.cucumber.java.After;
import io.cucumber.java.AfterStep;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;

/**
 * Scenario start (skips {@code @simulador} scenarios against a test portal) and the screenshots QA reads in
 * the reports: one on the failed step, one of the last step. The browser and the simulator are closed
 * afterwards by PicoContainer ({@code Disposable}), pass or fail.
 */
public class Hooks {

    private final QaWorld world;
    private final BrowserHolder browser;
    private boolean failureCaptured;

    public Hooks(QaWorld world, BrowserHolder browser) {
        this.world = world;
        this.browser = browser;
    }

    @Before(order = 0)
    public void startScenario(Scenario scenario) {
        world.scenario = scenario;
        if (!QaConfig.simulated() && scenario.getSourceTagNames().contains(QaConfig.SIMULATOR_TAG)) {
            throw new TestAbortedException(
                    "Escenario " + QaConfig.SIMULATOR_TAG + " omitido: las pruebas corren contra "
                            + QaConfig.portalUrl().orElseThrow() + " y este escenario necesita la API del simulador.");
        }
    }

    @AfterStep
    public void screenshotOfFailedStep(Scenario scenario) {
        if (scenario.isFailed() && !failureCaptured) {
            failureCaptured = true;
            browser.screenshot().ifPresent(png -> scenario.attach(png, "image/png", "Captura del paso fallido"));
        }
    }

    @After
    public void screenshotOfLastStep(Scenario scenario) {
        browser.screenshot()
                .ifPresent(png -> scenario.attach(
                        png,
                        "image/png",
                        "Captura al final del escenario (" + (scenario.isFailed() ? "falló" : "pasó") + ")"));
    }
}
