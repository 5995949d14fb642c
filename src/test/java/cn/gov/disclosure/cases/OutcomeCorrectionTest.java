package cn.gov.disclosure.cases;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.get;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;

/** The office corrects the outcome a closed case was recorded with; the history keeps both. */
@QuarkusTest
class OutcomeCorrectionTest {

    @Test
    void aClosedCasesOutcomeIsCorrectedAndTheCorrectionIsRecorded() {
        Office office = Api.newOffice();
        String id = registerAccepted(office, "2025-03-03");
        act(office.office(), id, "outcome-correction", Map.of("on", "2025-03-10", "outcome", "GRANTED",
                "reason", "x")).statusCode(409);
        act(office.handler(), id, "decision", Map.of("on", "2025-03-20", "outcome", "UNAVAILABLE_NOT_HELD"))
                .statusCode(200);

        act(office.handler(), id, "outcome-correction", Map.of("on", "2025-04-01", "outcome", "GRANTED",
                "reason", "x")).statusCode(403);
        act(office.office(), id, "outcome-correction", Map.of("on", "2025-04-01", "outcome", "GRANTED"))
                .statusCode(400);
        act(office.office(), id, "outcome-correction", Map.of("on", "2025-04-01", "outcome", "OTHER_FEE_UNPAID",
                "reason", "x")).statusCode(400);
        act(office.office(), id, "outcome-correction", Map.of("on", "2025-04-01", "outcome",
                "UNAVAILABLE_STILL_UNCLEAR", "reason", "x")).statusCode(409);
        act(office.office(), id, "outcome-correction", Map.of("on", "2025-03-19", "outcome", "GRANTED",
                "reason", "x")).statusCode(400);
        act(office.office(), id, "outcome-correction", Map.of("on", "2025-04-01", "outcome", "UNAVAILABLE_NOT_HELD",
                "reason", "x")).statusCode(409);
        get(office.clerk(), id).body("outcome", equalTo("UNAVAILABLE_NOT_HELD"));

        act(office.office(), id, "outcome-correction", Map.of("on", "2025-04-01", "outcome", "PARTIALLY_GRANTED",
                "reason", "信息已部分提供，原登记有误")).statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("PARTIALLY_GRANTED"))
                .body("closedOn", equalTo("2025-03-20"))
                .body("events.type", hasItem("OUTCOME_CORRECTED"))
                .body("events.find { it.type == 'OUTCOME_CORRECTED' }.on", equalTo("2025-04-01"));
    }
}
