package cn.gov.disclosure.security;

import static cn.gov.disclosure.support.Api.act;
import static cn.gov.disclosure.support.Api.as;
import static cn.gov.disclosure.support.Api.get;
import static cn.gov.disclosure.support.Api.register;
import static cn.gov.disclosure.support.Api.registerAccepted;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.test.junit.QuarkusTest;

/** Authentication, roles and agency scoping, as the contract lays them out. */
@QuarkusTest
class AccessTest {

    Office office;

    @BeforeEach
    void newOffice() {
        office = Api.newOffice();
    }

    @Test
    void everyApiCallNeedsAUser() {
        given().get("/api/applications").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"));
        given().auth().preemptive().basic(office.clerk(), "wrong-password").get("/api/applications").then()
                .statusCode(401).contentType("application/problem+json");
        given().get("/api/calendar/2025").then().statusCode(401);
        given().contentType("application/json").body(Api.application("2025-01-20")).post("/api/applications")
                .then().statusCode(401);
    }

    @Test
    void eachActionBelongsToItsRoles() {
        String id = registerAccepted(office, "2025-01-20");
        Map<String, Object> anyDate = Map.of("on", "2025-01-21");
        // handler and office may not register, accept, request correction or withdraw
        for (String user : List.of(office.handler(), office.office())) {
            as(user).body(Api.application("2025-01-20")).post("/api/applications").then().statusCode(403)
                    .contentType("application/problem+json");
            act(user, id, "withdrawal", anyDate).statusCode(403);
            act(user, id, "correction-request", Map.of("on", "2025-01-21", "items", List.of("x"))).statusCode(403);
        }
        // clerk and office may not decide or consult
        for (String user : List.of(office.clerk(), office.office())) {
            act(user, id, "decision", Map.of("on", "2025-01-21", "outcome", "GRANTED")).statusCode(403);
            act(user, id, "third-party-consultation", Map.of("on", "2025-01-21", "party", "x")).statusCode(403);
        }
        // clerk and handler may not extend, charge or record reviews
        for (String user : List.of(office.clerk(), office.handler())) {
            act(user, id, "extension", Map.of("on", "2025-01-21", "reason", "x")).statusCode(403);
            act(user, id, "fee-notice", Map.of("on", "2025-01-21", "method", "PER_VOLUME", "pages", 50)).statusCode(403);
            act(user, id, "fee-payment", anyDate).statusCode(403);
            as(user).body(Map.of("kind", "RECONSIDERATION", "filedOn", "2025-02-01"))
                    .post("/api/applications/" + id + "/reviews").then().statusCode(403);
        }
        // only admins manage agencies, users and calendars
        for (String user : List.of(office.clerk(), office.handler(), office.office())) {
            as(user).body(Map.of("code", "X" + user.hashCode(), "name", "x")).post("/api/agencies").then()
                    .statusCode(403);
            as(user).body(Map.of("username", "u" + user.hashCode(), "password", "password-1", "roles",
                    List.of("clerk"), "agency", office.agency())).post("/api/users").then().statusCode(403);
            as(user).body(Map.of("year", 2030, "holidays", List.of(), "workdays", List.of()))
                    .put("/api/calendar/2030").then().statusCode(403);
        }
        get(office.clerk(), id).body("status", equalTo("IN_PROGRESS")).body("events.size()", equalTo(2));
    }

    @Test
    void usersSeeOnlyTheirOwnAgencysCases() {
        Office other = Api.newOffice();
        String id = registerAccepted(office, "2025-01-20");

        get(other.clerk(), id).statusCode(404).contentType("application/problem+json");
        act(other.handler(), id, "decision", Map.of("on", "2025-01-21", "outcome", "GRANTED")).statusCode(404);
        as(other.clerk()).get("/api/applications").then().body("total", equalTo(0));
        as(other.clerk()).get("/api/applications?agency=" + office.agency()).then().statusCode(403);
        as(other.clerk()).body(new java.util.HashMap<>(Map.of("agency", office.agency(), "applicant",
                Map.of("type", "NATURAL_PERSON", "name", "王五"), "channel", "ONLINE", "receivedOn", "2025-01-20",
                "description", "x"))).post("/api/applications").then().statusCode(403);
        get(Api.ADMIN, id).statusCode(200);
    }

    @Test
    void aHandlerSeesOnlyItsDepartmentsCases() {
        as(Api.ADMIN).body(Map.of("code", "D2", "name", "另一科室"))
                .post("/api/agencies/" + office.agency() + "/departments").then().statusCode(201);
        String otherHandler = office.agency() + "-handler2";
        Api.createUser(otherHandler, "handler", office.agency(), "D2");
        String unassigned = register(office, "2025-01-20");
        String mine = registerAccepted(office, "2025-01-20");

        get(otherHandler, mine).statusCode(404);
        get(office.handler(), unassigned).statusCode(404);
        get(office.handler(), mine).statusCode(200);
        as(office.handler()).get("/api/applications").then().body("total", equalTo(1))
                .body("items[0].id", equalTo(mine));
        act(otherHandler, mine, "decision", Map.of("on", "2025-01-21", "outcome", "GRANTED")).statusCode(404);
    }
}
