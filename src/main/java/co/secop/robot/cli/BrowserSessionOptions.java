package co.secop.robot.cli;

import co.secop.robot.browser.BrowserSettings;
import co.secop.robot.config.RobotConfiguration;
import co.secop.robot.portal.PortalSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --visible} and {@code --perfil DIR}, shared by the commands that sign in to SECOP II. With a
 * visible browser a captcha is solved by the person at the terminal; a persistent profile keeps the
 * portal's session between runs.
 */
final class BrowserSessionOptions {

    @Option(
            names = "--visible",
            description =
                    "Muestra el navegador mientras trabaja (si SECOP II pide un captcha, el robot le pide resolverlo allí).")
    boolean visible;

    @Option(
            names = "--perfil",
            paramLabel = "CARPETA",
            description =
                    "Perfil del navegador que se conserva entre ejecuciones (la sesión y el captcha resuelto). Se crea privado (0700); nunca dentro de resultados/.")
    Path profile;

    BrowserSessionOptions() {}

    BrowserSessionOptions(boolean visible, Path profile) {
        this.visible = visible;
        this.profile = profile;
    }

    BrowserSettings browser(RobotConfiguration config) {
        BrowserSettings settings = config.browserSettings(visible);
        if (profile == null) {
            return settings;
        }
        Path folder = profile.toAbsolutePath().normalize();
        Path results = config.outputBase().toAbsolutePath().normalize();
        if (folder.startsWith(results)) {
            throw new UserFacingException(
                    "El perfil del navegador (--perfil " + profile + ") no puede quedar dentro de " + results
                            + ": esa carpeta se comprime y se envía a soporte, y el perfil guarda la sesión de SECOP II.");
        }
        if (settings.gridUrl().isPresent()) {
            throw new UserFacingException("--perfil no se puede usar con un Selenium Grid (navegador.grid).");
        }
        return settings.withProfile(folder);
    }

    PortalSettings portal(RobotConfiguration config, BrowserSettings browser, PrintWriter out) {
        PortalSettings settings = config.portalSettings().withKeepSession(profile != null);
        return browser.headless()
                ? settings
                : settings.withCaptchaAssistant(new TerminalCaptchaAssistant(out, System.in));
    }
}
