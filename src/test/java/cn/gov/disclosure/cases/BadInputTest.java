package cn.gov.disclosure.cases;

import static cn.gov.disclosure.support.Api.as;
import static cn.gov.disclosure.support.Api.get;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.PageRequest;
import cn.gov.disclosure.fee.FeeConfig;
import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Bad input gets a 400 problem document and changes nothing, on every endpoint. */
@QuarkusTest
class BadInputTest {

    @Inject
    BusinessDates dates;

    @Inject
    FeeConfig fees;

    Office office;

    /** A day that has not come yet, by the service's clock. */
    String tomorrow;

    @BeforeEach
    void newOffice() {
        office = Api.newOffice();
        tomorrow = Api.today().plusDays(1).toString();
    }

    @Test
    void registrationRefusesMalformedAndInvalidBodies() {
        for (String body : List.of("{", "[]", "\"text\"", "{\"applicant\": 5}", "not json at all")) {
            problem(as(office.clerk()).body(body).post("/api/applications").then());
        }
        Map<String, Object> unknownType = Api.application("2025-01-20");
        unknownType.put("applicant", Map.of("type", "ALIEN", "name", "x"));
        problem(as(office.clerk()).body(unknownType).post("/api/applications").then())
                .body("violations.field", hasItem("applicant.type"));
        Map<String, Object> badDate = Api.application("2025-02-30");
        problem(as(office.clerk()).body(badDate).post("/api/applications").then())
                .body("violations.field", hasItem("receivedOn"));
        problem(as(office.clerk()).body(Api.application(tomorrow)).post("/api/applications").then())
                .body("violations.field", hasItem("receivedOn"));
        Map<String, Object> missing = new HashMap<>(Map.of("channel", "MAIL"));
        problem(as(office.clerk()).body(missing).post("/api/applications").then())
                .body("violations.field", hasItem("applicant"))
                .body("violations.field", hasItem("description"));
        Map<String, Object> blankName = Api.application("2025-01-20");
        blankName.put("applicant", Map.of("type", "NATURAL_PERSON", "name", " "));
        problem(as(office.clerk()).body(blankName).post("/api/applications").then())
                .body("violations.field", hasItem("applicant.name"));
        Map<String, Object> unknownAgency = Api.application("2025-01-20");
        unknownAgency.put("agency", "NO-SUCH");
        problem(as(Api.ADMIN).body(unknownAgency).post("/api/applications").then());

        as(office.clerk()).get("/api/applications").then().body("total", equalTo(0));
    }

