package co.secop.robot.run;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.batch.BatchSummary;
import co.secop.robot.batch.RowStatus;
import co.secop.robot.notification.PendingNotices;
import co.secop.robot.simulator.Simulator;
import co.secop.robot.simulator.SimulatorOptions;
import co.secop.robot.spreadsheet.SampleWorkbook;
import co.secop.robot.testsupport.SimulatorBatch;
import co.secop.robot.testsupport.Simulators;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24: the supervisor's e-mail carries the social-security planilla as the portal showed it («Consulta
 * exitosa» and what the platform computed), and so does the copy kept for {@code ./secop notificar}.
 */
class SocialSecurityMailTest {

    private static final String ZIP = Path.of("sample-data/soportes/cps-2026-0101-noviembre.zip")
            .toAbsolutePath()
            .toString();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    final Simulators simulators = new Simulators();

    @TempDir
    Path dir;

    @Test
    void theSupervisorReadsThePlanillaAndItsStateAsThePortalShowedThem() throws Exception {
        Simulator simulator = simulators.start(SimulatorOptions.defaults());
        Path sheet = SampleWorkbook.payments(
                        "Notas", "Soportes", "Correo supervisor", "Número de planilla", "Fecha de pago de la planilla")
                .row(
                        "CPS-2026-0104",
                        "Noviembre 2026",
                        "SS-MAIL",
                        "No",
                        3_500_000,
                        3_500_000,
                        "Cuenta de cobro SS-MAIL",
                        ZIP,
                        "supervisor.0104@gestionpublica.example",
                        "9523456711",
                        "05/11/2026")
                .save(dir.resolve("pagos.xlsx"));

        BatchSummary summary = SimulatorBatch.run(
                simulator,
                dir,
                sheet,
                false,
                new BatchJob.Mail(
                        true, Optional.of(SimulatorBatch.smtp(smtp.getSmtp().getPort()))),
                "correo");

        assertThat(summary.outcomes())
                .singleElement()
                .satisfies(row -> assertThat(row.status()).as(row.message()).isEqualTo(RowStatus.SENT));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]))
                .contains("Planilla de seguridad social: 9523456711 del 05/11/2026: Consulta exitosa");
        Path runFolder;
        try (Stream<Path> found = Files.find(
                dir.resolve("correo"), 4, (p, a) -> p.getFileName().toString().equals(PendingNotices.FILE_NAME))) {
            runFolder = found.findFirst().orElseThrow().getParent();
        }
        assertThat(PendingNotices.in(runFolder).all())
                .singleElement()
                .satisfies(stored -> assertThat(stored.notice().planillas())
                        .singleElement()
                        .asString()
                        .startsWith("9523456711 del 05/11/2026: Consulta exitosa"));
    }
}
