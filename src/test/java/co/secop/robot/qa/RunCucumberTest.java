package co.secop.robot.qa;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * The Gherkin scenarios of {@code features/} (Spanish), run by the Cucumber engine of the JUnit Platform.
 * Reports, parallelism and the rest: {@code src/test/resources/junit-platform.properties}.
 *
 * <pre>
 * mvn -B -o test -Dtest=RunCucumberTest                                   # todos
 * mvn -B -o test -Dtest=RunCucumberTest -Dsurefire.groups=humo            # una etiqueta (etiqueta JUnit, sin @)
 * mvn -B -o test -Dtest=RunCucumberTest -Dcucumber.filter.name=".*CUFE.*" # por nombre (regex del nombre completo)
 * ./secop test --tags "@humo and not @sesion"                             # desde el lanzador
 * </pre>
 */
@Suite
@SuiteDisplayName("Escenarios de aceptación de secop-robot")
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "co.secop.robot.qa")
public class RunCucumberTest {}
