package cn.gov.disclosure.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Password guessing is slowed down per user name and per client address, through counts in the
 * database that every instance shares; a locked name is refused without its password being checked.
 */
@QuarkusTest
class SignInThrottleTest {

    @Inject
    SignInThrottle throttle;

    @ConfigProperty(name = "disclosure.sign-in.user-failures")
    int userFailures;

    @Inject
    EntityManager entities;

    @AfterEach
    void forgetFailures() {
        Api.forgetSignInFailures();
    }

    @Test
    void afterTooManyWrongPasswordsEvenTheRightOneIsRefusedWith429() {
        Api.Office office = Api.newOffice();
        for (int i = 0; i < userFailures; i++) {
            basic(office.clerk(), "wrong-" + i).then().statusCode(401);
        }

        Response locked = basic(office.clerk(), Api.PASSWORD);

        locked.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-sign-ins"));
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 60L);
        basic(office.handler(), Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void aRightPasswordBeforeTheLimitClearsTheCount() {
        Api.Office office = Api.newOffice();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < userFailures - 1; i++) {
                basic(office.clerk(), "wrong-" + i).then().statusCode(401);
            }
            basic(office.clerk(), Api.PASSWORD).then().statusCode(200);
        }
    }

    @Test
    void anAddressThatFailsForManyNamesIsLockedForEveryName() {
        // The tests' own limit per address is out of reach (they all sign in from one address).
        SignInThrottle strict = new SignInThrottle(entities, 5, 3, Duration.ofMinutes(1), Duration.ofMinutes(15),
                Duration.ofHours(1));
        String address = "203.0.113.7";
        for (int i = 0; i < 3; i++) {
            strict.check("guess-" + i, address);
            strict.failed("guess-" + i, address);
        }

        assertThatThrownBy(() -> strict.check("anyone", address)).isInstanceOf(AuthenticationFailedException.class)
                .satisfies(e -> assertThat(SignInThrottledException.in((AuthenticationFailedException) e)).isPresent());
        strict.check("anyone", "203.0.113.8");
    }

    @Test
    void theLockDoublesWithEachFurtherFailureUpToItsLimit() {
        assertThat(throttle.lockFor(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.lockFor(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(throttle.lockFor(3)).isEqualTo(Duration.ofMinutes(8));
        assertThat(throttle.lockFor(4)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.lockFor(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void noFreeSlotForAPasswordCheckIsRefusedAsThrottled() {
        VerifiedPasswords none = new VerifiedPasswords(Duration.ZERO, 4, Optional.of(0), Duration.ZERO);

        assertThatThrownBy(() -> none.verify(null, "any")).isInstanceOf(AuthenticationFailedException.class)
                .satisfies(e -> assertThat(SignInThrottledException.in((AuthenticationFailedException) e)).isPresent());
    }

    @Test
    void aNameIsLoggedWithoutLineBreaks() {
        assertThat(SignInThrottle.printable("admin\nINFO forged line")).isEqualTo("admin?INFO forged line");
    }

    private static Response basic(String username, String password) {
        return given().auth().preemptive().basic(username, password).get("/api/users/me");
    }
}
