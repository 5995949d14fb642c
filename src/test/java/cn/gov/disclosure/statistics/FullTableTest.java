package cn.gov.disclosure.statistics;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.cases.ApplicantType;
import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A made-up agency whose 2025 fills every row and every column of both sections: cases carried
 * in and out, lapses on either side of New Year, reviews concluded in a later year, and cases of
 * other years that must not count.
 */
@QuarkusTest
class FullTableTest {

    static final int YEAR = 2025;
    static final ApplicantType[] TYPES = ApplicantType.values();

    @Test
    void everyRowAndColumnIsCountedByTheRules() {
        Office office = Api.newOffice();
        CaseScript script = new CaseScript(office, YEAR);
        List<String> closed = new ArrayList<>();

        // Every outcome row, spread over the applicant columns; some twice.
        LocalDate received = LocalDate.of(YEAR, 1, 6);
        for (Outcome outcome : Outcome.values()) {
            for (int n = 0; n <= outcome.ordinal() % 3 / 2; n++) {
                String type = TYPES[(outcome.ordinal() + n) % TYPES.length].name();
                closed.add(script.closed(type, received, outcome.name()));
                received = received.plusDays(9);
            }
        }
        // Carried in from December 2024: one answered in January, one still open after 2025.
        for (ApplicantType type : TYPES) {
            String id = script.open(type.name(), LocalDate.of(YEAR - 1, 12, 16));
            act(office.handler(), id, "decision", Map.of("on", YEAR + "-01-20", "outcome", "GRANTED")).statusCode(200);
            script.expect("GRANTED", type.name());
        }
        script.carriedOut("OTHER_ORGANIZATION", LocalDate.of(YEAR - 1, 11, 28));
        // A correction asked for in December 2024 that lapsed in January 2025.
        String lapsed = script.open("RESEARCH_INSTITUTION", LocalDate.of(YEAR - 1, 12, 20));
        act(office.clerk(), lapsed, "correction-request", Map.of("on", (YEAR - 1) + "-12-23",
                "items", List.of("申请内容的具体名称"), "dueOn", YEAR + "-01-10")).statusCode(200);
        Api.awaitStatus(lapsed, "CLOSED");
        script.expect("OTHER_NO_CORRECTION", "RESEARCH_INSTITUTION");
        Api.get(office.clerk(), lapsed).body("closedOn", equalTo(YEAR + "-01-11"));
        // Received in late December 2025 and still open.
        for (ApplicantType type : TYPES) {
            script.carriedOut(type.name(), LocalDate.of(YEAR, 12, 22));
        }
        // Neither counts in 2025: one of 2024 from start to end, one received in 2026.
        String of2024 = new CaseScript(office, YEAR - 1).closed("NATURAL_PERSON", LocalDate.of(YEAR - 1, 2, 1),
                "GRANTED");
        script.open("NATURAL_PERSON", LocalDate.of(YEAR + 1, 1, 5));

        // Section 四: every result of every group, a result given only in 2026, and reviews of other years.
        String[] results = { "MAINTAINED", "CORRECTED", "OTHER" };
        int next = 0;
        for (String[] group : List.of(new String[] { "RECONSIDERATION", "false" },
                new String[] { "LITIGATION", "false" }, new String[] { "LITIGATION", "true" })) {
            boolean after = Boolean.parseBoolean(group[1]);
            for (String result : results) {
                LocalDate filed = LocalDate.of(YEAR, 10, 1).plusDays(next);
                script.review(closed.get(next++), group[0], after, filed, result, filed.plusDays(50));
            }
            script.review(closed.get(next++), group[0], after, LocalDate.of(YEAR, 10, 29), null, null);
            script.review(closed.get(next++), group[0], after, LocalDate.of(YEAR, 11, 3), "CORRECTED",
                    LocalDate.of(YEAR + 1, 1, 15));
        }
        script.review(of2024, "RECONSIDERATION", false, LocalDate.of(YEAR - 1, 12, 1), "OTHER",
                LocalDate.of(YEAR, 2, 10));
        script.review(of2024, "LITIGATION", false, LocalDate.of(YEAR - 1, 3, 1), "MAINTAINED",
                LocalDate.of(YEAR - 1, 9, 1));

        Map<String, List<Integer>> expected = script.expectedRows();
        expected.forEach((row, figures) -> assertThat(figures.get(figures.size() - 1))
                .as("the scenario fills row %s", row).isPositive());
        for (int column = 0; column < TableLayout.COLUMNS.size(); column++) {
            int c = column;
            assertThat(expected.values().stream().mapToInt(figures -> figures.get(c)).sum())
                    .as("the scenario fills column %s", TableLayout.COLUMNS.get(c)).isPositive();
        }

        JsonPath table = as(office.office()).get("/api/statistics/" + YEAR).then().statusCode(200)
                .body("checks.holds", everyItem(equalTo(true)))
                .extract().jsonPath();
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (String row : TableLayout.ROWS) {
            rows.put(row, table.getList("rows." + row, Integer.class));
        }
        assertThat(rows).isEqualTo(expected);
        for (String group : TableLayout.REVIEW_ROWS) {
            List<Integer> figures = script.expectedReviews(group);
            assertThat(figures.subList(0, 4)).as("the scenario fills section 四 of %s", group).allMatch(n -> n > 0);
            assertThat(table.getList("reviews." + group, Integer.class)).as(group).isEqualTo(figures);
        }
        for (int year = YEAR - 1; year <= YEAR + 1; year++) {
            as(office.office()).get("/api/statistics/" + year).then().statusCode(200)
                    .body("checks.holds", everyItem(equalTo(true)));
        }
    }
}
