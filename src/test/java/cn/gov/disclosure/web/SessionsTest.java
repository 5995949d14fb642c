package cn.gov.disclosure.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.disclosure.security.AppUser;
import cn.gov.disclosure.security.Roles;
import cn.gov.disclosure.support.Api;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Web sessions are the server's: signing out, a new password, a changed role and a long pause each
 * end them, for every copy of the cookie; forms are accepted only from the session's own pages, and
 * the login form only from the login page.
 */
@QuarkusTest
class SessionsTest {

    @AfterEach
    void forgetFailures() {
        Api.forgetSignInFailures();
    }

    @Test
    void signingOutEndsTheSessionForACopiedCookieToo() {
        Api.Office office = Api.newOffice();
        Browser browser = Browser.signedIn(office.clerk(), Api.PASSWORD);
        Browser thief = withCookies(browser.cookies());
        assertThat(thief.get("/ui").statusCode()).isEqualTo(200);
        browser.get("/ui");

        assertThat(browser.submit("/ui/logout", Map.of()).statusCode()).isEqualTo(303);

        assertThat(thief.get("/ui").statusCode()).as("the copied cookie").isEqualTo(302);
    }

    @Test
    void aNewPasswordOrAChangedRoleEndsTheUsersSessions() {
        Api.Office office = Api.newOffice();
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        Browser staff = Browser.signedIn(office.office(), Api.PASSWORD);
        Browser handler = Browser.signedIn(office.handler(), Api.PASSWORD);

        update(office.clerk(), user -> user.passwordHash = BcryptUtil.bcryptHash("a-new-password", 4));
        update(office.office(), user -> user.roles = Roles.CLERK);

        assertThat(clerk.get("/ui").statusCode()).isEqualTo(302);
        assertThat(staff.get("/ui").statusCode()).isEqualTo(302);
        assertThat(handler.get("/ui").statusCode()).as("nothing changed for the handler").isEqualTo(200);
    }

    @Test
    void aSessionUnusedForLongerThanItsTimeoutHasEnded() {
        Api.Office office = Api.newOffice();
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        assertThat(clerk.get("/ui").statusCode()).isEqualTo(200);

        QuarkusTransaction.requiringNew().run(() -> AppUser.getEntityManager().createNativeQuery(
                "update web_session set last_seen_at = last_seen_at - interval '31 minutes' where username = :u")
                .setParameter("u", office.clerk()).executeUpdate());

        assertThat(clerk.get("/ui").statusCode()).isEqualTo(302);
    }

    @Test
    void aFormWithAnotherSessionsTokenOrATokenOfItsOwnChangesNothing() {
        Api.Office office = Api.newOffice();
        String id = Api.register(office, Api.today().toString());
        Browser victim = Browser.signedIn(office.clerk(), Api.PASSWORD);
        Browser other = Browser.signedIn(office.clerk(), Api.PASSWORD);
        other.get("/ui/applications/" + id);
        String othersToken = other.csrfToken();
        Map<String, String> acceptance = new HashMap<>(Map.of("on", Api.today().toString(),
                "department", office.department()));

        acceptance.put("csrf-token", othersToken);
        Response withOthersToken = victim.post("/ui/applications/" + id + "/acceptance", acceptance);
        acceptance.put("csrf-token", "attackerchosen123456AA");
        Response withChosenToken = victim.post("/ui/applications/" + id + "/acceptance", acceptance);

        assertThat(withOthersToken.statusCode()).isEqualTo(403);
        assertThat(withChosenToken.statusCode()).isEqualTo(403);
        assertThat(withChosenToken.asString()).contains("页面已失效或来源不明");
        Api.get(office.clerk(), id).statusCode(200).body("status", equalTo("RECEIVED"));
    }

    @Test
    void aFormFromAnotherSiteIsRefusedEvenWithTheRightToken() {
        Api.Office office = Api.newOffice();
        String id = Api.register(office, Api.today().toString());
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        clerk.get("/ui/applications/" + id);

        Response forged = given().redirects().follow(false).cookies(clerk.cookies()).header("Origin", "http://evil.example")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("on", Api.today().toString(), "department", office.department(), "csrf-token",
                        clerk.csrfToken()))
                .post("/ui/applications/" + id + "/acceptance");

