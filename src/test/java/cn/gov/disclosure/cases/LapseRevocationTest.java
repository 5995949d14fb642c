package cn.gov.disclosure.cases;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;
import static cn.gov.disclosure.support.Api.awaitStatus;
import static cn.gov.disclosure.support.Api.get;
import static cn.gov.disclosure.support.Api.register;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Business dates decide, not who was faster: paper files are keyed in weeks late, so a period's
 * lapse may fire before the answer that came inside the period is entered. Entered with its date,
 * that answer revokes the lapse and the case goes on from the step it waited in.
 */
@QuarkusTest
class LapseRevocationTest {

    Office office;

    @BeforeEach
    void newOffice() {
        office = Api.newOffice();
    }

    @Test
    void aCorrectionKeyedInAfterItsLapseFiredButDatedInsideThePeriodIsAccepted() {
        String id = register(office, "2025-03-03");
        act(office.clerk(), id, "correction-request",
                Map.of("on", "2025-03-04", "items", List.of("请明确所需信息的名称"), "dueOn", "2025-03-20"))
                .statusCode(200);
        awaitStatus(id, "CLOSED"); // the period is long over: its timer fires at once
        get(office.clerk(), id).body("outcome", equalTo("OTHER_NO_CORRECTION"));

        act(office.clerk(), id, "correction", Map.of("on", "2025-03-06"))
                .statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("outcome", nullValue())
                .body("closedOn", nullValue())
                .body("clock", equalTo("RUNNING"))
                // 20 working days from the corrected application (2025-03-06)
                .body("responseDueOn", equalTo("2025-04-03"))
                .body("events.type", contains("RECEIVED", "CORRECTION_REQUESTED", "CORRECTION_LAPSED",
                        "LAPSE_REVOKED", "CORRECTED"))
                .body("events[3].on", equalTo("2025-03-06"))
                .body("events[3].details.outcome", equalTo("OTHER_NO_CORRECTION"));

        // The case goes on in its process: accepted and answered as any other.
        act(office.clerk(), id, "acceptance", Map.of("on", "2025-03-07", "department", office.department()))
                .statusCode(200).body("status", equalTo("IN_PROGRESS"));
        act(office.handler(), id, "decision", Map.of("on", "2025-03-10", "outcome", "GRANTED"))
                .statusCode(200).body("status", equalTo("CLOSED"));
        as(office.office()).get("/api/statistics/2025?agency=" + office.agency()).then().statusCode(200)
                .body("rows.OTHER_NO_CORRECTION[6]", equalTo(0))
                .body("rows.GRANTED[6]", equalTo(1));
    }

    @Test
    void aCorrectionDatedAfterThePeriodStillComesTooLate() {
        String id = register(office, "2025-03-03");
        act(office.clerk(), id, "correction-request",
                Map.of("on", "2025-03-04", "items", List.of("请明确所需信息的名称"), "dueOn", "2025-03-20"))
                .statusCode(200);
        awaitStatus(id, "CLOSED");

        act(office.clerk(), id, "correction", Map.of("on", "2025-03-21")).statusCode(409);
        get(office.clerk(), id).body("status", equalTo("CLOSED")).body("outcome", equalTo("OTHER_NO_CORRECTION"));
    }

    @Test
    void aPaymentDatedInsideTheLapsedPeriodReopensTheCaseWithTheDepartment() {
        String id = registerAccepted(office, "2025-03-03");
        act(office.office(), id, "fee-notice", Map.of("on", "2025-03-04", "method", "PER_VOLUME", "pages", 100))
                .statusCode(200).body("fee.dueOn", equalTo("2025-04-01"));
        awaitStatus(id, "CLOSED");

        act(office.office(), id, "fee-payment", Map.of("on", "2025-03-25"))
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("clock", equalTo("RUNNING"))
                .body("outcome", nullValue())
                .body("events.type", contains("RECEIVED", "ACCEPTED", "FEE_NOTIFIED", "FEE_LAPSED", "LAPSE_REVOKED",
                        "FEE_PAID"));
        // Once: the payment is recorded, so a second one does not fit.
        act(office.office(), id, "fee-payment", Map.of("on", "2025-03-26")).statusCode(409);
        act(office.handler(), id, "decision", Map.of("on", "2025-03-27", "outcome", "GRANTED")).statusCode(200);
    }

    /** The second revocation forgets the first lapse's date too: it no longer counts either. */
    @Test
    void aSecondLapseAnsweredInTimeIsRevokedAsTheFirstWas() {
        String id = register(office, "2025-03-03");
        act(office.clerk(), id, "correction-request",
                Map.of("on", "2025-03-04", "items", List.of("请明确所需信息的名称"), "dueOn", "2025-03-20"))
                .statusCode(200);
        awaitStatus(id, "CLOSED"); // lapsed on 2025-03-21
        act(office.clerk(), id, "correction", Map.of("on", "2025-03-06")).statusCode(200);
        act(office.clerk(), id, "acceptance", Map.of("on", "2025-03-06", "department", office.department()))
                .statusCode(200);
        act(office.office(), id, "fee-notice", Map.of("on", "2025-03-07", "method", "PER_VOLUME", "pages", 100))
                .statusCode(200);
        awaitStatus(id, "CLOSED");

        act(office.office(), id, "fee-payment", Map.of("on", "2025-03-10"))
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void aReplyDatedInsideTheConsultationPeriodShortensThePauseToTheReply() {
        String id = registerAccepted(office, "2025-03-03");
        act(office.handler(), id, "third-party-consultation", Map.of("on", "2025-03-04", "party", "某公司"))
                .statusCode(200);
        awaitStatus(id, "IN_PROGRESS"); // the 15 working days ended long ago
        LocalDate dueAfterFullPause = LocalDate.parse(get(office.clerk(), id).extract().path("responseDueOn"));

        act(office.handler(), id, "third-party-reply", Map.of("on", "2025-03-06", "consents", false))
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("clock", equalTo("RUNNING"))
                .body("events.type", contains("RECEIVED", "ACCEPTED", "THIRD_PARTY_CONSULTATION_STARTED",
                        "THIRD_PARTY_CONSULTATION_ENDED", "LAPSE_REVOKED", "THIRD_PARTY_REPLIED"));
        LocalDate due = LocalDate.parse(get(office.clerk(), id).extract().path("responseDueOn"));
        // Paused 2025-03-05..2025-03-06 only: due two working days after 2025-03-31, not fifteen.
        assertThat(due).isEqualTo(LocalDate.of(2025, 4, 2)).isBefore(dueAfterFullPause);
    }
}
