package cn.gov.disclosure.cases;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;
import static cn.gov.disclosure.support.Api.get;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;

/** Concurrent actions on one case: one wins, the others get 409; retries never duplicate a case. */
@QuarkusTest
class ConcurrencyTest {

    Office office;

    @BeforeEach
    void newOffice() {
        office = Api.newOffice();
    }

    @Test
    void ofConcurrentDecisionsExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = registerAccepted(office, "2025-01-20");
            List<Integer> statuses = runTogether(4, i -> act(office.handler(), id, "decision",
                    Map.of("on", "2025-02-10", "outcome", i % 2 == 0 ? "GRANTED" : "UNAVAILABLE_NOT_HELD"))
                    .extract().statusCode());

            assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
            get(office.clerk(), id).body("status", equalTo("CLOSED")).body("events.findAll { it.type == 'DECIDED' }.size()", equalTo(1));
        }
    }

    @Test
    void aDecisionRacingAWithdrawalLeavesOneOutcome() throws Exception {
        String id = registerAccepted(office, "2025-01-20");
        List<Integer> statuses = runTogether(2, i -> (i == 0
                ? act(office.handler(), id, "decision", Map.of("on", "2025-02-10", "outcome", "GRANTED"))
                : act(office.clerk(), id, "withdrawal", Map.of("on", "2025-02-10"))).extract().statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        get(office.clerk(), id).body("status", equalTo("CLOSED"))
                .body("events.findAll { it.type in ['DECIDED', 'WITHDRAWN'] }.size()", equalTo(1));
    }

    /**
     * A correction period that has already run out lapses at once, while the clerk keys in the
     * correction (dated within the period) twice and the withdrawal: whoever wins, the case has
     * at most one correction, a lapse that the correction came after is revoked, and the case is
     * closed at most once, by the outcome of what closed it.
     */
    @Test
    void aLapseFallingDueAmidCorrectionsAndAWithdrawalClosesTheCaseAtMostOnce() throws Exception {
        LocalDate today = Api.today();
        for (int round = 0; round < 6; round++) {
            String id = registerAccepted(office, today.minusDays(10).toString());
            act(office.clerk(), id, "correction-request", Map.of("on", today.minusDays(2).toString(),
                    "items", List.of("名称"), "dueOn", today.minusDays(1).toString())).statusCode(200);
            String on = today.minusDays(1).toString();
            List<Integer> statuses = runTogether(3, i -> (i < 2
                    ? act(office.clerk(), id, "correction", Map.of("on", on))
                    : act(office.clerk(), id, "withdrawal", Map.of("on", on))).extract().statusCode());

            assertThat(statuses).allMatch(status -> status == 200 || status == 409);
            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> !"CORRECTION_REQUESTED".equals(get(office.clerk(), id).extract().path("status")));
            var view = get(office.clerk(), id).extract().jsonPath();
            List<String> events = view.getList("events.type", String.class);
            // A correction dated inside the period revokes a lapse that fired first (LAPSE_REVOKED).
            long revoked = events.stream().filter("LAPSE_REVOKED"::equals).count();
            long closings = events.stream().filter(List.of("CORRECTION_LAPSED", "WITHDRAWN", "DECIDED")::contains).count()
                    - revoked;
            assertThat(events.stream().filter("CORRECTED"::equals).count()).isLessThanOrEqualTo(1);
            assertThat(revoked).isLessThanOrEqualTo(1);
            assertThat(closings).isEqualTo("CLOSED".equals(view.getString("status")) ? 1 : 0);
            if (events.contains("WITHDRAWN")) {
                assertThat(view.getString("outcome")).isEqualTo("OTHER");
            } else if (events.contains("CORRECTION_LAPSED") && revoked == 0) {
                assertThat(view.getString("outcome")).isEqualTo("OTHER_NO_CORRECTION");
                assertThat(events).doesNotContain("CORRECTED");
            } else {
                assertThat(view.getString("status")).isEqualTo("IN_PROGRESS");
                assertThat(events).contains("CORRECTED");
            }
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstCase() throws Exception {
        String key = "retry-" + office.agency();
        List<String> ids = runTogether(4, i -> as(office.clerk()).header("Idempotency-Key", key)
                .body(Api.application("2025-05-06")).post("/api/applications")
                .then().statusCode(201).extract().path("id"));
        String again = as(office.clerk()).header("Idempotency-Key", key).body(Api.application("2025-05-06"))
                .post("/api/applications").then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("id");

        assertThat(ids).containsOnly(again);
        as(office.clerk()).get("/api/applications").then().body("total", equalTo(1));
    }

    @Test
    void concurrentRegistrationsAreNumberedWithoutGapsOrTwins() throws Exception {
        List<String> numbers = runTogether(12, i -> as(office.clerk()).body(Api.application("2025-05-06"))
                .post("/api/applications").then().statusCode(201).extract().path("trackingNumber"));

        assertThat(numbers).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(n -> String.format("%s-2025-%05d", office.agency(), n)).toList());
    }

    private static <T> List<T> runTogether(int n, java.util.function.IntFunction<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> call = () -> {
                    start.await();
                    return action.apply(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
