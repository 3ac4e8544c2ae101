package co.secop.robot.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Loads {@code config/secop.conf}: system properties first, then the file on disk (the project's
 * {@code config/} folder, or the one given with {@code --config}), then the copy inside the jar.
 */
public final class SecopConfig {

    public static final String FILE_NAME = "secop.conf";

    private final Config config;

    private SecopConfig(Config config) {
        this.config = config;
    }

    public static SecopConfig load(Optional<Path> explicitFile) {
        try {
            Config packaged = ConfigFactory.parseResources("config/" + FILE_NAME);
            Config onDisk = explicitFile
                    .or(SecopConfig::projectFile)
                    .map(file -> ConfigFactory.parseFile(
                            file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false)))
                    .orElse(ConfigFactory.empty());
            Config resolved = ConfigFactory.systemProperties()
                    .withFallback(onDisk)
                    .withFallback(packaged)
                    .resolve();
            return new SecopConfig(resolved);
        } catch (ConfigException e) {
            throw new ConfigurationException("La configuración no es válida: " + e.getMessage(), e);
        }
    }

    /** The project's folder: set by the launcher ({@code -Dsecop.home}) or the working directory. */
    public static Path home() {
        return Path.of(System.getProperty("secop.home", ".")).toAbsolutePath().normalize();
    }

    private static Optional<Path> projectFile() {
        Path file = home().resolve("config").resolve(FILE_NAME);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public Config raw() {
        return config;
    }

    public String string(String path) {
        return read(path, () -> config.getString(path));
    }

    public Optional<String> optionalString(String path) {
        return config.hasPath(path) && !config.getString(path).isBlank()
                ? Optional.of(config.getString(path).strip())
                : Optional.empty();
    }

    public Duration duration(String path) {
        return read(path, () -> config.getDuration(path));
    }

    public long bytes(String path) {
        return read(path, () -> config.getBytes(path));
    }

    public int integer(String path) {
        return read(path, () -> config.getInt(path));
    }

    public boolean bool(String path) {
        return read(path, () -> config.getBoolean(path));
    }

    private <T> T read(String path, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (ConfigException.Missing e) {
            throw new ConfigurationException("Falta la opción «" + path + "» en la configuración.", e);
        } catch (ConfigException e) {
            throw new ConfigurationException("La opción «" + path + "» no es válida: " + e.getMessage(), e);
        }
    }
}
