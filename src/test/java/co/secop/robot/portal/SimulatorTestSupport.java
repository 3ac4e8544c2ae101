package co.secop.robot.portal;

import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.testsupport.MockPortalApi;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * One simulator and one headless browser per test class ({@link BrowserTestSupport}); the simulator is reset
 * before each test. {@link #api} is the simulator's mock API.
 */
abstract class SimulatorTestSupport extends BrowserTestSupport {

    static final String PASSWORD = "Demo2026*";
    static final String JUANA = "Juana Pérez Gómez";
    static final String ANDINOS = "Consultores Andinos S.A.S.";

    protected Simulator simulator;
    protected MockPortalApi api;

    @TempDir
    Path files;

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
    void freshState() {
        simulator.reset();
        portal.closeOtherWindows();
        driver.manage().deleteAllCookies();
    }

    // ------------------------------------------------------------------ flows

    protected WorkAreaPage signIn(String user, String company) {
        return portal.openLogin(simulator.loginUrl()).signIn(user, PASSWORD).enter(company);
    }

    protected PaymentPlanSection plan(String user, String company, String contract) {
        return signIn(user, company)
                .header()
                .openMyContracts()
                .openDetail(contract)
                .openPaymentPlan();
    }

    // ------------------------------------------------------------------ fixtures

    /** A ZIP with a small PDF-like and a text entry. */
    protected Path zip(String name) {
        Path file = files.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("informe-actividades.pdf"));
            zip.write(("%PDF-1.4 informe " + name).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("planilla-seguridad-social.txt"));
            zip.write(("planilla " + name).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    protected Path plainFile(String name) {
        try {
            return Files.writeString(files.resolve(name), "no es un zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
