package cn.gov.disclosure.statistics;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import cn.gov.disclosure.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A published year stays as published; later changes show as differences with their cases. */
@QuarkusTest
class PublicationTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void laterChangesAreReportedAgainstThePublishedFiguresCellByCell() {
        Office office = Api.newOffice();
        CaseScript script = new CaseScript(office, 2025);
        String open = script.carriedOut("NATURAL_PERSON", LocalDate.of(2025, 3, 3));
        String answered = script.closed("NATURAL_PERSON", LocalDate.of(2025, 3, 4), "GRANTED");
        Integer review = as(office.office()).body(Map.of("kind", "RECONSIDERATION", "filedOn", "2025-04-01"))
                .post("/api/applications/" + answered + "/reviews").then().statusCode(201).extract().path("id");
        String openNumber = Api.get(office.clerk(), open).extract().path("trackingNumber");

        as(office.office()).post("/api/statistics/2025/publication").then().statusCode(201)
                .header("Location", containsString("/api/statistics/2025/publication?agency=" + office.agency()))
                .body("rows.CARRIED_OUT", equalTo(List.of(1, 0, 0, 0, 0, 0, 1)))
                .body("publication.publishedBy", equalTo(office.office()))
                .body("publication.publishedOn", equalTo(Api.today().toString()));
        as(office.office()).post("/api/statistics/2025/publication").then().statusCode(409)
                .body("detail", containsString("was published on"));
        as(office.office()).get("/api/statistics/2025").then().statusCode(200)
                .body("publication.differences", empty());

        // Keyed in afterwards: the open case was answered on 30 December, the reconsideration decided,
        // and the answered case's row found wrong (granted only in part).
        act(office.handler(), open, "decision", Map.of("on", "2025-12-30", "outcome", "GRANTED")).statusCode(200);
        act(office.office(), answered, "outcome-correction", Map.of("outcome", "PARTIALLY_GRANTED",
                "reason", "部分信息不予公开，原登记有误")).statusCode(200);
        String answeredNumber = Api.get(office.clerk(), answered).extract().path("trackingNumber");
        as(office.office()).body(Map.of("on", "2025-12-15", "result", "CORRECTED"))
                .post("/api/reviews/" + review + "/result").then().statusCode(200);

        JsonPath now = as(office.office()).get("/api/statistics/2025").then().statusCode(200)
                .body("rows.CARRIED_OUT", equalTo(List.of(0, 0, 0, 0, 0, 0, 0)))
                .body("rows.GRANTED", equalTo(List.of(1, 0, 0, 0, 0, 0, 1)))
                .body("rows.PARTIALLY_GRANTED", equalTo(List.of(1, 0, 0, 0, 0, 0, 1)))
                .extract().jsonPath();
        List<Map<String, Object>> differences = now.getList("publication.differences");
        assertThat(differences).extracting(d -> d.get("section") + " " + d.get("row") + " " + d.get("column") + " "
                + d.get("published") + "→" + d.get("current")).containsExactly(
                        "三 PARTIALLY_GRANTED NATURAL_PERSON 0→1", "三 PARTIALLY_GRANTED TOTAL 0→1",
                        "三 TOTAL_CLOSED NATURAL_PERSON 1→2", "三 TOTAL_CLOSED TOTAL 1→2",
                        "三 CARRIED_OUT NATURAL_PERSON 1→0", "三 CARRIED_OUT TOTAL 1→0",
                        "四 RECONSIDERATION CORRECTED 0→1", "四 RECONSIDERATION PENDING 1→0");
        // GRANTED kept its figure: one case left it (the correction), another entered it (the decision).
        assertThat(now.getList("publication.differences[0].cases.trackingNumber", String.class))
                .containsExactly(answeredNumber);
        assertThat(now.getList("publication.differences[2].cases.trackingNumber", String.class))
                .containsExactly(openNumber);
        assertThat(now.getList("publication.differences[2].cases[0].published.rows", String.class))
                .containsExactly("NEW", "CARRIED_OUT");
        assertThat(now.getList("publication.differences[2].cases[0].current.rows", String.class))
                .containsExactly("NEW", "GRANTED");
        assertThat(now.getInt("publication.differences[6].cases[0].reviewId")).isEqualTo(review);

        // The publication itself is unchanged, and says what has changed since.
        as(office.office()).get("/api/statistics/2025/publication").then().statusCode(200)
                .body("rows.CARRIED_OUT", equalTo(List.of(1, 0, 0, 0, 0, 0, 1)))
                .body("reviews.RECONSIDERATION", equalTo(List.of(0, 0, 0, 1, 1)))
                .body("publication.differences", hasSize(8));
        String csv = as(office.office()).queryParam("published", true).get("/api/statistics/2025/table.csv")
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains("（已公布）").contains("\r\n四、结转下年度继续办理,,,1,0,0,0,0,0,1\r\n");

        // 2026 begins from what was published for 2025, and says that it no longer agrees.
        as(office.office()).get("/api/statistics/2026").then().statusCode(200)
                .body("checks.find { it.rule == 'CARRIED_IN_EQUALS_PREVIOUS_CARRIED_OUT' }.holds", equalTo(false))
                .body("checks.find { it.rule == 'CARRIED_IN_EQUALS_PREVIOUS_CARRIED_OUT' }.description",
                        containsString("已公布的2025年度报告"))
                .body("checks.find { it.rule == 'CARRIED_IN_EQUALS_PREVIOUS_CARRIED_OUT' }.detail",
                        equalTo("NATURAL_PERSON: 0 ≠ 1; TOTAL: 0 ≠ 1"));
    }

    @Test
    void aYearIsPublishedOnlyOnceAndOnlyWhenItHasEnded() {
        Office office = Api.newOffice();
        int thisYear = Api.today().getYear();
        as(office.office()).post("/api/statistics/" + thisYear + "/publication").then().statusCode(409)
                .body("detail", containsString("has not ended yet"));
        as(office.clerk()).post("/api/statistics/2025/publication").then().statusCode(403);
        as(office.office()).get("/api/statistics/2025/publication").then().statusCode(404);
        as(office.office()).queryParam("published", true).get("/api/statistics/2025/table.xlsx").then()
                .statusCode(404);
    }

    @Test
    void aYearMayBePublishedFromTheFirstDayOfTheNext() {
        Office office = Api.newOffice();

        clock.moveTo(LocalDate.of(2025, 12, 31));
        as(office.office()).post("/api/statistics/2025/publication").then().statusCode(409)
                .body("detail", containsString("2025 has not ended yet"));
        as(office.office()).get("/api/statistics/2025/publication").then().statusCode(404);

        clock.moveTo(LocalDate.of(2026, 1, 1));
        as(office.office()).post("/api/statistics/2025/publication").then().statusCode(201)
                .body("publication.publishedOn", equalTo("2026-01-01"))
                .body("publication.publishedBy", equalTo(office.office()));
        as(office.office()).get("/api/statistics/2025/publication").then().statusCode(200)
                .body("publication.publishedOn", equalTo("2026-01-01"))
                .body("publication.publishedAt", startsWith("2026-01-01T01:")); // 09:xx in Beijing
    }
}
