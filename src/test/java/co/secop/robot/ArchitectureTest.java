package co.secop.robot;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * The one-way chain of docs/arquitectura.md: cli → config → run → report → trace → batch →
 * {portal, spreadsheet, notification} → {browser, format}; the simulator stands apart.
 */
@AnalyzeClasses(packages = "co.secop.robot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ROBOT_PACKAGES = {
        "co.secop.robot.cli..",
        "co.secop.robot.config..",
        "co.secop.robot.run..",
        "co.secop.robot.report..",
        "co.secop.robot.trace..",
        "co.secop.robot.batch..",
        "co.secop.robot.portal..",
        "co.secop.robot.spreadsheet..",
        "co.secop.robot.notification..",
        "co.secop.robot.browser..",
        "co.secop.robot.format.."
    };

    @ArchTest
    static final ArchRule packagesDependOnlyDownTheChain = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("cli")
            .definedBy("co.secop.robot.cli..")
            .layer("config")
            .definedBy("co.secop.robot.config..")
            .layer("run")
            .definedBy("co.secop.robot.run..")
            .layer("report")
            .definedBy("co.secop.robot.report..")
            .layer("trace")
            .definedBy("co.secop.robot.trace..")
            .layer("batch")
            .definedBy("co.secop.robot.batch..")
            .layer("portal")
            .definedBy("co.secop.robot.portal..")
            .layer("spreadsheet")
            .definedBy("co.secop.robot.spreadsheet..")
            .layer("notification")
            .definedBy("co.secop.robot.notification..")
            .layer("browser")
            .definedBy("co.secop.robot.browser..")
            .layer("format")
            .definedBy("co.secop.robot.format..")
            .layer("simulator")
            .definedBy("co.secop.robot.simulator..")
            .whereLayer("cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("config")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("run")
            .mayOnlyBeAccessedByLayers("cli", "config")
            .whereLayer("report")
            .mayOnlyBeAccessedByLayers("cli", "config", "run")
            .whereLayer("trace")
            .mayOnlyBeAccessedByLayers("cli", "config", "run", "report")
            .whereLayer("batch")
            .mayOnlyBeAccessedByLayers("cli", "config", "run", "report", "trace")
            .whereLayer("portal")
            .mayOnlyBeAccessedByLayers("cli", "config", "run", "report", "trace", "batch")
            .whereLayer("spreadsheet")
            .mayOnlyBeAccessedByLayers("cli", "config", "run", "report", "trace", "batch")
            .whereLayer("notification")
            .mayOnlyBeAccessedByLayers("cli", "config", "run", "report", "trace", "batch")
            .whereLayer("browser")
            .mayOnlyBeAccessedByLayers(
                    "cli", "config", "run", "report", "trace", "batch", "portal", "spreadsheet", "notification")
            .whereLayer("format")
            .mayOnlyBeAccessedByLayers(
                    "cli", "config", "run", "report", "trace", "batch", "portal", "spreadsheet", "notification")
            .whereLayer("simulator")
            .mayOnlyBeAccessedByLayers("cli");

    @ArchTest
    static final ArchRule simulatorKnowsNothingOfTheRobot = noClasses()
            .that()
            .resideInAPackage("co.secop.robot.simulator..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROBOT_PACKAGES)
            .because("the simulator is our guess of the portal: if it shared the robot's code, both would"
                    + " agree even when they are wrong");

    @ArchTest
    static final ArchRule onlyPageObjectsAndBrowserTouchWebDriver = noClasses()
            .that()
            .resideOutsideOfPackages("co.secop.robot.portal..", "co.secop.robot.browser..")
            .should()
            .dependOnClassesThat(
                    resideInAPackage("org.openqa.selenium..").and(not(assignableTo(WebDriverException.class))))
            .because("everything else talks to the portal through page objects and PortalSession (a browser"
                    + " that fails mid-row may still be caught as a WebDriverException, to retry the row)");

    @ArchTest
    static final ArchRule onlyPortalSessionSwitchesWindowsAndFrames = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("co.secop.robot.portal.locate.PortalBrowser")
            .and()
            .doNotHaveFullyQualifiedName("co.secop.robot.portal.locate.PageDocuments")
            .should()
            .callMethod(WebDriver.class, "switchTo")
            .because("the session skips switching back to the plan's window when the driver is already on its top"
                    + " document; it can only know that if every switch goes through PortalBrowser.toWindow/toFrame"
                    + " (PageDocuments, the evidence of every frame, leaves the session marked as moved)");

    @ArchTest
    static final ArchRule portalInsideGoesOneWayDown = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("inspect")
            .definedBy("co.secop.robot.portal.inspect..")
            .layer("pages")
            .definedBy("co.secop.robot.portal")
            .layer("locate")
            .definedBy("co.secop.robot.portal.locate..")
            .whereLayer("inspect")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("pages")
            .mayOnlyBeAccessedByLayers("inspect")
            .whereLayer("locate")
            .mayOnlyBeAccessedByLayers("inspect", "pages")
            .because("revisar (inspect) may walk the pages; the pages use the locating engine (locate), which"
                    + " never sees a page: someone fixing a locator or adding a page knows which side he is on");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("co.secop.robot.(*)..").should().beFreeOfCycles();
}
