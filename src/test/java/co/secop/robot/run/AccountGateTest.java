package co.secop.robot.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The first sign-in of an account goes alone: a wrong password is typed once, not once per browser. */
class AccountGateTest {

    @Test
    void aSecondBrowserWaitsForTheFirstSignInAndSeesItsRefusal() throws Exception {
        AccountGate gate = new AccountGate();
        assertThat(gate.claimOrAwait()).as("el primer navegador inicia sesión").isTrue();

        Thread[] waiter = new Thread[1];
        CompletableFuture<Boolean> second = new CompletableFuture<>();
        waiter[0] = new Thread(() -> second.complete(gate.claimOrAwait()));
        waiter[0].start();
        while (waiter[0].getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        assertThat(second).as("el segundo espera").isNotDone();

        gate.report(Optional.of("Usuario o contraseña incorrectos."), true);

        assertThat(second.get(10, TimeUnit.SECONDS))
                .as("el segundo no vuelve a intentar")
                .isFalse();
        assertThat(gate.refusal()).contains("Usuario o contraseña incorrectos.");
    }

    @Test
    void whenThePortalFailedBeforeDecidingTheNextBrowserTries() {
        AccountGate gate = new AccountGate();
        assertThat(gate.claimOrAwait()).isTrue();
        gate.report(Optional.empty(), false);
        assertThat(gate.claimOrAwait()).as("otro navegador intenta").isTrue();
        gate.report(Optional.empty(), true);
        assertThat(gate.claimOrAwait())
                .as("la cuenta ya inició sesión: cada navegador entra sin esperar")
                .isFalse();
        assertThat(gate.refusal()).isEmpty();
    }
}
