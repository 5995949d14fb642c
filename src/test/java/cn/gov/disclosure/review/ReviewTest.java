package cn.gov.disclosure.review;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;

/** The office records reconsiderations and lawsuits and, later, their results. */
@QuarkusTest
class ReviewTest {

    @Test
    void aReviewIsFiledAndConcludedOnce() {
        Office office = Api.newOffice();
        String id = registerAccepted(office, "2024-03-01");
        act(office.handler(), id, "decision", Map.of("on", "2024-03-20", "outcome", "WITHHELD_INTERNAL_AFFAIRS"))
                .statusCode(200);

        Integer reconsideration = as(office.office())
                .body(Map.of("kind", "RECONSIDERATION", "filedOn", "2024-04-10"))
                .post("/api/applications/" + id + "/reviews").then()
                .statusCode(201)
                .body("kind", equalTo("RECONSIDERATION"))
                .body("afterReconsideration", equalTo(false))
                .body("result", nullValue())
                .extract().path("id");
        as(office.office()).body(Map.of("kind", "LITIGATION", "filedOn", "2024-08-01", "afterReconsideration", true))
                .post("/api/applications/" + id + "/reviews").then()
                .statusCode(201)
                .body("afterReconsideration", equalTo(true));

        as(office.office()).body(Map.of("on", "2024-04-09", "result", "CORRECTED"))
                .post("/api/reviews/" + reconsideration + "/result").then().statusCode(400);
        as(office.office()).body(Map.of("on", "2024-06-01", "result", "CORRECTED"))
                .post("/api/reviews/" + reconsideration + "/result").then()
                .statusCode(200)
                .body("result", equalTo("CORRECTED"))
                .body("concludedOn", equalTo("2024-06-01"));
        as(office.office()).body(Map.of("on", "2024-06-02", "result", "MAINTAINED"))
                .post("/api/reviews/" + reconsideration + "/result").then().statusCode(409);

        as(office.clerk()).get("/api/applications/" + id + "/reviews").then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].result", equalTo("CORRECTED"));
        as(Api.newOffice().office()).get("/api/reviews/" + reconsideration).then().statusCode(404);
    }
}
