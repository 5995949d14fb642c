package cn.gov.disclosure.workflow;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.get;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The engine's door moves an instance only from the task that the case's status names. Where the
 * two have drifted apart, the action fails as the fault it is and changes nothing, rather than
 * completing whatever task the instance happens to stand at.
 */
@QuarkusTest
class EngineDoorTest {

    @Inject
    RuntimeService runtime;

    @Test
    void anInstanceStandingElsewhereThanTheCaseSaysIsAFaultAndNothingChanges() {
        Api.Office office = Api.newOffice();
        String id = registerAccepted(office, "2025-03-03");
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        // Moved behind the case's back: no listener tells the case, which still says IN_PROGRESS.
        runtime.createProcessInstanceModification(instance).startBeforeActivity("Task_AwaitThirdPartyReply")
                .setVariable("consultationEndsAt", java.util.Date.from(java.time.Instant.parse("2030-01-01T00:00:00Z")))
                .cancelAllForActivity("Task_HandleApplication").execute(true, true);

        act(office.handler(), id, "decision", Map.of("on", "2025-03-04", "outcome", "GRANTED")).statusCode(500);

        get(office.clerk(), id).statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("outcome", equalTo(null))
                .body("events.type", contains("RECEIVED", "ACCEPTED"));
    }
}
