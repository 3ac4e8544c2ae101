package co.secop.robot.cli;

import co.secop.robot.config.RobotConfiguration;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --config} option every command that reads {@code config/secop.conf} shares. */
public final class ConfigOption {

    @Option(
            names = "--config",
            paramLabel = "ARCHIVO",
            description = "Archivo de configuración (por defecto config/secop.conf).")
    Path file;

    RobotConfiguration load() {
        return RobotConfiguration.load(Optional.ofNullable(file));
    }
}
