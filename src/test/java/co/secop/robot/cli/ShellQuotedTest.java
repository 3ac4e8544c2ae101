package co.secop.robot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShellQuotedTest {

    @Test
    void aPathIsReadyToPasteInTheShell() {
        assertThat(StatusCommand.shellQuoted(Path.of("pagos.xlsx"))).isEqualTo("pagos.xlsx");
        assertThat(StatusCommand.shellQuoted(Path.of("mis pagos.xlsx"))).isEqualTo("'mis pagos.xlsx'");
        assertThat(StatusCommand.shellQuoted(Path.of("pagos de Juana's.xlsx")))
                .isEqualTo("'pagos de Juana'\\''s.xlsx'");
        assertThat(StatusCommand.shellQuoted(Path.of("pagos;rm -rf.xlsx"))).isEqualTo("'pagos;rm -rf.xlsx'");
    }
}
