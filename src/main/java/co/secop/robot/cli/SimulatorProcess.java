package co.secop.robot.cli;

import co.secop.robot.config.SecopConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The bundled simulator in its OWN JVM ({@code SecopCli simulador --puerto 0}, the class path of this one), so
 * that {@code ./secop rendimiento} measures the robot's memory without the portal's. Its output goes to a file;
 * its address is the line {@code ./secop simulador} prints when it is ready.
 */
final class SimulatorProcess implements AutoCloseable {

    static final String READY_LINE = "Simulador de SECOP II en ";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private String loginUrl;

    private SimulatorProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code ./secop simulador --puerto 0} with these options and waits for its address.
     *
     * @param options options of {@code ./secop simulador} (latency, variants...)
     * @param log     where its output goes
     */
    static SimulatorProcess start(List<String> options, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dsecop.home=" + SecopConfig.home());
        command.add(SecopCli.class.getName());
        command.add("simulador");
        command.add("--puerto");
        command.add("0");
        command.addAll(options);
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UserFacingException("No se pudo iniciar Java para el simulador: " + e.getMessage());
        }
        SimulatorProcess simulator = new SimulatorProcess(process, log);
        try {
            simulator.loginUrl = simulator.awaitAddress();
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
        return simulator;
    }

    /** The login page, as {@code ./secop simulador} printed it. */
    String loginUrl() {
        return loginUrl;
    }

    /** "http://127.0.0.1:PORT". */
    String baseUrl() {
        URI login = URI.create(loginUrl);
        return login.getScheme() + "://" + login.getAuthority();
    }

    /** The operating system's id of the simulator's JVM. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Reads its output until the address line; between readings it waits on the process, which may end. */
    private String awaitAddress() {
        long limit = System.nanoTime() + READY_TIMEOUT.toNanos();
        try {
            while (System.nanoTime() < limit) {
                Optional<String> address = address(log);
                if (address.isPresent()) {
                    return address.get();
                }
                if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
                    throw new UserFacingException("El simulador terminó al iniciar (código " + process.exitValue()
                            + "). Su salida:\n" + output());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("Se interrumpió el inicio del simulador.");
        }
        throw new UserFacingException(
                "El simulador no dio su dirección en " + READY_TIMEOUT.toSeconds() + " s. Su salida:\n" + output());
    }

    private static Optional<String> address(Path file) {
        return lines(file).stream()
                .filter(line -> line.startsWith(READY_LINE))
                .map(line -> line.substring(READY_LINE.length()).strip())
                .findFirst();
    }

    private String output() {
        List<String> lines = lines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** Stops the simulator (its shutdown hook closes the server). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
