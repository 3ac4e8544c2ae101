package co.secop.robot.simulator;

import static co.secop.robot.simulator.PortalClient.text;
import static co.secop.robot.testsupport.Zips.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.simulator.PortalClient.ContractPage;
import co.secop.robot.simulator.PortalClient.Response;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's doors: a supervisor sees and acts only on their entity's payments, and every
 * state-changing request needs the session and an mkey that this session's page received.
 */
class SimulatorSecurityHttpTest {

    private static final String SUPERVISOR = "/CO1ContractsManagement/Tendering/ProcurementContractManagement/";
    private static final String OTHER_ENTITY = "Agencia Nacional de Pruebas";

    private static Simulator simulator;
    private PortalClient juana;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode seed;
        try (InputStream in = SimulatorSecurityHttpTest.class.getResourceAsStream("/config/simulador-semilla.json")) {
            seed = (ObjectNode) json.readTree(in);
        }
        ((ArrayNode) seed.get("companies")).addObject().put("code", "800111222").put("name", OTHER_ENTITY);
        ObjectNode otherSupervisor = ((ArrayNode) seed.get("users")).addObject();
        otherSupervisor
                .put("login", "supervisor.otra")
                .put("password", PortalClient.PASSWORD)
                .put("name", "Otra Supervisora")
                .put("role", "SUPERVISOR")
                .put("informationPopup", false)
                .putArray("companies")
                .add("800111222");
        for (var contract : seed.get("contracts")) {
            if (contract.get("id").asLong() == 7784301) {
                ((ObjectNode) contract).put("entity", OTHER_ENTITY);
            }
        }
        Path file = dir.resolve("semilla.json");
        Files.write(file, json.writeValueAsBytes(seed));
        simulator = Simulator.start(SimulatorOptions.defaults().withSeedFile(file));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void sentPaymentsOfTwoEntities() {
        simulator.reset();
        juana = new PortalClient(simulator);
        juana.loginJuana();
        send(juana, 7784301, "OTRA-1");
        PortalClient andinos = new PortalClient(simulator);
        andinos.login("contratista.demo", "901234567");
        send(andinos, 7784331, "MIA-1");
    }

    private static void send(PortalClient client, long contractId, String number) {
        ContractPage page = client.contract(contractId);
        var form = page.openForm("btnCreatePaymentButton");
        form.attach("a.zip", bytes("a.txt", "a"));
        form.fill(false, number, "1.000.000", "1.000.000").confirm();
        page.send("PP-" + contractId + "-1");
    }

    @Test
    void aSupervisorSeesOnlyTheirEntitysPayments() {
        PortalClient demo = supervisor("supervisor.demo");
        String list = demo.get(SUPERVISOR + "Index").body();
        assertThat(list).contains("PP-7784331-1").doesNotContain("PP-7784301-1").doesNotContain("OTRA-1");

        PortalClient other = supervisor("supervisor.otra");
        String otherList = other.get(SUPERVISOR + "Index").body();
        assertThat(otherList).contains("PP-7784301-1").doesNotContain("PP-7784331-1");
    }

    @Test
    void aGuessedIdOfAnotherEntityIsAnsweredLikeOneThatDoesNotExist() {
        PortalClient demo = supervisor("supervisor.demo");
        String mkey = PortalClient.bodyData(demo.get(SUPERVISOR + "Index").body(), "mkey");

        String answer = demo.ajax(SUPERVISOR + "ApprovePayment?mkey=" + mkey, Map.of("paymentId", "PP-7784301-1"))
                .body();

        assertThat(text(answer, "divSupervisorMessages")).isEqualTo("La solicitud de pago PP-7784301-1 no existe.");
        assertThat(stateOf("PP-7784301-1")).isEqualTo("ENVIADO");
        Response download = demo.get(SUPERVISOR + "DownloadDocument?paymentId=PP-7784301-1&name=a.zip&mkey=" + mkey);
        assertThat(download.status()).isNotEqualTo(200);
    }

    @Test
    void anotherUsersSessionCannotUseTheSupervisorsKey() {
        PortalClient demo = supervisor("supervisor.demo");
        String mkey = PortalClient.bodyData(demo.get(SUPERVISOR + "Index").body(), "mkey");

        Response withJuanasSession =
                juana.ajax(SUPERVISOR + "ApprovePayment?mkey=" + mkey, Map.of("paymentId", "PP-7784331-1"));
        Response withoutSession = new PortalClient(simulator)
                .ajax(SUPERVISOR + "ApprovePayment?mkey=" + mkey, Map.of("paymentId", "PP-7784331-1"));

        assertThat(withJuanasSession.status()).isNotEqualTo(200);
        assertThat(withJuanasSession.body()).contains("Error inesperado");
        assertThat(withoutSession.status()).isEqualTo(401);
        assertThat(stateOf("PP-7784331-1")).isEqualTo("ENVIADO");
    }

    @Test
    void aReplayedKeyFromAnEarlierSessionAndAMissingKeyAreRefused() {
        PortalClient demo = supervisor("supervisor.demo");
        String oldKey = PortalClient.bodyData(demo.get(SUPERVISOR + "Index").body(), "mkey");
        demo.get("/STS/Users/Login/LogOut");
        demo.login("supervisor.demo", null);

        Response replayed =
                demo.ajax(SUPERVISOR + "ApprovePayment?mkey=" + oldKey, Map.of("paymentId", "PP-7784331-1"));
        Response noKey = demo.ajax(SUPERVISOR + "ApprovePayment", Map.of("paymentId", "PP-7784331-1"));
        Response otherPagesKey = demo.ajax(
                SUPERVISOR + "ApprovePayment?mkey=" + "0f0f0f0f_0f0f_0f0f_0f0f_0f0f0f0f0f0f",
                Map.of("paymentId", "PP-7784331-1"));

        assertThat(replayed.body()).contains("Error inesperado");
        assertThat(noKey.body()).contains("Error inesperado");
        assertThat(otherPagesKey.body()).contains("Error inesperado");
        assertThat(stateOf("PP-7784331-1")).isEqualTo("ENVIADO");

        String freshKey = PortalClient.bodyData(demo.get(SUPERVISOR + "Index").body(), "mkey");
        String approved = demo.ajax(SUPERVISOR + "ApprovePayment?mkey=" + freshKey, Map.of("paymentId", "PP-7784331-1"))
                .body();
        assertThat(approved).contains("fue aprobada");
        assertThat(stateOf("PP-7784331-1")).isEqualTo("ACEPTADA");
    }

    private static PortalClient supervisor(String login) {
        PortalClient client = new PortalClient(simulator);
        client.login(login, null);
        return client;
    }

    private static String stateOf(String paymentId) {
        return simulator.state().payment(paymentId).orElseThrow().state().name();
    }
}
