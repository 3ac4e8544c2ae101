package co.secop.robot.cli;

import co.secop.robot.config.RobotConfiguration;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** The {@code --config} option every command that reads {@code config/secop.conf} shares. */
public final class ConfigOption {

    @Option(names = "--config", paramLabel = "ARCHIVO", description = "Archivo de configuración (por defecto config/secop.conf).")
    Path file;

    RobotConfiguration load() {
        return RobotConfiguration.load(Optional.ofNullable(file));
    }
}
