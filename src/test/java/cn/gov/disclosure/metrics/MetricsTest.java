package cn.gov.disclosure.metrics;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.awaitStatus;
import static cn.gov.disclosure.support.Api.register;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import cn.gov.disclosure.workflow.CaseTimers;
import io.quarkus.test.junit.QuarkusTest;

/** The counters and gauges an operator reads at /q/metrics on the management port, in Prometheus's format. */
@QuarkusTest
class MetricsTest {

    private static final String JOBS_DUE = "disclosure_engine_jobs_due";
    private static final String PRINTS_WAITING = "disclosure_letters_print_waiting";

    /** The management port in tests (see ManagementPortTest for why not {@code @TestHTTPResource}). */
    @ConfigProperty(name = "quarkus.management.test-port", defaultValue = "9001")
    int managementPort;

    @Inject
    CaseTimers timers;

    @Test
    void registrationsClosuresAndOverdueCasesAreCounted() {
        double registered = metric("disclosure_cases_registered_total{channel=\"IN_PERSON\"}");
        double granted = metric("disclosure_cases_closed_total{outcome=\"GRANTED\"}");
        double overdue = metric("disclosure_cases_overdue");
        double letterSteps = metric("disclosure_letters_issue_seconds_count");
        // The letters of earlier tests printed, so that what follows counts this test's only.
        awaitMetric(PRINTS_WAITING, 0);
        double printed = metric("disclosure_letters_print_seconds_count");

        Office office = Api.newOffice();
        String answered = registerAccepted(office, "2025-02-03");
        act(office.handler(), answered, "decision", Map.of("on", "2025-02-10", "outcome", "GRANTED")).statusCode(200);
        // Received long ago and never answered: overdue now.
        registerAccepted(office, "2025-03-03");
        // A refused registration counts nothing.
        Api.as(office.clerk()).body(Map.of("channel", "IN_PERSON")).post("/api/applications").then().statusCode(400);

        assertThat(metric("disclosure_cases_registered_total{channel=\"IN_PERSON\"}")).isEqualTo(registered + 2);
        assertThat(metric("disclosure_cases_closed_total{outcome=\"GRANTED\"}")).isEqualTo(granted + 1);
        assertThat(metric("disclosure_cases_overdue")).isEqualTo(overdue + 1);
        // Two receipts and a decision: three steps issued letters (an acceptance issues none).
        assertThat(metric("disclosure_letters_issue_seconds_count")).isEqualTo(letterSteps + 3);
        // Printed after their steps answered: the backlog empties once all three are kept.
        awaitMetric(PRINTS_WAITING, 0);
        assertThat(metric("disclosure_letters_print_seconds_count")).isEqualTo(printed + 3);
    }

    @Test
    void theJobBacklogCountsADueTimerUntilAJobExecutorRunsIt() {
        Office office = Api.newOffice();
        LocalDate today = Api.today();
        String id = register(office, today.toString());
        act(office.clerk(), id, "correction-request", Map.of("on", today.toString(), "items", List.of("补充委托书"),
                "dueOn", today.plusDays(1).toString())).statusCode(200);
        // The executors run what other tests left due within seconds; a timer not yet due is no backlog.
        awaitMetric(JOBS_DUE, 0);

        timers.holdDue(id);
        assertThat(metric(JOBS_DUE)).isEqualTo(1);

        timers.release(id);
        awaitStatus(id, "CLOSED");
        awaitMetric(JOBS_DUE, 0);
    }

    private void awaitMetric(String sample, double value) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> metric(sample) == value);
    }

    /**
     * A sample's value, 0 when it is not there yet (a counter before its first increment). The
     * exposition format may close a label set with a comma: {@code name{label="x",} 1.0}.
     */
    private double metric(String sample) {
        String text = given().port(managementPort).accept("text/plain").get("/q/metrics")
                .then().statusCode(200).extract().asString();
        String name = Pattern.quote(sample).replace("}", "\\E,?\\}\\Q");
        Matcher m = Pattern.compile("^" + name + " (\\S+)$", Pattern.MULTILINE).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
