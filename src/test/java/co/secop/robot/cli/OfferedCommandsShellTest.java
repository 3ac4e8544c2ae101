package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.RowOutcome;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.format.ShellQuote;
import co.secop.robot.report.NextStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command the robot offers to copy (the console's resume line, «Qué hacer» in the report) is pasted into
 * a real {@code bash -c}, with hostile file names: the launcher receives each name byte for byte, and nothing in a
 * name is run or expanded.
 */
class OfferedCommandsShellTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "O'Brien $(touch PWNED) año.xlsx",
                "Cuenta $1.500.000.xlsx",
                "comillas \"dobles\" y `touch PWNED` .xlsx",
                "nómina  dos espacios; rm -rf x & echo $HOME.xlsx",
                "'.xlsx",
                "plain.xlsx"
            })
    void theResumeLineAndTheReportsCommandsGiveTheLauncherTheNamesByteForByte(String name) throws Exception {
        Path sheet = dir.resolve("hojas").resolve(name);
        String sheetName = "Hoja 'de' $(touch PWNED) \"pagos\" $1";
        Path runFolder = dir.resolve("resultados").resolve("corrida " + name);

        List<String> commands = new ArrayList<>();
        commands.add(LoadCommand.resumeCommand(sheet, sheetName));
        for (RowStatus status : List.of(RowStatus.FAILED, RowStatus.INTERRUPTED, RowStatus.INVALID)) {
            NextStep.of(outcome(status), sheet, runFolder, true).ifPresent(next -> commands.addAll(next.commands()));
        }
        assertThat(commands).hasSizeGreaterThan(3);

        for (String command : commands) {
            List<String> received = pasteIntoBash(command);
            assertThat(received).as(command).isNotEmpty();
            assertThat(received.subList(1, received.size()))
                    .as("argumentos de «%s»", command)
                    .containsAnyOf(sheet.toString(), runFolder.toString());
            if (command.contains("--hoja")) {
                assertThat(received).as(command).containsSubsequence("--hoja", sheetName);
                assertThat(received).contains(sheet.toString());
            }
        }
        assertThat(dir.resolve("PWNED")).as("nada de un nombre se ejecutó").doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:\\Users\\Ana María\\pagos 50%.xlsx", "C:\\pagos\\O'Brien $(x) `y`.xlsx"})
    void forSecopCmdANameGoesBetweenDoubleQuotesWithThePercentOutside(String name) {
        String quoted = ShellQuote.forLauncher("secop.cmd", name);
        assertThat(quoted).startsWith("\"").endsWith("\"");
        // cmd.exe: "…"^%"…" is one argument; ^ keeps % from expanding a variable.
        assertThat(quoted.replace("\"^%\"", "%")).isEqualTo("\"" + name + "\"");
        assertThat(ShellQuote.forLauncher("secop.cmd", "C:\\pagos\\plain.xlsx")).isEqualTo("C:\\pagos\\plain.xlsx");
    }

    /** Runs {@code command} in bash in a folder where {@code ./secop} prints each argument it receives. */
    private List<String> pasteIntoBash(String command) throws IOException, InterruptedException {
        Path launcher = dir.resolve("secop");
        if (!Files.exists(launcher)) {
            Files.writeString(launcher, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done\n");
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        }
        Process bash = new ProcessBuilder("bash", "-c", command, "bash", "PRIMERO")
                .directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = bash.getInputStream().readAllBytes();
        assertThat(bash.waitFor()).as(command).isZero();
        String text = new String(out, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(Arrays.asList(text.split("\0", -1)));
        args.remove(args.size() - 1);
        args.add(0, "./secop");
        return args;
    }

    private static RowOutcome outcome(RowStatus status) {
        return new RowOutcome(
                3,
                "CPS-2026-0101",
                "011",
                Map.of(),
                status,
                "SECOP II falló",
                Optional.empty(),
                Optional.empty(),
                LocalDateTime.now(),
                Duration.ZERO,
                List.of(),
                List.of());
    }
}
