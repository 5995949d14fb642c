package cn.gov.disclosure.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The headers that keep pages and answers from being framed, sniffed, leaked through referrers or
 * stored (security review, finding 13), and a Content-Security-Policy that the pages live up to.
 */
@QuarkusTest
class ResponseHeadersTest {

    private static final Pattern STYLE_BLOCK = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
    /** Markup a policy without 'unsafe-inline' refuses: a script without src, a style attribute, an event handler. */
    private static final Pattern INLINE = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>|\\sstyle=\"|\\son[a-z]+=\"");

    @Test
    void signedInPagesMayBeNeitherFramedNorStoredAndRunOnlyTheirOwnScripts() {
        Api.Office office = Api.newOffice();
        String id = Api.register(office, Api.today().toString());
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);

        for (String path : List.of("/ui", "/ui/applications", "/ui/applications/" + id,
                "/ui/applications/" + id + "/receipt", "/ui/applications/new")) {
            Response page = clerk.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertPageHeaders(page, path);
            assertThat(page.header("Cache-Control")).as("%s shows personal data", path).isEqualTo("no-store");
            assertThat(INLINE.matcher(page.asString()).find()).as("%s has inline script or style", path).isFalse();
        }
    }

    /** A page answered with a status of its own, here a refused form, goes out like every other page. */
    @Test
    void aRefusedFormIsAnsweredAsAPageWithItsCharset() {
        Api.Office office = Api.newOffice();
        Browser clerk = Browser.signedIn(office.clerk(), Api.PASSWORD);
        Response form = clerk.get("/ui/applications/new");

        Response refused = clerk.submit("/ui/applications", Map.of());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertPageHeaders(refused, "a refused form");
        assertThat(refused.header("Content-Type")).isEqualTo(form.header("Content-Type"))
                .isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void theLoginPageHasTheSameHeaders() {
        Response login = given().get("/ui/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertPageHeaders(login, "/ui/login");
        assertThat(INLINE.matcher(login.asString()).find()).isFalse();
    }

    @Test
    void theStaticAssetsAreNotSniffedAndStayCacheable() {
        Response css = given().get("/ui/static/ui.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(css.header("Cache-Control")).doesNotContain("no-store");
    }

    @Test
    void apiAnswersMayBeNeitherFramedNorSniffedNorStored() {
        Api.Office office = Api.newOffice();
        String id = Api.registerAccepted(office, "2025-02-03");
        Api.act(office.handler(), id, "decision", Map.of("on", "2025-02-10", "outcome", "GRANTED")).statusCode(200);
        String review = Api.as(office.office()).body(Map.of("kind", "RECONSIDERATION", "filedOn", "2025-03-03"))
                .post("/api/applications/" + id + "/reviews").then().statusCode(201).extract().path("id").toString();

        for (String path : List.of("/api/applications/" + id, "/api/applications?agency=" + office.agency(),
                "/api/applications/" + id + "/reviews", "/api/reviews/" + review, "/api/users/me")) {
            Response answer = Api.as(office.office()).get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(answer.header("Content-Security-Policy")).as(path)
                    .startsWith("default-src 'none';").contains("frame-ancestors 'none'");
            assertThat(answer.header("Cache-Control")).as("%s carries personal data", path).isEqualTo("no-store");
        }
        Response refused = given().get("/api/applications/" + id);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
    }

    /** The printable table and the report are self-contained files; the policy allows their own style blocks. */
    @Test
    void thePrintableTablesStyleBlockIsTheOneItsPolicyAllows() {
        Api.Office office = Api.newOffice();
        int year = Api.today().getYear();
        Browser staff = Browser.signedIn(office.office(), Api.PASSWORD);

        Response page = staff.get("/ui/statistics/" + year + "/table.html");
        Response export = Api.as(office.office()).get("/api/statistics/" + year + "/table.html");
        Response report = staff.get("/ui/reports/" + year + "/report.html");
        Response reportExport = Api.as(office.office()).get("/api/reports/" + year + "/report.html");

        for (Response printable : List.of(page, export, report, reportExport)) {
            assertThat(printable.statusCode()).isEqualTo(200);
            Matcher style = STYLE_BLOCK.matcher(printable.asString());
            assertThat(style.find()).isTrue();
            assertThat(printable.header("Content-Security-Policy"))
                    .as("change the hash in application.properties with the style block")
                    .contains("'sha256-" + sha256(style.group(1)) + "'");
        }
        assertPageHeaders(page, "the printable table");
    }

    private static void assertPageHeaders(Response page, String what) {
        assertThat(page.header("Content-Security-Policy")).as(what)
                .startsWith("default-src 'self';")
                .contains("object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(page.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).as(what).isEqualTo("same-origin");
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
