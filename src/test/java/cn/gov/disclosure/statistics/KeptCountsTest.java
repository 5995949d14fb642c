package cn.gov.disclosure.statistics;

import static cn.gov.disclosure.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A year's counts are kept between reads (KeptCounts) and counted again after every change that
 * counts: each change below is read right after a read that kept the year.
 */
@QuarkusTest
class KeptCountsTest {

    private static final int YEAR = 2025;

    @Inject
    DataSource dataSource;

    @Test
    void aKeptYearShowsEveryChangeThatCounts() {
        Office office = Api.newOffice();
        CaseScript script = new CaseScript(office, YEAR);
        String fromLastYear = script.carriedOut("NATURAL_PERSON", LocalDate.of(YEAR - 1, 12, 20));
        String granted = script.closed("NATURAL_PERSON", LocalDate.of(YEAR, 3, 4), "GRANTED");
        assertTable(office, script);

        script.closed("COMMERCIAL_ENTERPRISE", LocalDate.of(YEAR, 5, 5), "UNAVAILABLE_NOT_HELD");
        assertTable(office, script);

        script.corrected(granted, "NATURAL_PERSON", "GRANTED", "PARTIALLY_GRANTED");
        assertTable(office, script);

        // Received the year before: the change reaches this year through the years between.
        script.decided(fromLastYear, "NATURAL_PERSON", LocalDate.of(YEAR, 6, 1), "WITHHELD_STATE_SECRET");
        assertTable(office, script);

        int review = script.review(granted, "RECONSIDERATION", false, LocalDate.of(YEAR, 7, 1), null, null);
        assertTable(office, script);

        script.concluded(review, "RECONSIDERATION", false, "MAINTAINED", LocalDate.of(YEAR, 9, 1));
        assertTable(office, script);
    }

    @Test
    void anUnchangedYearIsNotCountedAgain() throws SQLException {
        Office office = Api.newOffice();
        CaseScript script = new CaseScript(office, YEAR);
        String id = script.closed("NATURAL_PERSON", LocalDate.of(YEAR, 3, 4), "GRANTED");
        assertTable(office, script);

        // Changed with the triggers that mark a year changed switched off: the year keeps its version.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement off = connection.createStatement()) {
                off.execute("alter table disclosure_case disable trigger disclosure_case_counted_update");
            }
            setOutcome(connection, id, "PARTIALLY_GRANTED");
            try (Statement on = connection.createStatement()) {
                on.execute("alter table disclosure_case enable trigger disclosure_case_counted_update");
            }
            connection.commit();
        }
        assertTable(office, script);

        // Marked changed, the year is counted again.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement mark = connection.prepareStatement(
                        "select statistics_changed(?, date '2025-01-01', date '2025-12-31')")) {
            mark.setString(1, office.agency());
            mark.execute();
        }
        assertThat(rows(office).get("PARTIALLY_GRANTED")).containsExactly(1, 0, 0, 0, 0, 0, 1);

        try (Connection connection = dataSource.getConnection()) {
            setOutcome(connection, id, "GRANTED");
        }
        assertTable(office, script);
    }

    private static void setOutcome(Connection connection, String id, String outcome) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update disclosure_case set outcome = ? where id = ?::uuid")) {
            update.setString(1, outcome);
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    private static void assertTable(Office office, CaseScript script) {
        JsonPath table = as(office.office()).get("/api/statistics/" + YEAR).then().statusCode(200).extract().jsonPath();
        assertThat(rows(table)).isEqualTo(script.expectedRows());
        for (String group : TableLayout.REVIEW_ROWS) {
            assertThat(table.getList("reviews." + group, Integer.class)).as(group)
                    .isEqualTo(script.expectedReviews(group));
        }
    }

    private static Map<String, List<Integer>> rows(Office office) {
        return rows(as(office.office()).get("/api/statistics/" + YEAR).then().statusCode(200).extract().jsonPath());
    }

    private static Map<String, List<Integer>> rows(JsonPath table) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (String row : TableLayout.ROWS) {
            rows.put(row, table.getList("rows." + row, Integer.class));
        }
        return rows;
    }
}
