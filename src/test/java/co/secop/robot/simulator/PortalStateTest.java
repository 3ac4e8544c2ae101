package co.secop.robot.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.secop.robot.simulator.model.Document;
import co.secop.robot.simulator.model.PaymentEntry;
import co.secop.robot.simulator.model.PaymentRequest;
import co.secop.robot.simulator.model.PaymentState;
import co.secop.robot.simulator.model.PaymentValidationException;
import co.secop.robot.simulator.model.PortalRuleException;
import co.secop.robot.simulator.seed.SeedLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PortalState rules without HTTP, options and seed loading. */
class PortalStateTest {

    private final PortalState state = new PortalState(SeedLoader.load(null), new SimulatorClock());

    private static PaymentRequest request(String number, String total) {
        return new PaymentRequest(false, null, number, "30/06/2026 23:59", total, total, null);
    }

    private static List<Document> docs() {
        return List.of(Document.of("a.zip", new byte[] {1, 2, 3}));
    }

    @Test
    void seedHasTheContractUsersAndContracts() {
        assertThat(state.authenticate("contratista.demo", "Demo2026*")).isPresent();
        assertThat(state.authenticate("CONTRATISTA.DEMO", "Demo2026*")).isPresent();
        assertThat(state.authenticate("contratista.demo", "demo2026*")).isEmpty();
        assertThat(state.contractsOf("52345678"))
                .extracting(c -> c.number())
                .containsExactly("CPS-2026-0101", "CPS-2026-0102", "CPS-2026-0103", "CPS-2026-0104", "CPS-2025-0999");
        assertThat(state.contractByUniqueId("CO1.SLCNTR.7784331").orElseThrow().number())
                .isEqualTo("CPS-2026-0301");
        assertThat(state.contractByNumber("CPS-2026-0201").orElseThrow().companyCode())
                .isEqualTo("79876543");
        assertThat(state.payments(7784302))
                .hasSize(12)
                .allMatch(p -> p.state() == PaymentState.PENDIENTE && p.planRow());
        assertThat(state.unpaidBalance(7784303, null)).isEqualByComparingTo("30000000");
        assertThat(state.dian().find(Document.sha384Hex("FE-2026-118"))).isPresent();
    }

    @Test
    void concurrentConfirmsGetDistinctIdsAndNeverExceedTheBalance() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> jobs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String number = "N-" + i;
                jobs.add(() -> {
                    try {
                        return state.confirm(7784301, null, request(number, "3.000.000,00"), state.now(), docs(), null)
                                .paymentId();
                    } catch (PaymentValidationException e) {
                        return "rechazado";
                    }
                });
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(jobs)) {
                results.add(f.get());
            }
            Set<String> ids = results.stream().filter(r -> r.startsWith("PP-")).collect(Collectors.toSet());
            // 42.000.000 / 3.000.000 = 14 requests fit
            assertThat(ids).hasSize(14);
            assertThat(results).filteredOn("rechazado"::equals).hasSize(6);
            assertThat(state.unpaidBalance(7784301, null)).isEqualByComparingTo("0");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void terminatedContractAndEntityPlanRefuseCrear() {
        assertThatThrownBy(() -> state.confirm(7784299, null, request("1", "100"), state.now(), docs(), null))
                .isInstanceOf(PortalRuleException.class)
                .hasMessageContaining("no está en ejecución");
        assertThatThrownBy(() -> state.confirm(7784302, null, request("1", "100"), state.now(), docs(), null))
                .isInstanceOf(PortalRuleException.class)
                .hasMessageContaining("Registro");
    }

    @Test
    void historyRecordsEachTransitionWithTheClock() {
        SimulatorClock clock = new SimulatorClock();
        PortalState s = new PortalState(SeedLoader.load(null), clock);
        PaymentEntry e = s.confirm(7784301, null, request("X-1", "1.000,00"), s.now(), docs(), null);
        clock.advance(Duration.ofHours(2));
        s.send(e.paymentId());
        PaymentEntry sent = s.payment(e.paymentId()).orElseThrow();
        assertThat(sent.history()).hasSize(2);
        assertThat(Duration.between(
                        sent.history().get(0).at(), sent.history().get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> s.send(e.paymentId())).hasMessageContaining("ya fue enviada");
    }

    @Test
    void repeatedNumbersAreRefusedUnlessAllowed() {
        PortalState s = new PortalState(SeedLoader.load(null), new SimulatorClock());
        s.confirm(7784301, null, request("R-1", "1.000,00"), s.now(), docs(), null);
        assertThatThrownBy(() -> s.confirm(7784301, null, request("r-1", "1.000,00"), s.now(), docs(), null))
                .hasMessageContaining("Ya existe una solicitud de pago con el número");

        s.allowRepeatedNumbers(true);
        s.confirm(7784301, null, request("R-1", "1.000,00"), s.now(), docs(), null);
        assertThat(s.payments(7784301).stream().filter(p -> "R-1".equals(p.invoiceNumber())))
                .hasSize(2);
        try (Simulator sim = Simulator.start(SimulatorOptions.defaults().withRepeatedNumbersAllowed(true))) {
            assertThat(sim.options().allowRepeatedNumbers()).isTrue();
        }
    }

    @Test
    void optionsWithersAndDefaults() {
        SimulatorOptions d = SimulatorOptions.defaults();
        assertThat(d.port()).isZero();
        assertThat(d.seedFile()).isNull();
        assertThat(d.paymentFormMode()).isEqualTo(PaymentFormMode.IFRAME);
        assertThat(d.sessionIdle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(d.maxUploadBytes()).isEqualTo(10L * 1024 * 1024);
        SimulatorOptions o = d.withPort(8089)
                .withPaymentFormMode(PaymentFormMode.WINDOW)
                .withSessionIdle(Duration.ofMinutes(5))
                .withMaxUploadBytes(1024)
                .withSeedFile(Path.of("x.json"));
        assertThat(o)
                .isEqualTo(new SimulatorOptions(
                        8089, Path.of("x.json"), PaymentFormMode.WINDOW, Duration.ofMinutes(5), 1024));
        assertThatThrownBy(() -> d.withMaxUploadBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withSessionIdle(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seedFileOnDiskIsUsed(@TempDir Path dir) throws Exception {
        String seed = Files.readString(Path.of("config/simulador-semilla.json"))
                .replace("\"CPS-2026-0101\"", "\"CPS-2026-9999\"");
        Path file = dir.resolve("semilla.json");
        Files.writeString(file, seed);
        try (Simulator sim = Simulator.start(SimulatorOptions.defaults().withSeedFile(file))) {
            assertThat(sim.state().contract(7784301).orElseThrow().number()).isEqualTo("CPS-2026-9999");
        }
        Path broken = dir.resolve("rota.json");
        Files.writeString(broken, "{\"usuarios\": []}");
        assertThatThrownBy(() -> SeedLoader.load(broken)).hasMessageContaining("No se pudo leer la semilla");
    }
}
