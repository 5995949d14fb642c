package cn.gov.disclosure.statistics;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What the statistics read and lock, they read and lock within one transaction. */
@QuarkusTest
class StatisticsTransactionsTest {

    @Inject
    StatisticsQueries queries;

    @Inject
    DataSource dataSource;

    @Test
    void caseChangesAreHeldOnlyWithinATransactionAndUntilItEnds() {
        assertThatThrownBy(queries::holdCaseChanges).isInstanceOf(TransactionalException.class)
                .hasCauseInstanceOf(TransactionRequiredException.class);

        List<String> held = QuarkusTransaction.requiringNew().call(() -> {
            queries.holdCaseChanges();
            return shareLocks("pid = pg_backend_pid()");
        });
        assertThat(held).containsExactlyInAnyOrder("disclosure_case", "review");
        assertThat(shareLocks("true")).isEmpty();
    }

    @Test
    void aTableItsPublicationAndTheDifferencesAreReadInOneSnapshot() {
        Office office = Api.newOffice();
        CaseScript script = new CaseScript(office, 2025);
        String first = script.closed("NATURAL_PERSON", LocalDate.of(2025, 3, 4), "GRANTED");
        String second = script.closed("NATURAL_PERSON", LocalDate.of(2025, 3, 5), "GRANTED");
        as(office.office()).post("/api/statistics/2025/publication").then().statusCode(201);
        correct(office, first);
        String firstNumber = Api.get(office.clerk(), first).extract().path("trackingNumber");
        String secondNumber = Api.get(office.clerk(), second).extract().path("trackingNumber");

        // The second case is corrected, and committed, after the table is counted but before the
        // publication and the differences are read.
        QuarkusMock.installMockForType(new ChangingMeanwhile(dataSource, () -> correct(office, second)),
                StatisticsQueries.class);
        JsonPath during = as(office.office()).get("/api/statistics/2025").then().statusCode(200)
                .body("rows.PARTIALLY_GRANTED", equalTo(List.of(1, 0, 0, 0, 0, 0, 1)))
                .extract().jsonPath();
        assertThat(during.getList("publication.differences.find { it.row == 'PARTIALLY_GRANTED' }.cases"
                + ".trackingNumber", String.class)).containsExactly(firstNumber);

        JsonPath after = as(office.office()).get("/api/statistics/2025").then().statusCode(200)
                .body("rows.PARTIALLY_GRANTED", equalTo(List.of(2, 0, 0, 0, 0, 0, 2)))
                .extract().jsonPath();
        assertThat(after.getList("publication.differences.find { it.row == 'PARTIALLY_GRANTED' }.cases"
                + ".trackingNumber", String.class)).containsExactlyInAnyOrder(firstNumber, secondNumber);
    }

    private static void correct(Office office, String id) {
        act(office.office(), id, "outcome-correction", Map.of("outcome", "PARTIALLY_GRANTED",
                "reason", "部分信息不予公开，原登记有误")).statusCode(200);
    }

    /** The tables on which share locks are held by the sessions {@code which} selects. */
    private List<String> shareLocks(String which) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select relation::regclass::text"
                        + " from pg_locks where mode = 'ShareLock' and relation is not null and " + which);
                ResultSet rs = statement.executeQuery()) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statistics' queries, but for a change made in another transaction right after the first count. */
    @Vetoed
    static class ChangingMeanwhile extends StatisticsQueries {

        private Runnable meanwhile;

        ChangingMeanwhile(DataSource dataSource, Runnable meanwhile) {
            super(dataSource);
            this.meanwhile = meanwhile;
        }

        @Override
        public Map<String, AgencyCounts> count(int year, List<String> agencies) {
            Map<String, AgencyCounts> counts = super.count(year, agencies);
            Runnable change = meanwhile;
            meanwhile = null;
            if (change != null) {
                CompletableFuture.runAsync(change).join();
            }
            return counts;
        }
    }
}
