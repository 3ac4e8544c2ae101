package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.browser.Browsers;
import co.secop.robot.browser.LocalGrid;
import co.secop.robot.testsupport.TestBrowsers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.remote.LocalFileDetector;
import org.openqa.selenium.remote.RemoteWebDriver;

/** Through a Selenium Grid 4 the ZIP still travels from this machine (LocalFileDetector). */
class GridUploadTest extends SimulatorTestSupport {

    private LocalGrid grid;

    @Override
    protected WebDriver openBrowser() {
        grid = LocalGrid.start(Path.of(System.getProperty("secop.home", ".")), 0, 1, TestBrowsers.settings());
        return Browsers.open(TestBrowsers.settings().withGridUrl(grid.url()));
    }

    @AfterAll
    void stopGrid() {
        // Runs before the parent's @AfterAll: the browser must quit while the Grid still answers.
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (grid != null) {
            grid.close();
        }
    }

    @Test
    void attachesAFileOfThisMachineThroughTheGrid() {
        assertThat(driver).isInstanceOf(RemoteWebDriver.class);
        assertThat(((RemoteWebDriver) driver).getFileDetector()).isInstanceOf(LocalFileDetector.class);
        long commandsBefore = co.secop.robot.browser.WebDriverCommands.total();
        Path zip = zip("por-grid.zip");
        PaymentPlanSection plan = plan("contratista.demo", JUANA, "CPS-2026-0101")
                .create()
                .electronicInvoice(false)
                .invoiceNumber("GRID-1")
                .dueDate(LocalDateTime.of(2026, 12, 31, 23, 59))
                .netValue(new BigDecimal("1000000"))
                .totalValue(new BigDecimal("1000000"))
                .attach(zip)
                .confirm();
        PaymentEntry entry = plan.entry("GRID-1").orElseThrow();
        assertThat(api.payment(entry.paymentId())
                        .path("documents")
                        .get(0)
                        .path("sha256")
                        .asText())
                .isEqualToIgnoringCase(sha256(zip));
        // ./secop rendimiento counts the commands of a Grid browser too (each one crosses the network).
        assertThat(co.secop.robot.browser.WebDriverCommands.total() - commandsBefore)
                .isGreaterThan(20);
    }
}
