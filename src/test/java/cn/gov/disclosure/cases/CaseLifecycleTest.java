package cn.gov.disclosure.cases;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;
import static cn.gov.disclosure.support.Api.get;
import static cn.gov.disclosure.support.Api.register;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.disclosure.calendar.WorkingDayCalendar;
import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;

/** Every path of the lifecycle through HTTP, with the deadlines of DOMAIN.md §4.4. */
@QuarkusTest
class CaseLifecycleTest {

    Office office;

    /** A correction period that cannot run out while the test runs. */
    String far;

    @BeforeEach
    void newOffice() {
        office = Api.newOffice();
        far = Api.openPeriodEnd();
    }

    static Stream<String> decidableOutcomes() {
        return Arrays.stream(Outcome.values())
                .filter(o -> !o.isLapse() && o != Outcome.UNAVAILABLE_STILL_UNCLEAR).map(Enum::name);
    }

    @ParameterizedTest
    @MethodSource("decidableOutcomes")
    void aDepartmentDecisionClosesTheCaseWithItsOutcome(String outcome) {
        String id = registerAccepted(office, "2025-01-20");

        act(office.handler(), id, "decision", Map.of("on", "2025-02-10", "outcome", outcome, "basis", "第三十六条"))
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo(outcome))
                .body("closedOn", equalTo("2025-02-10"))
                .body("clock", equalTo("STOPPED"))
                .body("events.type", contains("RECEIVED", "ACCEPTED", "DECIDED"));
    }

    @Test
    void registrationStartsTheClockAndGivesATrackingNumber() {
        as(office.clerk()).body(Api.application("2025-01-20")).post("/api/applications").then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/applications/"))
                .body("trackingNumber", equalTo(office.agency() + "-2025-00001"))
                .body("status", equalTo("RECEIVED"))
                .body("clock", equalTo("RUNNING"))
                .body("responseDueOn", equalTo("2025-02-21"))
                .body("events[0].type", equalTo("RECEIVED"))
                .body("events[0].by", equalTo(office.clerk()));
        as(office.clerk()).body(Api.application("2025-03-03")).post("/api/applications").then()
                .body("trackingNumber", equalTo(office.agency() + "-2025-00002"));
    }

    @Test
    void deadlinesFollowTheWorkedExamples() {
        String january = registerAccepted(office, "2025-01-20");
        get(office.clerk(), january).body("responseDueOn", equalTo("2025-02-21"));
        act(office.office(), january, "extension", Map.of("on", "2025-02-20", "reason", "需要协调多个部门"))
                .statusCode(200)
                .body("responseDueOn", equalTo("2025-03-21"))
                .body("extended", equalTo(true))
                .body("status", equalTo("IN_PROGRESS"));

        String september = registerAccepted(office, "2024-09-25");
        get(office.clerk(), september).body("responseDueOn", equalTo("2024-10-28"));
        act(office.office(), september, "extension", Map.of("on", "2024-10-28", "reason", "信息量大"))
                .body("responseDueOn", equalTo("2024-11-25"));

        get(office.clerk(), registerAccepted(office, "2024-12-20")).body("responseDueOn", equalTo("2025-01-20"));
    }

    @Test
    void anExtensionIsGrantedOnceAndOnlyBeforeTheCaseIsOverdue() {
        String id = registerAccepted(office, "2025-01-20");
        act(office.office(), id, "extension", Map.of("on", "2025-02-24", "reason", "逾期后"))
                .statusCode(409);
        act(office.office(), id, "extension", Map.of("on", "2025-02-21", "reason", "最后一天"))
                .statusCode(200);
        act(office.office(), id, "extension", Map.of("on", "2025-02-24", "reason", "再次延期"))
                .statusCode(409);
    }

    @Test
    void aCorrectionBeforeAcceptanceRestartsThePeriodAndReturnsToTheCompletenessCheck() {
        String id = register(office, "2025-01-20");

        act(office.clerk(), id, "correction-request",
                Map.of("on", "2025-01-22", "items", java.util.List.of("请明确所需信息的名称或文号"), "dueOn", far))
                .statusCode(200)
                .body("status", equalTo("CORRECTION_REQUESTED"))
                .body("clock", equalTo("STOPPED"))
                .body("responseDueOn", nullValue())
                .body("correction.dueOn", equalTo(far));

        act(office.clerk(), id, "correction", Map.of("on", "2025-02-05"))
                .statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("clock", equalTo("RUNNING"))
                .body("responseDueOn", equalTo("2025-03-04"))
                .body("correction.received", equalTo(true));

        act(office.clerk(), id, "correction-request", Map.of("on", "2025-02-06", "items", java.util.List.of("再次补正")))
                .statusCode(409);
    }

    @Test
    void aCorrectionAfterAcceptanceReturnsToTheDepartmentAndAllowsStillUnclear() {
        String id = registerAccepted(office, "2025-01-20");
        act(office.handler(), id, "decision", Map.of("on", "2025-01-21", "outcome", "UNAVAILABLE_STILL_UNCLEAR"))
                .statusCode(409);

        act(office.clerk(), id, "correction-request",
                Map.of("on", "2025-01-21", "items", java.util.List.of("身份证明不清晰"), "dueOn", far))
                .statusCode(200)
                .body("correction.dueOn", equalTo(far));
        act(office.clerk(), id, "correction", Map.of("on", "2025-02-10"))
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));

        act(office.handler(), id, "decision", Map.of("on", "2025-02-11", "outcome", "UNAVAILABLE_STILL_UNCLEAR"))
                .statusCode(200)
                .body("outcome", equalTo("UNAVAILABLE_STILL_UNCLEAR"));
    }

    @Test
    void aThirdPartyConsultationPausesTheClock() {
        WorkingDayCalendar calendar = Api.calendar();
        LocalDate received = Api.today().minusDays(10);
        LocalDate asked = Api.today().minusDays(7);
        LocalDate replied = Api.today().minusDays(1);
        String id = registerAccepted(office, received.toString());

        act(office.handler(), id, "third-party-consultation", Map.of("on", asked.toString(), "party", "某建设公司"))
                .statusCode(200)
                .body("status", equalTo("THIRD_PARTY_CONSULTATION"))
                .body("clock", equalTo("PAUSED"))
                .body("responseDueOn", nullValue());

        LocalDate unpaused = calendar.addWorkingDays(received, 20);
        int paused = calendar.workingDaysBetween(asked, replied);
        act(office.handler(), id, "third-party-reply", Map.of("on", replied.toString(), "consents", false))
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("clock", equalTo("RUNNING"))
                .body("responseDueOn", equalTo(calendar.addWorkingDays(unpaused, paused).toString()));

        act(office.handler(), id, "decision", Map.of("on", replied.toString(), "outcome", "WITHHELD_THIRD_PARTY_RIGHTS"))
                .statusCode(200)
                .body("events.type", contains("RECEIVED", "ACCEPTED", "THIRD_PARTY_CONSULTATION_STARTED",
                        "THIRD_PARTY_REPLIED", "DECIDED"));
    }

    @Test
    void aPerVolumeFeeIsComputedByTheTiersAndPausesTheClockUntilPaid() {
        WorkingDayCalendar calendar = Api.calendar();
        LocalDate received = Api.today().minusDays(10);
        LocalDate notified = Api.today().minusDays(7);
        LocalDate paid = Api.today().minusDays(1);
        String id = registerAccepted(office, received.toString());

        act(office.office(), id, "fee-notice", Map.of("on", notified.toString(), "method", "PER_VOLUME", "pages", 250))
                .statusCode(200)
                .body("status", equalTo("AWAITING_FEE"))
                .body("clock", equalTo("PAUSED"))
                .body("fee.method", equalTo("PER_VOLUME"))
                .body("fee.amount", equalTo(4700.00f))
                .body("fee.dueOn", equalTo(calendar.addWorkingDays(notified, 20).toString()))
                .body("fee.basis", org.hamcrest.Matchers.containsString("4700"));

        LocalDate unpaused = calendar.addWorkingDays(received, 20);
        int paused = calendar.workingDaysBetween(notified, paid);
        act(office.office(), id, "fee-payment", Map.of("on", paid.toString()))
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("clock", equalTo("RUNNING"))
                .body("responseDueOn", equalTo(calendar.addWorkingDays(unpaused, paused).toString()));

        act(office.office(), id, "fee-notice", Map.of("on", paid.toString(), "method", "PER_APPLICATION"))
                .statusCode(409);
    }

    @Test
    void aPerApplicationFeeCountsTheApplicantsApplicationsInTheMonth() {
        String first = null;
        String eleventh = null;
        for (int i = 1; i <= 11; i++) {
            String id = registerAccepted(office, "2025-04-" + String.format("%02d", i + 1));
            if (i == 1) {
                first = id;
            }
            eleventh = id;
        }
        act(office.office(), eleventh, "fee-notice", Map.of("on", Api.today().toString(), "method", "PER_APPLICATION"))
                .statusCode(200)
                .body("fee.amount", equalTo(100.00f));
        act(office.office(), first, "fee-notice", Map.of("on", Api.today().toString(), "method", "PER_APPLICATION"))
                .statusCode(200)
                .body("fee.amount", equalTo(0.00f));
    }

    @Test
    void withdrawalClosesTheCaseFromEveryOpenStatus() {
        String today = Api.today().toString();
        String received = register(office, today);
        String correcting = register(office, today);
        act(office.clerk(), correcting, "correction-request", Map.of("on", today, "items", java.util.List.of("补充身份证明"), "dueOn", far))
                .body("status", equalTo("CORRECTION_REQUESTED"));
        String consulting = registerAccepted(office, today);
        act(office.handler(), consulting, "third-party-consultation", Map.of("on", today, "party", "第三方"))
                .body("status", equalTo("THIRD_PARTY_CONSULTATION"));
        String awaitingFee = registerAccepted(office, today);
        act(office.office(), awaitingFee, "fee-notice", Map.of("on", today, "method", "PER_VOLUME", "pages", 40))
                .body("status", equalTo("AWAITING_FEE"));
        String inProgress = registerAccepted(office, today);

        for (String id : new String[] { received, correcting, consulting, awaitingFee, inProgress }) {
            act(office.clerk(), id, "withdrawal", Map.of("on", today))
                    .statusCode(200)
                    .body("status", equalTo("CLOSED"))
                    .body("outcome", equalTo("OTHER"))
                    .body("closedOn", equalTo(today))
                    .body("events.type", hasItem("WITHDRAWN"));
            act(office.clerk(), id, "withdrawal", Map.of("on", today)).statusCode(409);
        }
    }

    @Test
    void actionsThatDoNotFitTheStatusAreRefusedWithoutChange() {
        String id = register(office, "2025-01-20");
        act(office.handler(), id, "decision", Map.of("on", "2025-01-21", "outcome", "GRANTED")).statusCode(404);
        act(office.admin(), id, "decision", Map.of("on", "2025-01-21", "outcome", "GRANTED"))
                .statusCode(409)
                .contentType("application/problem+json");
        act(office.clerk(), id, "correction", Map.of("on", "2025-01-21")).statusCode(409);
        act(office.office(), id, "fee-payment", Map.of("on", "2025-01-21")).statusCode(409);
        act(office.admin(), id, "third-party-reply", Map.of("on", "2025-01-21")).statusCode(409);
        get(office.clerk(), id).body("status", equalTo("RECEIVED")).body("events.type", contains("RECEIVED"));
    }

    @Test
    void aLapseCodeCannotBeChosenAsADecision() {
        String id = registerAccepted(office, "2025-01-20");
        act(office.handler(), id, "decision", Map.of("on", "2025-01-21", "outcome", "OTHER_FEE_UNPAID"))
                .statusCode(400)
                .body("violations[0].field", equalTo("outcome"));
        get(office.clerk(), id).body("status", equalTo("IN_PROGRESS"));
    }
}
