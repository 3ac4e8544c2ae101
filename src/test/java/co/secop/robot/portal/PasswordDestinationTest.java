package co.secop.robot.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordDestinationTest {

    private static final List<String> SECOP = PasswordDestination.SECOP_HOSTS;

    @Test
    void acceptsHttpsOnAnAllowedHostAndTheSimulatorOnThisMachine() {
        assertThat(PasswordDestination.refusal(
                        "https://community.secop.gov.co/STS/Users/Login/Index?SkinName=CCE", SECOP))
                .isEmpty();
        assertThat(PasswordDestination.refusal("https://WWW.SECOP.GOV.CO/STS", SECOP))
                .isEmpty();
        assertThat(PasswordDestination.refusal("http://127.0.0.1:8080/STS/Users/Login/Index", SECOP))
                .isEmpty();
        assertThat(PasswordDestination.refusal("http://localhost:8080/STS", SECOP))
                .isEmpty();
        assertThat(PasswordDestination.refusal("http://[::1]:8080/STS", SECOP)).isEmpty();
    }

    @Test
    void refusesEverythingElse() {
        assertThat(PasswordDestination.refusal("http://community.secop.gov.co/STS", SECOP))
                .get()
                .asString()
                .contains("no es https://");
        assertThat(PasswordDestination.refusal("https://community.secop.gov.co.example.net/STS", SECOP))
                .isPresent();
        assertThat(PasswordDestination.refusal("https://example.net/community.secop.gov.co", SECOP))
                .isPresent();
        assertThat(PasswordDestination.refusal("https://user@community.secop.gov.co/STS", SECOP))
                .isPresent();
        assertThat(PasswordDestination.refusal("http://127.0.0.1.example.net/STS", SECOP))
                .isPresent();
        assertThat(PasswordDestination.refusal("data:text/html,<input type=password>", SECOP))
                .isPresent();
        assertThat(PasswordDestination.refusal("chrome-error://chromewebdata/", SECOP))
                .isPresent();
        assertThat(PasswordDestination.refusal("about:blank", SECOP)).isPresent();
        assertThat(PasswordDestination.refusal("not a url", SECOP)).isPresent();
        assertThat(PasswordDestination.refusal(null, SECOP)).isPresent();
    }
}