    @Test
    void actionsRefuseBadBodiesAndDatesWithoutChange() {
        String id = registerAccepted(office, "2025-01-20");
        String base = "/api/applications/" + id + "/";
        problem(as(office.handler()).body("{").post(base + "decision").then());
        problem(as(office.handler()).body(Map.of("on", "2025-01-21")).post(base + "decision").then())
                .body("violations.field", hasItem("outcome"));
        problem(as(office.handler()).body(Map.of("on", "2025-01-21", "outcome", "MAYBE")).post(base + "decision").then())
                .body("violations.field", hasItem("outcome"));
        problem(as(office.handler()).body(Map.of("on", "yesterday", "outcome", "GRANTED")).post(base + "decision").then())
                .body("violations.field", hasItem("on"));
        problem(as(office.handler()).body(Map.of("on", tomorrow, "outcome", "GRANTED")).post(base + "decision").then())
                .body("violations.field", hasItem("on"));
        problem(as(office.handler()).body(Map.of("on", "2025-01-19", "outcome", "GRANTED")).post(base + "decision").then())
                .body("violations.field", hasItem("on"));
        problem(as(office.clerk()).body(Map.of("on", "2025-01-21", "items", List.of())).post(base + "correction-request").then())
                .body("violations.field", hasItem("items"));
        problem(as(office.clerk()).body(Map.of("on", "2025-01-21", "items", List.of("x"), "dueOn", "2025-01-21"))
                .post(base + "correction-request").then())
                .body("violations.field", hasItem("dueOn"));
        problem(as(office.handler()).body(Map.of("on", "2025-01-21")).post(base + "third-party-consultation").then())
                .body("violations.field", hasItem("party"));
        problem(as(office.office()).body(Map.of("on", "2025-01-21")).post(base + "extension").then())
                .body("violations.field", hasItem("reason"));
        problem(as(office.office()).body(Map.of("on", "2025-01-21", "method", "PER_VOLUME")).post(base + "fee-notice").then())
                .body("violations.field", hasItem("pages"));
        problem(as(office.office()).body(Map.of("on", "2025-01-21", "method", "PER_VOLUME", "pages", -3))
                .post(base + "fee-notice").then())
                .body("violations.field", hasItem("pages"));
        problem(as(office.office()).body(Map.of("on", "2025-01-21", "method", "BY_WEIGHT")).post(base + "fee-notice").then());
        problem(as(office.office()).body(Map.of("kind", "LAWSUIT", "filedOn", "2025-02-01")).post(base + "reviews").then());
        problem(as(office.office()).body(Map.of("kind", "RECONSIDERATION", "filedOn", "2025-02-01",
                "afterReconsideration", true)).post(base + "reviews").then())
                .body("violations.field", hasItem("afterReconsideration"));
        problem(as(office.office()).body(Map.of("kind", "RECONSIDERATION")).post(base + "reviews").then())
                .body("violations.field", hasItem("filedOn"));

        get(office.clerk(), id).body("status", equalTo("IN_PROGRESS")).body("events.size()", equalTo(2))
                .body("fee", org.hamcrest.Matchers.nullValue());
        as(office.clerk()).get(base + "reviews").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void unknownThingsAre404AndAdminInputIsValidated() {
        as(office.clerk()).get("/api/applications/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as(office.clerk()).get("/api/reviews/999999999").then().statusCode(404);
        problem(as(Api.ADMIN).body(Map.of("code", "bad code!", "name", "x")).post("/api/agencies").then())
                .body("violations.field", hasItem("code"));
        as(Api.ADMIN).body(Map.of("code", office.agency(), "name", "again")).post("/api/agencies").then()
                .statusCode(409);
        problem(as(Api.ADMIN).body(Map.of("username", "x" + office.agency(), "password", "short", "roles",
                List.of("king"), "agency", office.agency())).post("/api/users").then())
                .body("violations.field", hasItem("password"));
        problem(as(Api.ADMIN).body(Map.of("username", "h" + office.agency(), "password", "long-enough",
                "roles", List.of("handler"), "agency", office.agency())).post("/api/users").then())
                .body("violations.field", hasItem("department"));
        problem(as(Api.ADMIN).body(Map.of("year", 2031, "holidays", List.of("2031-13-01"), "workdays", List.of()))
                .put("/api/calendar/2031").then());
        problem(as(Api.ADMIN).body(Map.of("year", 2031, "holidays", List.of("2030-01-01"), "workdays", List.of()))
                .put("/api/calendar/2031").then());
        as(Api.ADMIN).get("/api/calendar/2031").then().statusCode(404);
    }

    @Test
    void aPageBeyondTheDeepestOffsetIsRefused() {
        // page × size overflowed an int inside the query, which answered 500.
        problem(as(office.clerk()).queryParam("page", 107374183).get("/api/applications").then())
                .body("violations.field", hasItem("page"));
        problem(as(office.clerk()).queryParams(Map.of("page", 1073741824, "size", 2)).get("/api/applications").then())
                .body("violations.field", hasItem("page"));
        long deepest = PageRequest.MAX_OFFSET / 20;
        as(office.clerk()).queryParam("page", deepest).get("/api/applications").then().statusCode(200)
                .body("items.size()", equalTo(0));
        problem(as(office.clerk()).queryParam("page", deepest + 1).get("/api/applications").then())
                .body("violations.field", hasItem("page"));
        problem(as(office.office()).queryParams(Map.of("row", "NEW", "page", 2147483647, "size", 200))
                .get("/api/statistics/2025/cases").then())
                .body("violations.field", hasItem("page"));
    }

    @Test
    void aFeeNoticeForMorePagesThanTheBoundIsRefused() {
        String id = registerAccepted(office, Api.today().toString());
        String notice = "/api/applications/" + id + "/fee-notice";
        // 2147483647 pages overflowed the fee column (500); 250000000 came to a fee of ¥9,999,994,700.
        for (int pages : List.of(Integer.MAX_VALUE, 250_000_000, fees.maxPages() + 1)) {
            problem(as(office.office()).body(Map.of("method", "PER_VOLUME", "pages", pages)).post(notice).then())
                    .body("violations.field", hasItem("pages"));
        }
        get(office.clerk(), id).body("status", equalTo("IN_PROGRESS")).body("fee", nullValue());

        as(office.office()).body(Map.of("method", "PER_VOLUME", "pages", fees.maxPages())).post(notice).then()
                .statusCode(200).body("status", equalTo("AWAITING_FEE"));
    }

    @Test
    void datesOutsideThePlausibleWindowAreRefused() {
        // -4800 and ±999999999 overflowed PostgreSQL's dates or the engine's timers (500); year 1 was taken.
        for (String receivedOn : List.of("-4800-01-01", "-999999999-01-01", "0001-01-01",
                dates.earliest().minusDays(1).toString())) {
            problem(as(office.clerk()).body(Api.application(receivedOn)).post("/api/applications").then())
                    .body("violations.field", hasItem("receivedOn"));
        }
        problem(as(office.clerk()).queryParam("receivedTo", "+999999999-12-31").get("/api/applications").then())
                .body("violations.field", hasItem("receivedTo"));
        as(office.clerk()).get("/api/applications").then().body("total", equalTo(0));

        String id = Api.register(office, dates.earliest().toString());
        String request = "/api/applications/" + id + "/correction-request";
        for (String dueOn : List.of("+9999999-12-31", "+999999999-12-31", dates.latest().plusDays(1).toString())) {
            problem(as(office.clerk()).body(Map.of("items", List.of("请提供身份证明"), "dueOn", dueOn)).post(request).then())
                    .body("violations.field", hasItem("dueOn"));
        }
        get(office.clerk(), id).body("status", equalTo("RECEIVED")).body("events.size()", equalTo(1));
        as(office.clerk()).body(Map.of("items", List.of("请提供身份证明"), "dueOn", dates.latest().toString()))
                .post(request).then().statusCode(200).body("correction.dueOn", equalTo(dates.latest().toString()));
    }

    @Test
    void textHoldingANulCharacterIsRefusedWhereverItTravels() {
        // PostgreSQL keeps no U+0000: it failed at the database with a 500.
        problem(as(Api.ADMIN).body(Map.of("code", "N" + office.agency(), "name", "机关\u0000")).post("/api/agencies").then())
                .body("violations.field", hasItem("name"));
        Map<String, Object> registration = Api.application(Api.today().toString());
        registration.put("description", "\u0000");
        problem(as(office.clerk()).body(registration).post("/api/applications").then())
                .body("violations.field", hasItem("description"));
        problem(as(office.clerk()).get("/api/agencies/{code}/departments", "\u0000").then());
        problem(as(Api.ADMIN).queryParam("agency", "\u0000").get("/api/applications").then());
        as(office.clerk()).get("/api/applications").then().body("total", equalTo(0));
    }

    /** A 400 problem document that speaks of the API's fields and types, never of the code's classes. */
    private static ValidatableResponse problem(ValidatableResponse response) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("title", notNullValue()).body("type", notNullValue())
                .body("detail", not(containsString("cn.gov"))).body("detail", not(containsString("java.")));
    }
}