        assertThat(forged.statusCode()).isEqualTo(403);
        Api.get(office.clerk(), id).statusCode(200).body("status", equalTo("RECEIVED"));
    }

    @Test
    void signingOutTakesAFormWithTheToken() {
        Api.Office office = Api.newOffice();
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);

        Response plain = given().redirects().follow(false).cookies(clerk.cookies()).contentType("text/plain")
                .body("x").post("/ui/logout");
        Response bare = given().redirects().follow(false).cookies(clerk.cookies()).post("/ui/logout");

        // Refused (415 leads to the page that says so), never signed out.
        for (Response refused : new Response[] { plain, bare }) {
            assertThat(refused.statusCode()).isIn(303, 403, 415);
            assertThat(String.valueOf(refused.header("Location"))).doesNotStartWith("/ui/login");
        }
        assertThat(clerk.get("/ui").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void theLoginFormIsAcceptedOnlyFromTheLoginPage() {
        Api.Office office = Api.newOffice();
        Map<String, String> credentials = Map.of("username", office.clerk(), "password", Api.PASSWORD,
                "login-token", "chosen-by-another-site");

        Response withoutThePage = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(credentials).post("/ui/login");
        Response fromAnotherSite = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://evil.example").cookie("disclosure-login", "chosen-by-another-site")
                .formParams(credentials).post("/ui/login");

        assertThat(withoutThePage.statusCode()).isEqualTo(403);
        assertThat(withoutThePage.asString()).contains("登录页面已失效");
        assertThat(fromAnotherSite.statusCode()).isEqualTo(403);
        assertThat(withoutThePage.getCookies()).doesNotContainKey("disclosure-session");
        assertThat(fromAnotherSite.getCookies()).doesNotContainKey("disclosure-session");
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndScopedToTheWebApplication() {
        Api.Office office = Api.newOffice();
        Browser browser = new Browser();

        Response login = browser.submitLogin(office.clerk(), Api.PASSWORD);

        String cookie = login.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("disclosure-session=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void tooManyWrongPasswordsLockTheNameAndTheLoginPageSaysForHowLong() {
        Api.Office office = Api.newOffice();
        Browser browser = new Browser();
        Response last = null;
        for (int i = 0; i < 6; i++) {
            last = browser.submitLogin(office.clerk(), "wrong-" + i);
        }
        Response locked = browser.submitLogin(office.clerk(), Api.PASSWORD);

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isNotBlank();
        assertThat(locked.asString()).contains("登录失败次数过多", "分钟后再试");
    }

    @Test
    void aSignedOutVisitorIsAnsweredWhateverTheAddressHolds() {
        for (String odd : new String[] { "/ui/applications;jsessionid=1", "/ui;x=y/applications",
                "/ui/applications?q=a,b", "/ui/applications?q=a;b" }) {
            Response response = given().redirects().follow(false).urlEncodingEnabled(false).get(odd);

            // A matrix parameter hides the path from the /ui permission: the page's own check refuses it.
            assertThat(response.statusCode()).as(odd).isIn(302, 401);
            assertThat(response.asString()).as(odd).doesNotContain("申请列表");
        }
    }

    @Test
    void anOddNameIsAWrongSignInNeverAFault() {
        for (String name : new String[] { "clerk\u0000", "名".repeat(1_000), " ", "'; drop table app_user; --" }) {
            Browser browser = new Browser();

            assertThat(browser.submitLogin(name, Api.PASSWORD).statusCode()).as(name.length() + " characters").isIn(400, 401);
            given().auth().preemptive().basic(name, Api.PASSWORD).get("/api/users/me").then().statusCode(401);
        }
    }

    private static Browser withCookies(Map<String, String> cookies) {
        Browser browser = new Browser();
        browser.cookies(cookies);
        return browser;
    }

    private static void update(String username, Consumer<AppUser> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(AppUser.findByUsername(username).orElseThrow()));
    }
}
