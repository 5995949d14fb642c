package cn.gov.disclosure.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import cn.gov.disclosure.support.Api.Office;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Passwords checked once are remembered for repeated requests; what an administrator changes in
 * the user table (a password reset, a role taken away, a removed user) still counts at once.
 * The changes are made directly in the table, as no endpoint edits users yet.
 */
@QuarkusTest
class SignInTest {

    Office office;

    @BeforeEach
    void newOffice() {
        office = Api.newOffice();
    }

    @Test
    void aRememberedPasswordNeverLetsAnotherPasswordIn() {
        for (int i = 0; i < 3; i++) {
            signedIn(office.clerk(), Api.PASSWORD).get("/api/users/me").then().statusCode(200)
                    .body("username", equalTo(office.clerk()));
        }
        signedIn(office.clerk(), Api.PASSWORD + "x").get("/api/users/me").then().statusCode(401)
                .contentType("application/problem+json");
        signedIn(office.handler(), Api.PASSWORD).get("/api/users/me").then().statusCode(200)
                .body("username", equalTo(office.handler()));
        signedIn("nobody-" + office.agency(), Api.PASSWORD).get("/api/users/me").then().statusCode(401);
    }

    @Test
    void aPasswordResetTakesEffectAtOnce() {
        signedIn(office.clerk(), Api.PASSWORD).get("/api/users/me").then().statusCode(200);
        update(office.clerk(), user -> user.passwordHash = BcryptUtil.bcryptHash("a-new-password", 4));
        signedIn(office.clerk(), Api.PASSWORD).get("/api/users/me").then().statusCode(401);
        signedIn(office.clerk(), "a-new-password").get("/api/users/me").then().statusCode(200);
    }

    @Test
    void aRoleTakenAwayOrAUserRemovedCountsAtOnce() {
        signedIn(office.clerk(), Api.PASSWORD).body(Api.application("2025-03-03")).post("/api/applications")
                .then().statusCode(201);
        update(office.clerk(), user -> user.roles = String.join(",", Set.of(Roles.HANDLER)));
        signedIn(office.clerk(), Api.PASSWORD).body(Api.application("2025-03-03")).post("/api/applications")
                .then().statusCode(403);
        QuarkusTransaction.requiringNew().run(() -> AppUser.delete("username", office.clerk()));
        signedIn(office.clerk(), Api.PASSWORD).get("/api/users/me").then().statusCode(401);
    }

    private static RequestSpecification signedIn(String username, String password) {
        return given().auth().preemptive().basic(username, password).contentType("application/json");
    }

    private static void update(String username, java.util.function.Consumer<AppUser> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(AppUser.findByUsername(username).orElseThrow()));
    }
}
