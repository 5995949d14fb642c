package cn.gov.disclosure.workflow;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.get;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A case's record is the service's own history; the engine keeps an instance only while it runs
 * and nothing once it has ended, so its tables do not grow with the cases an office has closed.
 * The suite runs the engine at another level too ({@link DisclosureCaseModelTest}) on the same
 * database, so each run switches the level the database recorded, as an upgrade from
 * {@code audit} does.
 */
@QuarkusTest
class EngineHistoryTest {

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Test
    void aDecidedCaseIsRecordedByTheServiceAndLeavesNothingInTheEngine() {
        Api.Office office = Api.newOffice();
        String id = registerAccepted(office, "2025-03-03");

        act(office.handler(), id, "decision", Map.of("on", "2025-03-04", "outcome", "GRANTED")).statusCode(200);

        get(office.clerk(), id).statusCode(200)
                .body("outcome", equalTo("GRANTED"))
                .body("events.type", contains("RECEIVED", "ACCEPTED", "DECIDED"));
        Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count())
                .as("running instances").isZero();
        Assertions.assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).count())
                .as("instances in the engine's history").isZero();
    }
}
