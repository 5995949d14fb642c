package cn.gov.disclosure.statistics;

import static cn.gov.disclosure.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** Who sees which agency's table, consolidation over subordinate agencies, and refused parameters. */
@QuarkusTest
class StatisticsAccessTest {

    @Test
    void aParentAgencyConsolidatesItsSubordinatesOnlyWhenAsked() {
        Office county = Api.newOffice();
        Office bureau = Api.newOffice(county.agency());
        Office office = Api.newOffice(bureau.agency());
        new CaseScript(county, 2025).closed("NATURAL_PERSON", LocalDate.of(2025, 5, 6), "GRANTED");
        new CaseScript(bureau, 2025).closed("COMMERCIAL_ENTERPRISE", LocalDate.of(2025, 5, 7), "GRANTED");
        new CaseScript(office, 2025).carriedOut("LEGAL_SERVICE_INSTITUTION", LocalDate.of(2025, 12, 1));

        as(county.office()).get("/api/statistics/2025").then().statusCode(200)
                .body("includeSubordinates", equalTo(false))
                .body("rows.NEW", equalTo(List.of(1, 0, 0, 0, 0, 0, 1)));
        as(county.office()).queryParam("includeSubordinates", true).get("/api/statistics/2025").then()
                .statusCode(200)
                .body("includeSubordinates", equalTo(true))
                .body("rows.NEW", equalTo(List.of(1, 1, 0, 0, 1, 0, 3)))
                .body("rows.GRANTED", equalTo(List.of(1, 1, 0, 0, 0, 0, 2)))
                .body("rows.CARRIED_OUT", equalTo(List.of(0, 0, 0, 0, 1, 0, 1)));
        as(county.office()).queryParam("includeSubordinates", true).queryParam("row", "NEW")
                .get("/api/statistics/2025/cases").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.agency", equalTo(List.of(county.agency(), bureau.agency(), office.agency())));
        as(Api.ADMIN).queryParam("agency", bureau.agency()).queryParam("includeSubordinates", true)
                .get("/api/statistics/2025").then().statusCode(200)
                .body("rows.NEW", equalTo(List.of(0, 1, 0, 0, 1, 0, 2)));
        // A subordinate's office sees its own agency only.
        as(bureau.office()).queryParam("agency", county.agency()).get("/api/statistics/2025").then()
                .statusCode(403);
    }

    @Test
    void onlyTheOfficeAndAdminsSeeStatistics() {
        Office office = Api.newOffice();
        as(office.clerk()).get("/api/statistics/2025").then().statusCode(403);
        as(office.handler()).get("/api/statistics/2025/table.csv").then().statusCode(403);
        RestAssured.given().get("/api/statistics/2025").then().statusCode(401);
    }

    @Test
    void badParametersAreRefusedWithTheFieldNamed() {
        Office office = Api.newOffice();
        expectInvalid(as(office.office()).get("/api/statistics/20x5"), "year");
        expectInvalid(as(office.office()).get("/api/statistics/99999"), "year");
        expectInvalid(as(office.office()).queryParam("includeSubordinates", "maybe").get("/api/statistics/2025"),
                "includeSubordinates");
        expectInvalid(as(office.office()).get("/api/statistics/2025/cases"), "row");
        expectInvalid(as(office.office()).queryParam("row", "GRANTED_MOSTLY").get("/api/statistics/2025/cases"),
                "row");
        expectInvalid(as(office.office()).queryParam("row", "GRANTED").queryParam("column", "PENDING")
                .get("/api/statistics/2025/cases"), "column");
        expectInvalid(as(office.office()).queryParam("row", "RECONSIDERATION").queryParam("column", "NATURAL_PERSON")
                .get("/api/statistics/2025/cases"), "column");
        expectInvalid(as(office.office()).queryParam("row", "NEW").queryParam("size", 0)
                .get("/api/statistics/2025/cases"), "size");
        expectInvalid(as(office.office()).queryParam("published", "yes").get("/api/statistics/2025/table.html"),
                "published");
        expectInvalid(as(Api.ADMIN).get("/api/statistics/2025"), "agency");
        as(Api.ADMIN).queryParam("agency", "NO-SUCH-AGENCY").get("/api/statistics/2025").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static void expectInvalid(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field))
                .body("detail", containsString(field));
    }
}
