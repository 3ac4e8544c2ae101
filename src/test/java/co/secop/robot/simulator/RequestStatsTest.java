package co.secop.robot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.testsupport.MockPortalApi.Response;
import org.junit.jupiter.api.Test;

/** {@code GET /_mock/api/stats}: portal requests counted, static files and the mock API not; reset starts at zero. */
class RequestStatsTest extends SimulatorHttpSupport {

    @Test
    void countsPortalRequestsButNotStaticFilesNorTheMockApi() {
        assertThat(api.post("stats/reset", "").json().path("requests").asLong()).isZero();

        client.get("/STS/Users/Login/Index");
        client.get("/STS/Users/Login/Index");
        client.get("/StaticContent/Styles/portal.css");
        client.get("/favicon.ico");
        api.get("payments");
        Response stats = api.get("stats");

        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().path("requests").asLong()).isEqualTo(2);
        assertThat(stats.json()
                        .path("byRoute")
                        .path("GET /STS/Users/Login/Index")
                        .asLong())
                .isEqualTo(2);
        assertThat(simulator.requests().total()).isEqualTo(2);

        api.post("stats/reset", "");
        assertThat(api.get("stats").json().path("requests").asLong()).isZero();
    }
}
