package co.secop.robot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.simulator.PortalClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /_mock/api/stats}: portal requests counted, static files and the mock API not; reset starts at zero. */
class RequestStatsTest {

    private static Simulator simulator;

    @BeforeAll
    static void start() {
        simulator = Simulator.start(SimulatorOptions.defaults());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void countsPortalRequestsButNotStaticFilesNorTheMockApi() {
        PortalClient client = new PortalClient(simulator);
        assertThat(client.postJson("/_mock/api/stats/reset", "")
                        .json()
                        .path("requests")
                        .asLong())
                .isZero();

        client.get("/STS/Users/Login/Index");
        client.get("/STS/Users/Login/Index");
        client.get("/StaticContent/Styles/portal.css");
        client.get("/favicon.ico");
        client.get("/_mock/api/payments");
        Response stats = client.get("/_mock/api/stats");

        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().path("requests").asLong()).isEqualTo(2);
        assertThat(stats.json()
                        .path("byRoute")
                        .path("GET /STS/Users/Login/Index")
                        .asLong())
                .isEqualTo(2);
        assertThat(simulator.requests().total()).isEqualTo(2);

        client.postJson("/_mock/api/stats/reset", "");
        assertThat(client.get("/_mock/api/stats").json().path("requests").asLong())
                .isZero();
    }
}
