package co.secop.robot.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aFirstReadingIsTheStartingPointAndAChangeIsNewOnce() {
        Path file = dir.resolve("estado.json");
        StatusMemory first = StatusMemory.load(file);
        assertThat(first.remember(List.of(request("PP-1", "Enviado a la entidad estatal"))))
                .extracting(RequestState::news)
                .containsExactly(false);
        first.save(file);

        StatusMemory second = StatusMemory.load(file);
        List<RequestState> marked =
                second.remember(List.of(request("PP-1", "Rechazado"), request("PP-2", "Enviado a la entidad estatal")));
        second.save(file);

        assertThat(marked).extracting(RequestState::news).containsExactly(true, true);
        assertThat(StatusMemory.load(file)
                        .remember(
                                List.of(request("PP-1", "Rechazado"), request("PP-2", "Enviado a la entidad estatal"))))
                .extracting(RequestState::news)
                .containsExactly(false, false);
    }

    @Test
    void theContractorIsMailedAboutEachChangeOnceEvenIfTheMailWaitsForALaterRun() {
        Path file = dir.resolve("estado.json");
        StatusMemory memory = StatusMemory.load(file);
        memory.remember(List.of(request("PP-1", "Enviado a la entidad estatal")));
        assertThat(memory.notMailed(List.of(request("PP-1", "Enviado a la entidad estatal"))))
                .isEmpty();
        List<RequestState> paid = List.of(request("PP-1", "Pagado"));
        memory.remember(paid);
        memory.save(file);

        StatusMemory later = StatusMemory.load(file);
        later.remember(paid);
        assertThat(later.notMailed(paid)).extracting(RequestState::state).containsExactly("Pagado");
        later.mailed(paid);
        later.save(file);

        assertThat(StatusMemory.load(file).notMailed(paid)).isEmpty();
    }

    private static RequestState request(String paymentId, String state) {
        return new RequestState(
                "CPS-2026-0101",
                "",
                paymentId,
                "011",
                "Solicitud de pago",
                "3.500.000,00 COP",
                state,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false);
    }
}
