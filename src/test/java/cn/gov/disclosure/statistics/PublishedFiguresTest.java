package cn.gov.disclosure.statistics;

import static cn.gov.disclosure.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An agency that starts with the service keys in the figures it published for the year before:
 * the next year's carried-in check compares with them, and they are kept as published.
 */
@QuarkusTest
class PublishedFiguresTest {

    @Test
    void theFiguresPublishedBeforeTheServiceAreTheReferenceForTheNextYearsCarriedInCheck() {
        Office office = Api.newOffice();
        Map<String, Object> published = figures(Map.of("NEW", 5, "GRANTED", 3, "TOTAL_CLOSED", 3, "CARRIED_OUT", 2));

        JsonPath kept = as(office.office()).body(published).put("/api/statistics/2024/published-figures").then()
                .statusCode(200).body("publication.publishedBy", equalTo(office.office()))
                .body("rows.NEW", equalTo(List.of(5, 0, 0, 0, 0, 0, 5)))
                .body("rows.CARRIED_OUT", equalTo(List.of(2, 0, 0, 0, 0, 0, 2)))
                .extract().jsonPath();
        // Nothing in the service stands behind them: the figures differ, and no case is named.
        assertThat(kept.getList("publication.differences.findAll { it.row == 'NEW' }.cases.flatten()")).isEmpty();
        assertThat(kept.getList("publication.differences.row", String.class)).contains("NEW", "CARRIED_OUT");

        String check = "checks.find { it.rule == 'CARRIED_IN_EQUALS_PREVIOUS_CARRIED_OUT' }";
        as(office.office()).get("/api/statistics/2025").then().statusCode(200)
                .body(check + ".description", containsString("已公布的2024年度报告"))
                .body(check + ".holds", equalTo(false));
        // The two applications still open at the end of 2024, taken over or keyed in now, make it hold.
        Api.registerAccepted(office, "2024-12-20");
        Api.registerAccepted(office, "2024-12-23");
        as(office.office()).get("/api/statistics/2025").then().body(check + ".holds", equalTo(true));

        as(office.office()).body(published).put("/api/statistics/2024/published-figures").then().statusCode(409);
        as(office.office()).get("/api/statistics/2024/publication").then().statusCode(200)
                .body("rows.NEW", equalTo(List.of(5, 0, 0, 0, 0, 0, 5)));
    }

    @Test
    void figuresThatAreNoTableOrOfAYearNotEndedAreRefusedAndNothingIsKept() {
        Office office = Api.newOffice();
        Map<String, Object> figures = figures(Map.of("NEW", 1));
        as(office.office()).body(figures).put("/api/statistics/2026/published-figures").then().statusCode(409);

        Map<String, Object> missingRow = new HashMap<>(figures);
        Map<String, Object> rows = new LinkedHashMap<>(cast(figures.get("rows")));
        rows.remove("CARRIED_OUT");
        missingRow.put("rows", rows);
        as(office.office()).body(missingRow).put("/api/statistics/2024/published-figures").then().statusCode(400);

        Map<String, Object> negative = new HashMap<>(figures);
        Map<String, Object> negativeRows = new LinkedHashMap<>(cast(figures.get("rows")));
        negativeRows.put("NEW", List.of(-1, 0, 0, 0, 0, 0, -1));
        negative.put("rows", negativeRows);
        as(office.office()).body(negative).put("/api/statistics/2024/published-figures").then().statusCode(400);

        as(office.office()).get("/api/statistics/2024/publication").then().statusCode(404);
        as(office.clerk()).body(figures).put("/api/statistics/2024/published-figures").then().statusCode(403);
    }

    /** A whole table of natural persons' figures: {@code natural} by row, every other row and section 四 zero. */
    private static Map<String, Object> figures(Map<String, Integer> natural) {
        Map<String, Object> rows = new LinkedHashMap<>();
        for (String row : TableLayout.ROWS) {
            int n = natural.getOrDefault(row, 0);
            rows.put(row, List.of(n, 0, 0, 0, 0, 0, n));
        }
        Map<String, Object> reviews = new LinkedHashMap<>();
        for (String row : TableLayout.REVIEW_ROWS) {
            reviews.put(row, new ArrayList<>(List.of(0, 0, 0, 0, 0)));
        }
        return Map.of("rows", rows, "reviews", reviews);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }
}
