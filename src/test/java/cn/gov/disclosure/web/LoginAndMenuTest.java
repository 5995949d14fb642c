package cn.gov.disclosure.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class LoginAndMenuTest {

    @Test
    void signingInLeadsToTheHomePageWithNameRoleAndSignOut() {
        Api.Office office = Api.newOffice();
        Browser browser = Browser.signedIn(office.clerk(), Api.PASSWORD);

        String home = browser.get("/ui").then().statusCode(200).extract().asString();

        assertThat(home).contains("lang=\"zh-CN\"", "<nav aria-label=\"主菜单\"", office.clerk(), "登记员", "退出登录");
    }

    @Test
    void aWrongPasswordShowsTheLoginPageWithTheError() {
        Api.Office office = Api.newOffice();
        Browser browser = new Browser();

        Response refused = browser.submitLogin(office.clerk(), "wrong-password");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.asString()).contains("用户名或密码错误", "role=\"alert\"", "<label for=\"username\">用户名</label>",
                "<label for=\"password\">密码</label>");
        assertThat(browser.get("/ui").statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void pagesAskAnonymousVisitorsToSignInAndLeadBackAfterwards() {
        Api.Office office = Api.newOffice();
        Browser browser = new Browser();

        Response response = browser.get("/ui/applications?status=RECEIVED");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/ui/login?next=%2Fui%2Fapplications%3Fstatus%3DRECEIVED");
        browser.follow(response);
        Response signedIn = browser.submitLogin(office.clerk(), Api.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/ui/applications?status=RECEIVED");
    }

    @Test
    void theBareAddressLeadsToTheLoginPage() {
        Response root = given().redirects().follow(false).get("/");
        assertThat(root.statusCode()).isEqualTo(303);
        assertThat(root.header("Location")).endsWith("/ui");

        Response ui = given().redirects().follow(false).get("/ui");
        assertThat(ui.statusCode()).isEqualTo(302);
        assertThat(ui.header("Location")).startsWith("/ui/login");
        assertThat(given().get("/").then().statusCode(200).extract().asString()).contains("<h1>登录</h1>");
    }

    @Test
    void theApiStillAnswersProblemJsonWithoutCredentialsEvenWithASessionCookie() {
        given().redirects().follow(false).get("/api/applications")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));

        Api.Office office = Api.newOffice();
        Browser browser = Browser.signedIn(office.clerk(), Api.PASSWORD);
        assertThat(browser.get("/api/applications").statusCode())
                .as("the session cookie is no credential for the API").isEqualTo(401);
    }

    @Test
    void eachRoleSeesItsOwnMenu() {
        Api.Office office = Api.newOffice();

        String clerk = Browser.signedIn(office.clerk(), Api.PASSWORD).get("/ui").asString();
        String handler = Browser.signedIn(office.handler(), Api.PASSWORD).get("/ui").asString();
        String staff = Browser.signedIn(office.office(), Api.PASSWORD).get("/ui").asString();

        assertThat(menu(clerk)).contains("登记申请", "待审查申请", "申请列表").doesNotContain("办理队列", "年度统计", "年度报告");
        assertThat(menu(handler)).contains("办理队列", "申请列表").doesNotContain("登记申请", "年度统计");
        assertThat(menu(staff)).contains("年度统计", "年度报告", "申请列表").doesNotContain("登记申请", "办理队列");
        assertThat(handler).contains("承办人");
        assertThat(staff).contains("公开办");
    }

    @Test
    void aPageOutsideTheRoleIsRefusedWithAChinesePageWhileTheApiKeepsItsProblem() {
        Api.Office office = Api.newOffice();
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);

        Response redirected = clerk.get("/ui/statistics");
        assertThat(redirected.statusCode()).isEqualTo(303);
        Response refused = clerk.follow(redirected);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.asString()).contains("无权访问", "返回首页", "退出登录");
        Api.as(office.clerk()).get("/api/statistics/2025").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void signingOutEndsTheSession() {
        Api.Office office = Api.newOffice();
        Browser browser = Browser.signedIn(office.clerk(), Api.PASSWORD);
        browser.get("/ui");

        Response out = browser.submit("/ui/logout", java.util.Map.of());

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(browser.get("/ui").statusCode()).isEqualTo(302);
    }

    private static String menu(String page) {
        int start = page.indexOf("<nav aria-label=\"主菜单\"");
        return page.substring(start, page.indexOf("</nav>", start));
    }
}
