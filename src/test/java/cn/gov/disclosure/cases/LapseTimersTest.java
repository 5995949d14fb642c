package cn.gov.disclosure.cases;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.awaitStatus;
import static cn.gov.disclosure.support.Api.get;
import static cn.gov.disclosure.support.Api.register;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import cn.gov.disclosure.support.TestClock;
import cn.gov.disclosure.workflow.CaseTimers;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The process's own timers, fired by the real job executor: back-dated periods are already over
 * when they are entered, so their timers fall due at once; a running one lapses once the clock is
 * moved past it. A period that is still running may also be ended by firing its timer directly.
 */
@QuarkusTest
class LapseTimersTest {

    Office office;

    @Inject
    CaseTimers timers;

    @Inject
    TestClock clock;

    @BeforeEach
    void newOffice() {
        office = Api.newOffice();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anUnansweredCorrectionRequestClosesTheDayAfterItsPeriod() {
        String id = register(office, "2024-03-01");
        // No dueOn given: 15 working days after the request, 2024-03-25
        act(office.clerk(), id, "correction-request",
                Map.of("on", "2024-03-04", "items", List.of("申请内容不明确")))
                .statusCode(200);

        awaitStatus(id, "CLOSED");
        get(office.clerk(), id)
                .body("correction.dueOn", equalTo("2024-03-25"))
                .body("outcome", equalTo("OTHER_NO_CORRECTION"))
                .body("closedOn", equalTo("2024-03-26"))
                .body("events.type", contains("RECEIVED", "CORRECTION_REQUESTED", "CORRECTION_LAPSED"))
                .body("events[2].by", equalTo("system"));
        // A correction dated after the period comes too late (one inside it revokes the lapse: LapseRevocationTest).
        act(office.clerk(), id, "correction", Map.of("on", "2024-03-26")).statusCode(409);
    }

    @Test
    void anUnpaidFeeClosesTheDayAfterThePaymentPeriod() {
        String id = registerAccepted(office, "2024-03-01");
        act(office.office(), id, "fee-notice", Map.of("on", "2024-03-04", "method", "PER_VOLUME", "pages", 100))
                .statusCode(200)
                .body("fee.amount", equalTo(700.00f))
                .body("fee.dueOn", equalTo("2024-04-01"));

        awaitStatus(id, "CLOSED");
        get(office.clerk(), id)
                .body("outcome", equalTo("OTHER_FEE_UNPAID"))
                .body("closedOn", equalTo("2024-04-02"))
                .body("events.type", contains("RECEIVED", "ACCEPTED", "FEE_NOTIFIED", "FEE_LAPSED"));
    }

    @Test
    void aSilentThirdPartyEndsTheConsultationAfterFifteenWorkingDays() {
        String id = registerAccepted(office, "2024-03-01"); // due 2024-03-29 without the pause
        act(office.handler(), id, "third-party-consultation", Map.of("on", "2024-03-04", "party", "某公司"))
                .statusCode(200);

        awaitStatus(id, "IN_PROGRESS");
        // Paused 2024-03-05..2024-03-25 (15 working days): due 15 working days after 2024-03-29
        get(office.clerk(), id)
                .body("clock", equalTo("RUNNING"))
                .body("responseDueOn", equalTo("2024-04-22"))
                .body("events.type", contains("RECEIVED", "ACCEPTED", "THIRD_PARTY_CONSULTATION_STARTED",
                        "THIRD_PARTY_CONSULTATION_ENDED"))
                .body("events[3].on", equalTo("2024-03-25"));
        act(office.handler(), id, "decision", Map.of("on", "2024-03-26", "outcome", "GRANTED")).statusCode(200);
    }

    @Test
    void aCorrectionInTimeStopsTheLapse() {
        LocalDate today = Api.today();
        String id = register(office, today.toString());
        act(office.clerk(), id, "correction-request", Map.of("on", today.toString(), "items", List.of("补充委托书"),
                "dueOn", today.plusDays(1).toString())).statusCode(200);
        assertThat(timers.dueAt(id)).as("the period's timer, due at 00:00 after its last day")
                .containsExactly(today.plusDays(2).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());

        act(office.clerk(), id, "correction", Map.of("on", today.toString()))
                .statusCode(200)
                .body("status", equalTo("RECEIVED"));
        // The period ends: whatever timer the correction left behind fires now.
        timers.fire(id);

        get(office.clerk(), id)
                .body("status", equalTo("RECEIVED"))
                .body("events.type", contains("RECEIVED", "CORRECTION_REQUESTED", "CORRECTED"));
        act(office.clerk(), id, "acceptance", Map.of("on", today.toString(), "department", office.department()))
                .statusCode(200);
    }

    @Test
    void aCorrectionPeriodLapsesOnlyOnceItsLastDayIsOver() {
        LocalDate requested = LocalDate.of(2025, 3, 3); // a Monday; no holiday that week
        LocalDate lastDay = requested.plusDays(4);
        LocalDate dayAfter = lastDay.plusDays(1);
        clock.moveTo(requested);
        String id = register(office, requested.toString());
        act(office.clerk(), id, "correction-request", Map.of("on", requested.toString(), "items", List.of("补充委托书"),
                "dueOn", lastDay.toString())).statusCode(200).body("status", equalTo("CORRECTION_REQUESTED"));
        Instant lapse = dayAfter.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        assertThat(timers.dueAt(id)).as("the period's timer, due at 00:00 Beijing time after its last day")
                .containsExactly(lapse);
        assertThat(timers.dueNow(id)).as("due by the engine's clock on %s", requested).isEmpty();

        // The last day of the period: still open, through a whole round of the job executors
        // (each polls at least every 5 s).
        clock.moveTo(lastDay);
        assertThat(timers.dueNow(id)).as("due by the engine's clock on %s", lastDay).isEmpty();
        Awaitility.await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "CORRECTION_REQUESTED".equals(get(office.clerk(), id).extract().path("status")));

        clock.moveTo(dayAfter);
        awaitStatus(id, "CLOSED");
        get(office.clerk(), id)
                .body("outcome", equalTo("OTHER_NO_CORRECTION"))
                .body("closedOn", equalTo(dayAfter.toString()))
                .body("events.type", contains("RECEIVED", "CORRECTION_REQUESTED", "CORRECTION_LAPSED"))
                .body("events[2].by", equalTo("system"));
    }
}
